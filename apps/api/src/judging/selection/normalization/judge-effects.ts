/**
 * JUDGE_EFFECTS: every judge's leniency (offset a_j) and spread (scale b_j) fitted jointly with every
 * project's quality q_i by regularised alternating least squares over all review totals:
 *
 *   s_ij ≈ μ + a_j + b_j · (q_i − μ)
 *
 * Ridge penalties pull a_j → 0, b_j → 1 and q_i → μ with the strength of about one pseudo-observation
 * each (the scale penalty is measured in units of the variance of the projects' raw means, since
 * that is what one observation contributes to a judge's Σ(q_i − μ)²), so judges and projects with few
 * scores stay near neutral. One sweep: solve each judge's 2×2 normal equations given the qualities;
 * solve each project's quality given the judges; refit μ; re-centre so that mean(a) = 0 and
 * mean(b) = 1 (moving mean(a) into μ and rescaling q − μ by mean(b), which leaves every fitted value
 * unchanged). Stops when no parameter moved by more than `tolerance` in a sweep (converged) or after
 * `maxIterations` sweeps. Judges and projects are visited in id order over typed arrays, so the fit
 * is deterministic and linear in the number of scores per sweep.
 *
 * Unlike a per-judge z-score it can tell a lenient judge from one who drew strong projects: the
 * other judges of the same projects anchor each project's quality.
 */
import { Problem } from '../problem';
import { JudgeEffectsState, Normalized, globalMoments, judgeScoreCounts, rawMeans } from './normalized';

export interface JudgeEffectsOptions {
  /** pseudo-observations pulling each offset toward 0 */
  lambdaOffset: number;
  /** pseudo-observations pulling each scale toward 1 */
  lambdaScale: number;
  /** pseudo-observations pulling each quality toward the mean */
  lambdaQuality: number;
  /** largest parameter change in a sweep below which the fit has converged */
  tolerance: number;
  maxIterations: number;
  /** lower bound of a judge's scale */
  minScale: number;
  /** start from an earlier solution of the same projects and judges (the bootstrap does) */
  warmStart?: JudgeEffectsState;
}

export const DEFAULT_JUDGE_EFFECTS_OPTIONS: JudgeEffectsOptions = {
  lambdaOffset: 1,
  lambdaScale: 1,
  lambdaQuality: 1,
  tolerance: 1e-6,
  maxIterations: 1000,
  minScale: 0.05,
};

export interface JudgeEffectsFit extends Normalized {
  state: JudgeEffectsState;
}

export function fitJudgeEffects(
  problem: Problem,
  options: Partial<JudgeEffectsOptions> = {},
): JudgeEffectsFit {
  const o: JudgeEffectsOptions = { ...DEFAULT_JUDGE_EFFECTS_OPTIONS, ...options };
  const n = problem.projectIds.length;
  const nj = problem.judgeIds.length;
  const { reviewStart, reviewJudge, reviewTotal } = problem;
  const m = reviewTotal.length;
  const scoreCount = judgeScoreCounts(problem);
  const rawMean = rawMeans(problem);

  // The same reviews grouped by judge (project order within a judge).
  const jStart = new Int32Array(nj + 1);
  for (let j = 0; j < nj; j++) jStart[j + 1] = jStart[j] + scoreCount[j];
  const cursor = jStart.slice(0, nj);
  const jProject = new Int32Array(m);
  const jTotal = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    for (let k = reviewStart[i]; k < reviewStart[i + 1]; k++) {
      const slot = cursor[reviewJudge[k]]++;
      jProject[slot] = i;
      jTotal[slot] = reviewTotal[k];
    }
  }

  const lamA = o.lambdaOffset;
  const lamB = o.lambdaScale * spreadOfMeans(rawMean);
  const lamQ = o.lambdaQuality;

  const { mu: mu0, offset: a, scale: b, deviation: x } = initialState(problem, rawMean, lamQ, o.warmStart);
  let mu = mu0;
  const prevA = new Float64Array(nj);
  const prevB = new Float64Array(nj);
  const prevX = new Float64Array(n);
  let converged = false;
  let iterations = 0;

  while (iterations < o.maxIterations) {
    iterations++;
    const prevMu = mu;
    prevA.set(a);
    prevB.set(b);
    prevX.set(x);

    // Judges given qualities: ridge least squares of (s − μ) on [1, q − μ].
    for (let j = 0; j < nj; j++) {
      let sx = 0;
      let sxx = 0;
      let sy = 0;
      let sxy = 0;
      for (let k = jStart[j]; k < jStart[j + 1]; k++) {
        const xi = x[jProject[k]];
        const y = jTotal[k] - mu;
        sx += xi;
        sxx += xi * xi;
        sy += y;
        sxy += xi * y;
      }
      const a11 = scoreCount[j] + lamA;
      const a22 = sxx + lamB;
      const det = a11 * a22 - sx * sx;
      let bj = b[j];
      if (det > 1e-12 * a11 * a22) bj = (a11 * (sxy + lamB) - sx * sy) / det;
      if (!(bj >= o.minScale)) bj = o.minScale;
      b[j] = bj;
      a[j] = a11 > 0 ? (sy - bj * sx) / a11 : 0;
    }

    // Qualities given judges: ridge least squares of (s − μ − a_j) on b_j.
    for (let i = 0; i < n; i++) {
      let num = 0;
      let den = lamQ;
      for (let k = reviewStart[i]; k < reviewStart[i + 1]; k++) {
        const j = reviewJudge[k];
        num += b[j] * (reviewTotal[k] - mu - a[j]);
        den += b[j] * b[j];
      }
      x[i] = den > 0 ? num / den : 0;
    }

    // The grand mean given everything else.
    if (m > 0) {
      let resid = 0;
      for (let i = 0; i < n; i++) {
        const xi = x[i];
        for (let k = reviewStart[i]; k < reviewStart[i + 1]; k++) {
          const j = reviewJudge[k];
          resid += reviewTotal[k] - mu - a[j] - b[j] * xi;
        }
      }
      mu += resid / m;
    }

    recentre(a, b, x, (shift) => (mu += shift));
    mu -= slideAlongGauge(a, b, x, reviewStart, lamA, lamQ);

    let change = Math.abs(mu - prevMu);
    change = Math.max(change, maxAbsDiff(a, prevA), maxAbsDiff(b, prevB), maxAbsDiff(x, prevX));
    if (change < o.tolerance) {
      converged = true;
      break;
    }
  }

  const quality = new Float64Array(n);
  for (let i = 0; i < n; i++) quality[i] = reviewStart[i + 1] > reviewStart[i] ? mu + x[i] : NaN;
  return {
    quality,
    rawMean,
    judges: { scoreCount, offset: a.slice(), scale: b.slice(), leftRaw: new Uint8Array(nj) },
    converged,
    iterations,
    state: { mu, offset: a, scale: b, deviation: x },
  };
}

