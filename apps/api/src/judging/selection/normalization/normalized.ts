/** The shared output shape of the three normalisation methods, and helpers they all use. */
import { Problem } from '../problem';

export interface JudgeEffectArrays {
  scoreCount: Int32Array;
  offset: Float64Array;
  scale: Float64Array;
  /** 1 when a ZSCORE judge had too few scores and was standardised with the global mean and sd */
  leftRaw: Uint8Array;
}

export interface Normalized {
  /** per project, on the score scale; NaN for a project without reviews */
  quality: Float64Array;
  /** per project; NaN for a project without reviews */
  rawMean: Float64Array;
  judges: JudgeEffectArrays;
  converged: boolean;
  iterations: number;
  /** JUDGE_EFFECTS only: the fitted parameters, to warm-start the bootstrap's refits */
  state?: JudgeEffectsState;
}

export interface JudgeEffectsState {
  mu: number;
  offset: Float64Array;
  scale: Float64Array;
  /** q_i − μ per project */
  deviation: Float64Array;
}

export function rawMeans(problem: Problem): Float64Array {
  const n = problem.projectIds.length;
  const out = new Float64Array(n);
  const { reviewStart, reviewTotal } = problem;
  for (let i = 0; i < n; i++) {
    const from = reviewStart[i];
    const to = reviewStart[i + 1];
    if (to === from) {
      out[i] = NaN;
      continue;
    }
    let sum = 0;
    for (let k = from; k < to; k++) sum += reviewTotal[k];
    out[i] = sum / (to - from);
  }
  return out;
}

export function judgeScoreCounts(problem: Problem): Int32Array {
  const counts = new Int32Array(problem.judgeIds.length);
  const { reviewJudge } = problem;
  for (let k = 0; k < reviewJudge.length; k++) counts[reviewJudge[k]]++;
  return counts;
}

/** Population mean and standard deviation of all review totals (0 and 0 when there are none). */
export function globalMoments(problem: Problem): { mean: number; sd: number } {
  const t = problem.reviewTotal;
  if (t.length === 0) return { mean: 0, sd: 0 };
  let sum = 0;
  for (let k = 0; k < t.length; k++) sum += t[k];
  const mean = sum / t.length;
  let ss = 0;
  for (let k = 0; k < t.length; k++) ss += (t[k] - mean) * (t[k] - mean);
  return { mean, sd: Math.sqrt(ss / t.length) };
}

export function neutralJudges(problem: Problem): JudgeEffectArrays {
  const nj = problem.judgeIds.length;
  return {
    scoreCount: judgeScoreCounts(problem),
    offset: new Float64Array(nj),
    scale: new Float64Array(nj).fill(1),
    leftRaw: new Uint8Array(nj),
  };
}
