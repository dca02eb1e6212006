/**
 * The final round: the finalists' final scores are normalised with the edition's method, ranked with
 * the same tie-break, and places 1..awardPlaces go to the best ranked projects. A finalist below
 * minReviews is not ranked and gets no place (rank and place null).
 */
import { judgeEffects } from './outcomes';
import { normalize } from './normalization';
import { buildProblem } from './problem';
import { rankProjects } from './ranking';
import { eligibility, validateFinalSettings } from './settings';
import { Candidate, FinalResult, FinalSettings, ReviewScore, SelectionInputError } from './selection.types';

export function rankFinal(
  candidates: Candidate[],
  scores: ReviewScore[],
  settings: FinalSettings,
  awardPlaces: number,
): FinalResult {
  validateFinalSettings(settings);
  if (!Number.isInteger(awardPlaces) || awardPlaces < 0) {
    throw new SelectionInputError('awardPlaces must be a non-negative integer');
  }
  const problem = buildProblem(candidates, scores);
  const normalized = normalize(problem, settings.method, { zscoreMinScores: settings.zscoreMinScores });
  const eligible = eligibility(problem.reviewStart, settings.minReviews);
  const { order, rankOverall } = rankProjects(problem, normalized, eligible);

  const indices = [...order];
  for (let i = 0; i < problem.projectIds.length; i++) if (rankOverall[i] === 0) indices.push(i);
  const projects = indices.map((i) => {
    const rank = rankOverall[i] > 0 ? rankOverall[i] : null;
    const quality = normalized.quality[i];
    return {
      projectId: problem.projectIds[i],
      quality: quality === quality ? quality : null,
      rank,
      place: rank !== null && rank <= awardPlaces ? rank : null,
      reviewCount: problem.reviewStart[i + 1] - problem.reviewStart[i],
    };
  });
  return { projects, judges: judgeEffects(problem, normalized) };
}
