/** Public types of the finalist-selection module (see index.ts for the semantics). */

export type NormalizationMethod = 'JUDGE_EFFECTS' | 'ZSCORE' | 'RAW';
export type UnfilledSlotRule = 'LEAVE_EMPTY' | 'REDISTRIBUTE';

/** One judge's review of one project: the criteria-weighted total on the edition's scale (e.g. 0–100). */
export interface ReviewScore {
  projectId: string;
  judgeId: string;
  total: number;
}

export interface Candidate {
  projectId: string;
  fieldId: string;
  /** ISO time; earlier wins the last tie-break step before id */
  submittedAt: string;
}

export interface SelectionSettings {
  method: NormalizationMethod;
  /** e.g. 18 */
  finalistTotal: number;
  /** e.g. 6 */
  perFieldCap: number;
  unfilledSlotRule: UnfilledSlotRule;
  /** projects with fewer reviews are flagged and not auto-selected */
  minReviews: number;
  /** ZSCORE: judges with fewer scores are left raw (and flagged) */
  zscoreMinScores: number;
  /** 0 = no bootstrap; ~200 normally */
  bootstrapRounds: number;
  /** bootstrap PRNG seed (deterministic) */
  seed: number;
}

export interface Override {
  projectId: string;
  decision: 'INCLUDE' | 'EXCLUDE';
  reason: string;
}

/** A translation key with its parameters, e.g. 'selection.explain.rank'. See EXPLANATION_KEYS. */
export interface ExplanationPart {
  key: string;
  params: Record<string, string | number>;
}

export type OutcomeReason =
  | 'SELECTED'
  | 'SELECTED_REDISTRIBUTED'
  | 'SELECTED_BY_OVERRIDE'
  | 'FIELD_CAP_REACHED'
  | 'TOTAL_REACHED'
  | 'FIELD_SHARE_REACHED'
  | 'BELOW_MIN_REVIEWS'
  | 'EXCLUDED_BY_OVERRIDE';

export interface ProjectOutcome {
  projectId: string;
  fieldId: string;
  reviewCount: number;
  rawMean: number | null;
  /** quality on the same scale as totals */
  quality: number | null;
  /** null when below minReviews */
  rankInField: number | null;
  rankOverall: number | null;
  belowMinReviews: boolean;
  selected: boolean;
  reason: OutcomeReason;
  /** null when bootstrap is off */
  finalistProbability: number | null;
  /** 0.2 <= p <= 0.8 */
  nearTie: boolean;
  explanation: ExplanationPart[];
}

export interface JudgeEffect {
  judgeId: string;
  scoreCount: number;
  offset: number;
  scale: number;
  /** ZSCORE guard: the judge had fewer than zscoreMinScores scores */
  leftRaw: boolean;
}

export interface FieldSummary {
  fieldId: string;
  share: number;
  selected: number;
  eligible: number;
  unfilled: number;
}

export interface SelectionResult {
  method: NormalizationMethod;
  converged: boolean;
  iterations: number;
  /** sorted by rankOverall, unranked last (then by id) */
  projects: ProjectOutcome[];
  /** sorted by judgeId */
  judges: JudgeEffect[];
  fields: FieldSummary[];
  /** the stated tie-break order, as translation keys */
  tieBreak: string[];
}

export type FinalSettings = Pick<SelectionSettings, 'method' | 'minReviews' | 'zscoreMinScores'>;

export interface FinalProjectOutcome {
  projectId: string;
  quality: number | null;
  rank: number | null;
  place: number | null;
  reviewCount: number;
}

export interface FinalResult {
  projects: FinalProjectOutcome[];
  judges: JudgeEffect[];
}

/** Thrown for malformed input (duplicate candidates, non-finite totals, invalid settings or overrides). */
export class SelectionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SelectionInputError';
  }
}
