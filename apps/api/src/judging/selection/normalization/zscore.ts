/**
 * ZSCORE (as Evalato does): every judge's totals are standardised with that judge's own mean and
 * (population) standard deviation; a judge with fewer than `minScores` scores is "left raw": their
 * totals are standardised with the global mean and sd instead, and flagged. A project's quality is
 * its mean z mapped back onto the score scale (global mean + global sd · mean z), so it reads like
 * a score. A judge whose scores are all equal (sd 0) contributes z = 0.
 * Reported effects: offset = judge mean − global mean, scale = judge sd / global sd (0 and 1 when
 * left raw), comparable with JUDGE_EFFECTS.
 */
import { Problem } from '../problem';
import { Normalized, globalMoments, judgeScoreCounts, rawMeans } from './normalized';

/** A standard deviation this small (relative to the mean) is rounding noise of equal scores: treated as 0. */
const SD_EPSILON = 1e-9;

export function normalizeZscore(problem: Problem, minScores: number): Normalized {
  const nj = problem.judgeIds.length;
  const n = problem.projectIds.length;
  const { reviewStart, reviewJudge, reviewTotal } = problem;
  const scoreCount = judgeScoreCounts(problem);
  const global = globalMoments(problem);

  const sum = new Float64Array(nj);
  for (let k = 0; k < reviewTotal.length; k++) sum[reviewJudge[k]] += reviewTotal[k];
  const mean = new Float64Array(nj);
  for (let j = 0; j < nj; j++) mean[j] = scoreCount[j] > 0 ? sum[j] / scoreCount[j] : 0;
  const ss = new Float64Array(nj);
  for (let k = 0; k < reviewTotal.length; k++) {
    const d = reviewTotal[k] - mean[reviewJudge[k]];
    ss[reviewJudge[k]] += d * d;
  }

  const leftRaw = new Uint8Array(nj);
  const centre = new Float64Array(nj);
  const spread = new Float64Array(nj);
  const offset = new Float64Array(nj);
  const scale = new Float64Array(nj);
  for (let j = 0; j < nj; j++) {
    if (scoreCount[j] < minScores) {
      leftRaw[j] = 1;
      centre[j] = global.mean;
      spread[j] = global.sd > SD_EPSILON * (1 + Math.abs(global.mean)) ? global.sd : 0;
      scale[j] = 1;
    } else {
      centre[j] = mean[j];
      const sd = Math.sqrt(ss[j] / scoreCount[j]);
      spread[j] = sd > SD_EPSILON * (1 + Math.abs(mean[j])) ? sd : 0;
      offset[j] = mean[j] - global.mean;
      scale[j] = global.sd > 0 ? spread[j] / global.sd : 1;
    }
  }

  const quality = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const from = reviewStart[i];
    const to = reviewStart[i + 1];
    if (to === from) {
      quality[i] = NaN;
      continue;
    }
    let z = 0;
    for (let k = from; k < to; k++) {
      const j = reviewJudge[k];
      if (spread[j] > 0) z += (reviewTotal[k] - centre[j]) / spread[j];
    }
    quality[i] = global.mean + global.sd * (z / (to - from));
  }

  return {
    quality,
    rawMean: rawMeans(problem),
    judges: { scoreCount, offset, scale, leftRaw },
    converged: true,
    iterations: 0,
  };
}
