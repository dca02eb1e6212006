/**
 * Turns the caller's arrays into an indexed, canonical problem: projects sorted by id, judges sorted
 * by id, reviews grouped by project (CSR layout) and, within a project, sorted by judge then total.
 * Everything downstream works on integer indices and typed arrays, so the input order of candidates
 * and scores cannot change any result (floating-point sums always run in the same order).
 */
import { Candidate, Override, ReviewScore, SelectionInputError } from './selection.types';

export interface Problem {
  /** project ids, ascending by UTF-16 code units (so index order = id order) */
  projectIds: string[];
  /** distinct field ids among candidates, ascending */
  fieldIds: string[];
  /** field index per project */
  projectField: Int32Array;
  /** submittedAt as epoch milliseconds per project */
  submittedMs: Float64Array;
  /** judge ids that scored at least one candidate, ascending */
  judgeIds: string[];
  /** reviews of project i are [reviewStart[i], reviewStart[i + 1]) */
  reviewStart: Int32Array;
  reviewJudge: Int32Array;
  reviewTotal: Float64Array;
}

/** Locale-independent string order (UTF-16 code units). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Binary search in the sorted project ids; −1 when absent. */
export function indexOfProject(problem: Problem, id: string): number {
  const ids = problem.projectIds;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] < id) lo = mid + 1;
    else if (ids[mid] > id) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export function buildProblem(candidates: readonly Candidate[], scores: readonly ReviewScore[]): Problem {
  const sorted = [...candidates].sort((a, b) => compareIds(a.projectId, b.projectId));
  const n = sorted.length;
  const projectIds = new Array<string>(n);
  const index = new Map<string, number>();
  const submittedMs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = sorted[i];
    if (typeof c.projectId !== 'string' || c.projectId === '') {
      throw new SelectionInputError('Every candidate needs a projectId');
    }
    if (i > 0 && projectIds[i - 1] === c.projectId) {
      throw new SelectionInputError(`Duplicate candidate ${c.projectId}`);
    }
    const ms = Date.parse(c.submittedAt);
    if (!Number.isFinite(ms)) {
      throw new SelectionInputError(`Candidate ${c.projectId} has an invalid submittedAt`);
    }
    projectIds[i] = c.projectId;
    submittedMs[i] = ms;
    index.set(c.projectId, i);
  }

  const fieldIds = [...new Set(sorted.map((c) => c.fieldId))].sort(compareIds);
  const fieldIndex = new Map(fieldIds.map((f, k) => [f, k] as const));
  const projectField = new Int32Array(n);
  for (let i = 0; i < n; i++) projectField[i] = fieldIndex.get(sorted[i].fieldId) ?? 0;

  // Keep the scores of candidates only; index their judges.
  const m = scores.length;
  const scoreProject = new Int32Array(m);
  const judgeSet = new Set<string>();
  let kept = 0;
  for (let k = 0; k < m; k++) {
    const s = scores[k];
    if (!Number.isFinite(s.total)) {
      throw new SelectionInputError(`Score of ${s.judgeId} for ${s.projectId} is not a finite number`);
    }
    const p = index.get(s.projectId);
    scoreProject[k] = p ?? -1;
    if (p !== undefined) {
      kept++;
      judgeSet.add(s.judgeId);
    }
  }
  const judgeIds = [...judgeSet].sort(compareIds);
  const judgeIndex = new Map(judgeIds.map((j, k) => [j, k] as const));

  // Counting sort by project, then a small insertion sort per project by (judge, total).
  const reviewStart = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) if (scoreProject[k] >= 0) reviewStart[scoreProject[k] + 1]++;
  for (let i = 0; i < n; i++) reviewStart[i + 1] += reviewStart[i];
  const cursor = reviewStart.slice(0, n);
  const reviewJudge = new Int32Array(kept);
  const reviewTotal = new Float64Array(kept);
  for (let k = 0; k < m; k++) {
    const p = scoreProject[k];
    if (p < 0) continue;
    const slot = cursor[p]++;
    reviewJudge[slot] = judgeIndex.get(scores[k].judgeId) ?? 0;
    reviewTotal[slot] = scores[k].total;
  }
  for (let i = 0; i < n; i++) sortSegment(reviewJudge, reviewTotal, reviewStart[i], reviewStart[i + 1]);

  return { projectIds, fieldIds, projectField, submittedMs, judgeIds, reviewStart, reviewJudge, reviewTotal };
}

function sortSegment(judge: Int32Array, total: Float64Array, from: number, to: number): void {
  for (let k = from + 1; k < to; k++) {
    const j = judge[k];
    const t = total[k];
    let h = k - 1;
    while (h >= from && (judge[h] > j || (judge[h] === j && total[h] > t))) {
      judge[h + 1] = judge[h];
      total[h + 1] = total[h];
      h--;
    }
    judge[h + 1] = j;
    total[h + 1] = t;
  }
}

export const OVERRIDE_NONE = 0;
export const OVERRIDE_INCLUDE = 1;
export const OVERRIDE_EXCLUDE = -1;

/** Override decision per project (+1 include, −1 exclude, 0 none) and the written reasons. */
export interface IndexedOverrides {
  decision: Int8Array;
  reason: Map<number, string>;
}

export function indexOverrides(problem: Problem, overrides: readonly Override[]): IndexedOverrides {
  const decision = new Int8Array(problem.projectIds.length);
  const reason = new Map<number, string>();
  for (const o of overrides) {
    const p = indexOfProject(problem, o.projectId);
    if (p < 0) throw new SelectionInputError(`Override for unknown project ${o.projectId}`);
    if (reason.has(p)) throw new SelectionInputError(`More than one override for ${o.projectId}`);
    if (o.decision !== 'INCLUDE' && o.decision !== 'EXCLUDE') {
      throw new SelectionInputError(`Unknown override decision for ${o.projectId}`);
    }
    if (typeof o.reason !== 'string' || o.reason.trim() === '') {
      throw new SelectionInputError(`Override for ${o.projectId} needs a written reason`);
    }
    decision[p] = o.decision === 'INCLUDE' ? OVERRIDE_INCLUDE : OVERRIDE_EXCLUDE;
    reason.set(p, o.reason.trim());
  }
  return { decision, reason };
}
