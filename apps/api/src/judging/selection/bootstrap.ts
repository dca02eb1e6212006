/**
 * Finalist probabilities by a seeded bootstrap. Each round resamples every project's reviews with
 * replacement (same count, so eligibility never changes), re-runs the edition's normalisation, the
 * ranking and the quota pick (overrides included) and counts who is selected; probability =
 * selections / rounds. One mulberry32 stream seeded from `seed` drives all rounds, projects in id
 * order, so the same input and seed always give the same probabilities.
 * The JUDGE_EFFECTS fit of every round starts from the full-data solution and is capped at
 * `BOOTSTRAP_MAX_ITERATIONS` sweeps with a looser tolerance: a resample is a small perturbation.
 */
import { JudgeEffectsState, Normalized, normalize } from './normalization';
import { Problem } from './problem';
import { mulberry32 } from './prng';
import { QuotaInput, quotaPick } from './quota-pick';
import { rankProjects } from './ranking';
import { SelectionSettings } from './selection.types';

export const BOOTSTRAP_MAX_ITERATIONS = 60;
export const BOOTSTRAP_TOLERANCE = 1e-5;

export interface BootstrapInput {
  problem: Problem;
  settings: Pick<
    SelectionSettings,
    | 'method'
    | 'finalistTotal'
    | 'perFieldCap'
    | 'unfilledSlotRule'
    | 'zscoreMinScores'
    | 'bootstrapRounds'
    | 'seed'
  >;
  /** 1 for projects that may be ranked (enough reviews) */
  eligible: Uint8Array;
  /** +1 include, −1 exclude, 0 none, per project */
  override: Int8Array;
  /** the full-data JUDGE_EFFECTS solution, to warm-start every round */
  warmStart?: JudgeEffectsState;
}

export function bootstrapProbabilities(input: BootstrapInput): Float64Array {
  const { problem, settings, eligible, override, warmStart } = input;
  const n = problem.projectIds.length;
  const rounds = settings.bootstrapRounds;
  const counts = new Int32Array(n);
  const probability = new Float64Array(n);
  if (rounds <= 0) return probability;

  const random = mulberry32(settings.seed);
  const { reviewStart, reviewJudge, reviewTotal } = problem;
  const judge = new Int32Array(reviewJudge.length);
  const total = new Float64Array(reviewTotal.length);
  const resampled: Problem = { ...problem, reviewJudge: judge, reviewTotal: total };
  const quota: Omit<QuotaInput, 'order'> = {
    fieldCount: problem.fieldIds.length,
    projectField: problem.projectField,
    override,
    finalistTotal: settings.finalistTotal,
    perFieldCap: settings.perFieldCap,
    rule: settings.unfilledSlotRule,
  };

  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) {
      const from = reviewStart[i];
      const count = reviewStart[i + 1] - from;
      for (let k = from; k < from + count; k++) {
        const source = from + random.int(count);
        judge[k] = reviewJudge[source];
        total[k] = reviewTotal[source];
      }
    }
    const normalized: Normalized = normalize(resampled, settings.method, {
      zscoreMinScores: settings.zscoreMinScores,
      judgeEffects: { warmStart, maxIterations: BOOTSTRAP_MAX_ITERATIONS, tolerance: BOOTSTRAP_TOLERANCE },
    });
    const { order } = rankProjects(resampled, normalized, eligible);
    const { pick } = quotaPick({ ...quota, order });
    for (let i = 0; i < n; i++) if (pick[i]) counts[i]++;
  }
  for (let i = 0; i < n; i++) probability[i] = counts[i] / rounds;
  return probability;
}
