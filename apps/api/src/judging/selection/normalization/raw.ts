/** RAW: a project's quality is the plain mean of its review totals (for comparison only). */
import { Problem } from '../problem';
import { Normalized, neutralJudges, rawMeans } from './normalized';

export function normalizeRaw(problem: Problem): Normalized {
  const rawMean = rawMeans(problem);
  return {
    quality: rawMean.slice(),
    rawMean,
    judges: neutralJudges(problem),
    converged: true,
    iterations: 0,
  };
}
