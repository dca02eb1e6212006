import { CompetitionStage, JudgingRound, stageAllows } from '@bridge/contracts';
import type { AppError, AppFieldError } from '../../../core/errors';

/** What the total of a scorecard needs of a criterion. */
export interface WeightedCriterion {
  id: string;
  weight: number;
  maxScore: number;
}

/** One criterion's entry on the scorecard: null = not scored yet. */
export interface ScoreEntry {
  criterionId: string;
  value: number | null;
  comment: string;
}

export interface TotalPreview {
  /** 0–100: Σ weight·value/max ÷ Σ weight × 100, unscored criteria counting 0 until they are scored. */
  total: number;
  scored: number;
  count: number;
  complete: boolean;
}

/**
 * The weighted total as the API computes it when the scorecard is submitted (judging/review-total.ts),
 * rounded to 3 decimals like the API; while criteria are unscored, the total reached so far.
 */
export function totalPreview(
  criteria: readonly WeightedCriterion[],
  values: ReadonlyMap<string, number | null>,
): TotalPreview {
  let weighted = 0;
  let weights = 0;
  let scored = 0;
  for (const criterion of criteria) {
    const value = values.get(criterion.id);
    weights += criterion.weight;
    if (value === null || value === undefined || Number.isNaN(value)) continue;
    scored++;
    weighted += criterion.weight * (value / criterion.maxScore);
  }
  const total = weights > 0 ? Math.round((weighted / weights) * 100 * 1000) / 1000 : 0;
  return { total, scored, count: criteria.length, complete: scored === criteria.length };
}

/** Whether a value may be entered for a criterion: 0 to its maximum, in steps of 0.5. */
export function isValidScore(value: number | null, maxScore: number): boolean {
  return value !== null && value >= 0 && value <= maxScore && Number.isInteger(value * 2);
}

/** The scores to send: only scored criteria (the API needs a value for each score it saves). */
export function scoresToSave(entries: readonly ScoreEntry[]) {
  return entries
    .filter((entry): entry is ScoreEntry & { value: number } => entry.value !== null)
    .map((entry) => ({
      criterionId: entry.criterionId,
      value: entry.value,
      comment: entry.comment.trim() || null,
    }));
}

export interface CriterionErrors {
  value?: AppFieldError;
  comment?: AppFieldError;
}

/**
 * The server's field errors of a saveScores call, per criterion. It names a sent score by its index
 * (`scores.2.value`, `scores.0.comment`) and a criterion missing from a submission by its id
 * (`criterion.<id>`).
 */
export function scoreErrorsByCriterion(
  error: AppError,
  sent: ReadonlyArray<{ criterionId: string }>,
): Map<string, CriterionErrors> {
  const result = new Map<string, CriterionErrors>();
  const add = (criterionId: string | undefined, part: keyof CriterionErrors, fieldError: AppFieldError) => {
    if (!criterionId) return;
    result.set(criterionId, { ...result.get(criterionId), [part]: fieldError });
  };
  for (const fieldError of error.fields) {
    const missing = /^criterion\.(.+)$/.exec(fieldError.field);
    if (missing) {
      add(missing[1], 'value', fieldError);
      continue;
    }
    const sentScore = /^scores\.(\d+)\.(\w+)$/.exec(fieldError.field);
    if (!sentScore) continue;
    const criterionId = sent[Number(sentScore[1])]?.criterionId;
    add(criterionId, sentScore[2] === 'comment' ? 'comment' : 'value', fieldError);
  }
  return result;
}

/** Whether a round takes scores now, and if not, why. */
export type RoundState = 'open' | 'closed' | 'notOpen';

export function roundState(
  competition: { stage: CompetitionStage; preliminaryClosed: boolean; finalClosed: boolean },
  round: JudgingRound,
): RoundState {
  if (round === 'PRELIMINARY' ? competition.preliminaryClosed : competition.finalClosed) return 'closed';
  const action = round === 'PRELIMINARY' ? 'SCORE_PRELIMINARY' : 'SCORE_FINAL';
  return stageAllows(competition.stage, action) ? 'open' : 'notOpen';
}

/** The next assignment still to score after `currentId`, in list order, wrapping around; null if none. */
export function nextOpenAssignment<T extends { id: string; status: string }>(
  assignments: readonly T[],
  currentId: string,
): T | null {
  const index = assignments.findIndex((assignment) => assignment.id === currentId);
  const ordered = index < 0 ? assignments : [...assignments.slice(index + 1), ...assignments.slice(0, index)];
  return (
    ordered.find((assignment) => assignment.status === 'ASSIGNED' && assignment.id !== currentId) ?? null
  );
}
