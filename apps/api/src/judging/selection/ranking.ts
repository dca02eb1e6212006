/**
 * Ranking with the stated tie-break: higher quality (qualities within 1e-9 count as equal); then
 * higher raw mean (same tolerance); then more reviews; then earlier submission; then project id
 * ascending (UTF-16 code-unit order, so the order is total and locale-independent).
 */
import { TIE_BREAK_KEYS } from '@bridge/contracts';
import { Problem } from './problem';

export { TIE_BREAK_KEYS };

export const QUALITY_TOLERANCE = 1e-9;

export interface RankingInput {
  quality: Float64Array;
  rawMean: Float64Array;
}

export interface Ranking {
  /** eligible project indices, best first */
  order: Int32Array;
  /** 1-based overall rank per project, 0 when not ranked */
  rankOverall: Int32Array;
  /** 1-based rank within the project's field, 0 when not ranked */
  rankInField: Int32Array;
}

/** Negative when project p ranks before project q. Project indices follow id order. */
export function compareRanked(problem: Problem, input: RankingInput, p: number, q: number): number {
  const dq = input.quality[q] - input.quality[p];
  if (Math.abs(dq) > QUALITY_TOLERANCE) return dq;
  const dm = input.rawMean[q] - input.rawMean[p];
  if (Math.abs(dm) > QUALITY_TOLERANCE) return dm;
  const rs = problem.reviewStart;
  const dc = rs[q + 1] - rs[q] - (rs[p + 1] - rs[p]);
  if (dc !== 0) return dc;
  const dt = problem.submittedMs[p] - problem.submittedMs[q];
  if (dt !== 0) return dt;
  return p - q;
}

/** Ranks the projects marked in `eligible` (1) overall and within their fields. */
export function rankProjects(problem: Problem, input: RankingInput, eligible: Uint8Array): Ranking {
  const n = problem.projectIds.length;
  let count = 0;
  for (let i = 0; i < n; i++) if (eligible[i]) count++;
  const order = new Int32Array(count);
  for (let i = 0, k = 0; i < n; i++) if (eligible[i]) order[k++] = i;
  order.sort((p, q) => compareRanked(problem, input, p, q));

  const rankOverall = new Int32Array(n);
  const rankInField = new Int32Array(n);
  const fieldNext = new Int32Array(problem.fieldIds.length);
  for (let k = 0; k < count; k++) {
    const p = order[k];
    rankOverall[p] = k + 1;
    rankInField[p] = ++fieldNext[problem.projectField[p]];
  }
  return { order, rankOverall, rankInField };
}
