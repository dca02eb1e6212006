import type {
  CompetitionStage,
  JudgingRound,
  LocalizedText,
  NormalizationMethodName,
} from '@bridge/contracts';
import { JUDGING_ROUNDS } from '@bridge/contracts';
import type { AssignmentStatus } from '../entities/assignment.entity';
import type { ConflictKind } from '../entities/judge-conflict.entity';
import type { FinalResult, SelectionResult } from '../selection';
import type { DossierCompetition } from './dossier.model';

/** The rows the dossier is made of, as read from the database in one snapshot. */
export interface DossierSource {
  competition: DossierCompetition;
  generatedAt: Date;
  generatedBy: string | null;
  timeline: Array<{ stage: CompetitionStage; startsOn: string; endsOn: string | null }>;
  fields: Array<{ id: string; code: string }>;
  criteria: Array<{
    id: string;
    round: JudgingRound;
    name: LocalizedText;
    description: LocalizedText;
    weight: number;
    maxScore: number;
    position: number;
  }>;
  judges: Array<{
    id: string;
    displayName: string;
    email: string;
    affiliation: string | null;
    status: string;
  }>;
  projects: Array<{
    id: string;
    title: LocalizedText;
    fieldId: string | null;
    status: string;
    organizationId: string;
  }>;
  organizations: Array<{ id: string; name: LocalizedText }>;
  assignments: Array<{
    id: string;
    round: JudgingRound;
    judgeId: string;
    projectId: string;
    status: AssignmentStatus;
    source: string;
    total: number | null;
    abstainReason: string | null;
    createdAt: Date;
    submittedAt: Date | null;
  }>;
  scores: Array<{ assignmentId: string; criterionId: string; value: number; comment: string | null }>;
  conflicts: Array<{
    judgeId: string;
    kind: ConflictKind;
    organizationId: string | null;
    projectId: string | null;
    personName: string | null;
    note: string | null;
    createdAt: Date;
  }>;
  /** Judge–project pairs Bridge finds conflicted, with its reasons. */
  detected: Array<{ judgeId: string; projectId: string; reasons: string[] }>;
  overrides: Array<{
    projectId: string;
    decision: 'INCLUDE' | 'EXCLUDE';
    reason: string;
    createdById: string | null;
    createdAt: Date;
  }>;
  runs: Array<{
    id: string;
    round: JudgingRound;
    method: NormalizationMethodName;
    inputHash: string;
    settings: Record<string, unknown>;
    result: Record<string, unknown>;
    createdById: string | null;
    createdAt: Date;
    publishedAt: Date | null;
  }>;
  /** Latest unpublished runs whose inputs changed since. */
  staleRunIds: ReadonlySet<string>;
  /** "Name <email>" of the users named by runs and overrides. */
  users: ReadonlyMap<string, string>;
}

export const ROUND_ORDER = (round: JudgingRound) => JUDGING_ROUNDS.indexOf(round);
export const preliminaryOf = (run: DossierSource['runs'][number]) =>
  run.round === 'PRELIMINARY' ? (run.result as unknown as SelectionResult) : null;
export const finalOf = (run: DossierSource['runs'][number]) =>
  run.round === 'FINAL' ? (run.result as unknown as FinalResult) : null;