function initialState(
  problem: Problem,
  rawMean: Float64Array,
  lamQ: number,
  warm: JudgeEffectsState | undefined,
): JudgeEffectsState {
  const n = problem.projectIds.length;
  const nj = problem.judgeIds.length;
  if (warm && warm.deviation.length === n && warm.offset.length === nj && Number.isFinite(warm.mu)) {
    return {
      mu: warm.mu,
      offset: warm.offset.slice(),
      scale: warm.scale.slice(),
      deviation: warm.deviation.slice(),
    };
  }
  const mu = globalMoments(problem).mean;
  const deviation = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const count = problem.reviewStart[i + 1] - problem.reviewStart[i];
    if (count > 0) deviation[i] = ((rawMean[i] - mu) * count) / (count + lamQ);
  }
  return { mu, offset: new Float64Array(nj), scale: new Float64Array(nj).fill(1), deviation };
}

/** Variance of the projects' raw means (the typical (q − μ)²); 1 when undefined or zero. */
function spreadOfMeans(rawMean: Float64Array): number {
  let count = 0;
  let sum = 0;
  for (let i = 0; i < rawMean.length; i++) {
    if (rawMean[i] === rawMean[i]) {
      count++;
      sum += rawMean[i];
    }
  }
  if (count < 2) return 1;
  const mean = sum / count;
  let ss = 0;
  for (let i = 0; i < rawMean.length; i++) if (rawMean[i] === rawMean[i]) ss += (rawMean[i] - mean) ** 2;
  const variance = ss / count;
  return variance > 1e-12 ? variance : 1;
}

/** mean(a) → 0 (into μ) and mean(b) → 1 (into q − μ); fitted values are unchanged. */
function recentre(a: Float64Array, b: Float64Array, x: Float64Array, shiftMu: (shift: number) => void): void {
  const nj = a.length;
  if (nj === 0) return;
  let sa = 0;
  let sb = 0;
  for (let j = 0; j < nj; j++) {
    sa += a[j];
    sb += b[j];
  }
  const meanA = sa / nj;
  const meanB = sb / nj;
  for (let j = 0; j < nj; j++) {
    a[j] -= meanA;
    b[j] /= meanB;
  }
  for (let i = 0; i < x.length; i++) x[i] *= meanB;
  shiftMu(meanA);
}

/**
 * Moving every q − μ by c, every a_j by c·(1 − b_j) and μ by −c changes no fitted value and keeps
 * mean(a) = 0; only the penalties see it, so alternating steps crawl along this direction. Jump to
 * the c that minimises the penalties exactly; returns c (the caller lowers μ by it).
 */
function slideAlongGauge(
  a: Float64Array,
  b: Float64Array,
  x: Float64Array,
  reviewStart: Int32Array,
  lamA: number,
  lamQ: number,
): number {
  let num = 0;
  let den = 0;
  for (let j = 0; j < a.length; j++) {
    const u = 1 - b[j];
    num += lamA * a[j] * u;
    den += lamA * u * u;
  }
  let reviewed = 0;
  let sx = 0;
  for (let i = 0; i < x.length; i++) {
    if (reviewStart[i + 1] > reviewStart[i]) {
      reviewed++;
      sx += x[i];
    }
  }
  num += lamQ * sx;
  den += lamQ * reviewed;
  if (!(den > 0)) return 0;
  const c = -num / den;
  for (let j = 0; j < a.length; j++) a[j] += c * (1 - b[j]);
  for (let i = 0; i < x.length; i++) if (reviewStart[i + 1] > reviewStart[i]) x[i] += c;
  return c;
}

function maxAbsDiff(u: Float64Array, v: Float64Array): number {
  let d = 0;
  for (let i = 0; i < u.length; i++) {
    const e = Math.abs(u[i] - v[i]);
    if (e > d) d = e;
  }
  return d;
}
