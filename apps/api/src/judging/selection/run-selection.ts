/** The preliminary round: normalise, rank, pick the finalists, estimate finalist probabilities. */
import { bootstrapProbabilities } from './bootstrap';
import { normalize } from './normalization';
import { SelectionState, fieldSummaries, judgeEffects, projectOutcomes } from './outcomes';
import { buildProblem, indexOverrides } from './problem';
import { quotaPick } from './quota-pick';
import { TIE_BREAK_KEYS, rankProjects } from './ranking';
import { eligibility, validateSettings } from './settings';
import { Candidate, Override, ReviewScore, SelectionResult, SelectionSettings } from './selection.types';

export function runSelection(
  candidates: Candidate[],
  scores: ReviewScore[],
  settings: SelectionSettings,
  overrides: Override[] = [],
): SelectionResult {
  validateSettings(settings);
  const problem = buildProblem(candidates, scores);
  const indexedOverrides = indexOverrides(problem, overrides);
  const normalized = normalize(problem, settings.method, { zscoreMinScores: settings.zscoreMinScores });
  const eligible = eligibility(problem.reviewStart, settings.minReviews);
  const ranking = rankProjects(problem, normalized, eligible);
  const quota = quotaPick({
    fieldCount: problem.fieldIds.length,
    projectField: problem.projectField,
    order: ranking.order,
    override: indexedOverrides.decision,
    finalistTotal: settings.finalistTotal,
    perFieldCap: settings.perFieldCap,
    rule: settings.unfilledSlotRule,
  });
  const probability =
    settings.bootstrapRounds > 0
      ? bootstrapProbabilities({
          problem,
          settings,
          eligible,
          override: indexedOverrides.decision,
          warmStart: normalized.state,
        })
      : null;

  const state: SelectionState = {
    problem,
    settings,
    normalized,
    eligible,
    ranking,
    quota,
    overrides: indexedOverrides,
    probability,
  };
  return {
    method: settings.method,
    converged: normalized.converged,
    iterations: normalized.iterations,
    projects: projectOutcomes(state),
    judges: judgeEffects(problem, normalized),
    fields: fieldSummaries(state),
    tieBreak: [...TIE_BREAK_KEYS],
  };
}
