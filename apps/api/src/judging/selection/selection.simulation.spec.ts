/**
 * Simulation: 120 projects in 3 fields with known true qualities, 12 judges with known leniency
 * (offsets −15…+15) and spread (scales 0.7…1.3), 3–4 reviews per project with noise, and an uneven
 * assignment in which lenient judges tend to draw weak projects and harsh judges strong ones. Over
 * several seeds, JUDGE_EFFECTS picks more of the true top-6-per-field than raw averages do.
 */
import { runSelection } from './run-selection';
import { mulberry32 } from './prng';
import { NormalizationMethod } from './selection.types';
import { settings, shuffled, spread, syntheticEdition } from './testing/factories';

const sut = runSelection;

const FIELDS = ['AI', 'ROBOTICS', 'BIOTECH'];
const offsets = spread(12, -15, 15);
const scales = shuffled(spread(12, 0.7, 1.3), mulberry32(99));

function simulatedEdition(seed: number) {
  return syntheticEdition({
    seed,
    projects: 120,
    fields: FIELDS,
    judges: 12,
    reviewsPerProject: [3, 4],
    offsets,
    scales,
    noise: 4,
    // lenient judges are up to ~2× likelier to draw weak projects, harsh ones strong projects
    affinity: (j, percentile) => 1 + 0.9 * (offsets[j] / 15) * (1 - 2 * percentile),
  });
}

function overlapWithTruth(seed: number, method: NormalizationMethod): number {
  const edition = simulatedEdition(seed);
  const truth = (id: string) => edition.truth.get(id) ?? 0;
  const trueFinalists = new Set(
    FIELDS.flatMap((f) =>
      edition.candidates
        .filter((c) => c.fieldId === f)
        .map((c) => c.projectId)
        .sort((a, b) => truth(b) - truth(a))
        .slice(0, 6),
    ),
  );
  const result = sut(edition.candidates, edition.scores, settings({ method, minReviews: 3 }));
  return result.projects.filter((p) => p.selected && trueFinalists.has(p.projectId)).length;
}

describe('simulation with judges of known leniency', () => {
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
  const average = (method: NormalizationMethod) =>
    seeds.reduce((s, seed) => s + overlapWithTruth(seed, method), 0) / seeds.length;

  it('JUDGE_EFFECTS recovers more of the true finalists than raw averages (and than per-judge z-scores)', () => {
    const judgeEffects = average('JUDGE_EFFECTS');
    const raw = average('RAW');
    const zscore = average('ZSCORE');

    expect(judgeEffects).toBeGreaterThan(raw + 2);
    expect(judgeEffects).toBeGreaterThanOrEqual(zscore);
  });

  it('recovers the judges’ leniency order', () => {
    const edition = simulatedEdition(1);

    const result = sut(edition.candidates, edition.scores, settings());

    const fitted = result.judges.map((j) => j.offset);
    const rankOf = (xs: number[]) => xs.map((x) => xs.filter((y) => y < x).length);
    const displaced = rankOf(fitted).filter((r, j) => Math.abs(r - j) > 1).length;
    expect(displaced).toBe(0);
    expect(result.converged).toBe(true);
  });
});
