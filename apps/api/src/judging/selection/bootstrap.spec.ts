import { runSelection } from './run-selection';
import { mulberry32 } from './prng';
import { editionFromRows, settings, shuffled, spread, syntheticEdition } from './testing/factories';

const sut = runSelection;

/** 30 projects in 2 fields, 4 reviews each by 8 judges of varied leniency and noise 6. */
function noisyEdition(seed = 4) {
  return syntheticEdition({
    seed,
    projects: 30,
    fields: ['AI', 'BIO'],
    judges: 8,
    reviewsPerProject: [4, 4],
    offsets: spread(8, -8, 8),
    noise: 6,
  });
}

const probabilities = (result: ReturnType<typeof runSelection>) =>
  Object.fromEntries(result.projects.map((p) => [p.projectId, p.finalistProbability]));

describe('finalist probabilities (bootstrap)', () => {
  const withBootstrap = (overrides = {}) =>
    settings({ finalistTotal: 8, perFieldCap: 4, bootstrapRounds: 200, seed: 7, ...overrides });

  it.each(['JUDGE_EFFECTS', 'ZSCORE', 'RAW'] as const)(
    'gives the same probabilities for the same seed and input order (%s)',
    (method) => {
      const { candidates, scores } = noisyEdition();
      const random = mulberry32(3);

      const first = sut(candidates, scores, withBootstrap({ method }));
      const again = sut(shuffled(candidates, random), shuffled(scores, random), withBootstrap({ method }));

      expect(again).toEqual(first);
    },
  );

  it('may give other probabilities for another seed', () => {
    const { candidates, scores } = noisyEdition();

    const one = probabilities(sut(candidates, scores, withBootstrap({ seed: 1 })));
    const two = probabilities(sut(candidates, scores, withBootstrap({ seed: 2 })));

    expect(two).not.toEqual(one);
  });

  it('hands out exactly the finalist places in every round', () => {
    const { candidates, scores } = noisyEdition();

    const result = sut(candidates, scores, withBootstrap());

    const sum = result.projects.reduce((s, p) => s + (p.finalistProbability ?? 0), 0);
    expect(sum).toBeCloseTo(8, 9);
    result.projects.forEach((p) => {
      expect(p.finalistProbability).toBeGreaterThanOrEqual(0);
      expect(p.finalistProbability).toBeLessThanOrEqual(1);
    });
  });

  it('flags near-ties between 0.2 and 0.8 for the committee and explains them', () => {
    const { candidates, scores } = noisyEdition();

    const result = sut(candidates, scores, withBootstrap());

    const nearTies = result.projects.filter((p) => p.nearTie);
    expect(nearTies.length).toBeGreaterThan(0);
    for (const p of result.projects) {
      const prob = p.finalistProbability ?? NaN;
      expect(p.nearTie).toBe(prob >= 0.2 && prob <= 0.8);
      const probabilityPart = p.explanation.find((e) => e.key === 'selection.explain.probability');
      expect(probabilityPart?.params['p']).toBe(Math.round(prob * 100) / 100);
    }
    expect(nearTies[0].explanation.map((e) => e.key)).toContain('selection.explain.nearTie');
  });

  it('is certain about a clear winner, an INCLUDE, an EXCLUDE and a project below the minimum reviews', () => {
    const { candidates, scores } = editionFromRows([
      { id: 'clear', totals: [95, 96, 94] },
      ...Array.from({ length: 6 }, (_, k) => ({ id: `mid${k}`, totals: [60 + k, 62 - k, 61] })),
      { id: 'thin', totals: [99] },
    ]);
    const overrides = [
      { projectId: 'mid0', decision: 'INCLUDE' as const, reason: 'r' },
      { projectId: 'mid5', decision: 'EXCLUDE' as const, reason: 'r' },
    ];

    const result = sut(
      candidates,
      scores,
      withBootstrap({ finalistTotal: 3, perFieldCap: 3, minReviews: 2 }),
      overrides,
    );

    const p = probabilities(result);
    expect(p).toMatchObject({ clear: 1, mid0: 1, mid5: 0, thin: 0 });
  });

  it('leaves the probability null and no near-tie when the bootstrap is off', () => {
    const { candidates, scores } = noisyEdition();

    const result = sut(candidates, scores, withBootstrap({ bootstrapRounds: 0 }));

    result.projects.forEach((p) => expect(p).toMatchObject({ finalistProbability: null, nearTie: false }));
  });
});
