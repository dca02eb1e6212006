import type {
  CompetitionStage,
  JudgingRound,
  LocalizedText,
  NormalizationMethodName,
  UnfilledSlotRuleName,
} from '@bridge/contracts';
import type { AssignmentStatus } from '../entities/assignment.entity';

/**
 * The fairness dossier of one edition: everything needed to check how its finalists and winners
 * were chosen — every review and criterion score, each judge's fitted leniency and spread, recusals,
 * organizer overrides with their reasons, the runs with their input fingerprints, and when results
 * were published. Plain data: the sheet builders, the XLSX/CSV writers and the GraphQL type read it.
 */
export interface FairnessDossier {
  competition: DossierCompetition;
  generatedAt: Date;
  /** Who asked for it (for the summary). */
  generatedBy: string | null;
  timeline: Array<{ stage: CompetitionStage; startsOn: string; endsOn: string | null }>;
  criteria: DossierCriterion[];
  runs: DossierRun[];
  judges: DossierJudge[];
  assignments: DossierAssignment[];
  scores: DossierScore[];
  recusals: DossierRecusal[];
  overrides: DossierOverride[];
  results: DossierResult[];
}

export interface DossierCompetition {
  id: string;
  name: LocalizedText;
  year: number;
  editionNumber: number;
  stage: CompetitionStage;
  method: NormalizationMethodName;
  applicationTarget: number;
  finalistTotal: number;
  perFieldCap: number;
  unfilledSlotRule: UnfilledSlotRuleName;
  minReviews: number;
  awardPlaces: number;
  reviewsPerProject: number;
  judgeLoadLimit: number;
  zscoreMinScores: number;
  bootstrapRounds: number;
  preliminaryClosedAt: Date | null;
  finalClosedAt: Date | null;
  finalistsPublishedAt: Date | null;
  awardsPublishedAt: Date | null;
}

export interface DossierCriterion {
  id: string;
  round: JudgingRound;
  name: LocalizedText;
  description: LocalizedText;
  weight: number;
  maxScore: number;
  position: number;
}

/**
 * PUBLISHED: results were published from it. CURRENT: the latest run of its round and still matches
 * the scores, overrides and settings. STALE: the latest, but something changed since. SUPERSEDED: a
 * later run of the round exists.
 */
export type RunStatus = 'PUBLISHED' | 'CURRENT' | 'STALE' | 'SUPERSEDED';

export interface DossierRun {
  runId: string;
  round: JudgingRound;
  method: NormalizationMethodName;
  status: RunStatus;
  inputHash: string;
  createdAt: Date;
  createdBy: string | null;
  publishedAt: Date | null;
  candidates: number;
  reviews: number;
  converged: boolean | null;
  iterations: number | null;
  /** The settings the run used (seed, bootstrap rounds, quotas…), as JSON. */
  settings: string;
}

/** One judge in one round: their workload, raw marks and the habit the latest run fitted. */
export interface DossierJudge {
  judgeId: string;
  name: string;
  email: string;
  affiliation: string | null;
  status: string;
  round: JudgingRound;
  assigned: number;
  submitted: number;
  abstained: number;
  /** Mean of the judge's submitted totals (0–100), before normalisation. */
  meanTotal: number | null;
  runId: string | null;
  scoreCount: number | null;
  offset: number | null;
  scale: number | null;
  leftRaw: boolean | null;
}

export interface DossierAssignment {
  assignmentId: string;
  round: JudgingRound;
  judgeId: string;
  judgeName: string;
  projectId: string;
  projectTitle: LocalizedText;
  fieldCode: string | null;
  status: AssignmentStatus;
  source: string;
  total: number | null;
  abstainReason: string | null;
  createdAt: Date;
  submittedAt: Date | null;
}

/** One criterion score of a review, with the habit fitted for its judge in that round. */
export interface DossierScore {
  round: JudgingRound;
  assignmentId: string;
  assignmentStatus: AssignmentStatus;
  judgeId: string;
  judgeName: string;
  projectId: string;
  projectTitle: LocalizedText;
  fieldCode: string | null;
  criterionId: string;
  criterionName: LocalizedText;
  weight: number;
  maxScore: number;
  value: number;
  comment: string | null;
  total: number | null;
  submittedAt: Date | null;
  judgeOffset: number | null;
  judgeScale: number | null;
}

export type RecusalKind = 'ABSTENTION' | 'DECLARED_CONFLICT' | 'DETECTED_CONFLICT';

export interface DossierRecusal {
  kind: RecusalKind;
  round: JudgingRound | null;
  judgeId: string;
  judgeName: string;
  projectId: string | null;
  projectTitle: LocalizedText | null;
  organizationId: string | null;
  organizationName: LocalizedText | null;
  personName: string | null;
  /** ABSTENTION: none; DECLARED_CONFLICT: its kind; DETECTED_CONFLICT: what Bridge matched. */
  reasons: string[];
  /** The abstention's reason or the declaration's note. */
  note: string | null;
  /** DETECTED_CONFLICT: whether the pair has an assignment anyway (it should not). */
  assigned: boolean | null;
  at: Date | null;
}

export interface DossierOverride {
  projectId: string;
  projectTitle: LocalizedText;
  fieldCode: string | null;
  decision: 'INCLUDE' | 'EXCLUDE';
  reason: string;
  createdBy: string | null;
  createdAt: Date;
  /** The latest preliminary run's outcome for the project, and whether it applied the override. */
  outcomeReason: string | null;
  applied: boolean;
}

/** A project's outcome in the latest run of a round. */
export interface DossierResult {
  round: JudgingRound;
  runId: string;
  projectId: string;
  projectTitle: LocalizedText;
  fieldCode: string | null;
  projectStatus: string | null;
  reviewCount: number;
  rawMean: number | null;
  quality: number | null;
  rankInField: number | null;
  rank: number | null;
  selected: boolean | null;
  reason: string | null;
  finalistProbability: number | null;
  nearTie: boolean | null;
  place: number | null;
}
