import { rankFinal } from './rank-final';
import { editionFromRows, harshJudgeEdition } from './testing/factories';

const sut = rankFinal;

const finalSettings = { method: 'JUDGE_EFFECTS' as const, minReviews: 1, zscoreMinScores: 3 };

describe('rankFinal', () => {
  it('ranks the finalists and gives places 1..awardPlaces', () => {
    const { candidates, scores } = editionFromRows(
      Array.from({ length: 6 }, (_, k) => ({ id: `f${k}`, totals: [90 - 3 * k, 88 - 3 * k, 91 - 3 * k] })),
    );

    const result = sut(candidates, scores, { ...finalSettings, method: 'RAW' }, 3);

    expect(result.projects.map((p) => [p.projectId, p.rank, p.place])).toEqual([
      ['f0', 1, 1],
      ['f1', 2, 2],
      ['f2', 3, 3],
      ['f3', 4, null],
      ['f4', 5, null],
      ['f5', 6, null],
    ]);
    expect(result.projects[0]).toMatchObject({ quality: 89.66666666666667, reviewCount: 3 });
  });

  it('normalises the final scores the same way as the preliminary round', () => {
    const { candidates, scores } = harshJudgeEdition();

    const raw = sut(candidates, scores, { ...finalSettings, method: 'RAW' }, 1);
    const normalised = sut(candidates, scores, finalSettings, 1);

    expect(raw.projects[0].projectId).toBe('good1');
    expect(normalised.projects[0]).toMatchObject({ projectId: 'star', place: 1 });
    expect(normalised.judges.find((j) => j.judgeId === 'harsh')?.offset).toBeLessThan(-10);
  });

  it('breaks ties with the same chain: more reviews, then the earlier submission', () => {
    const { candidates, scores } = editionFromRows([
      { id: 'a', totals: [80], submittedAt: '2020-06-01T00:00:00Z' },
      { id: 'b', totals: [80, 80] },
      { id: 'c', totals: [80], submittedAt: '2020-05-02T00:00:00Z' },
    ]);

    const result = sut(candidates, scores, { ...finalSettings, method: 'RAW' }, 3);

    expect(result.projects.map((p) => p.projectId)).toEqual(['b', 'c', 'a']);
  });

  it('gives no rank and no place to a finalist below the minimum reviews', () => {
    const { candidates, scores } = editionFromRows([
      { id: 'a', totals: [99] },
      { id: 'b', totals: [70, 71] },
    ]);

    const result = sut(candidates, scores, { ...finalSettings, minReviews: 2 }, 3);

    expect(result.projects.map((p) => [p.projectId, p.rank, p.place])).toEqual([
      ['b', 1, 1],
      ['a', null, null],
    ]);
  });
});
