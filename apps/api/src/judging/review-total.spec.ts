import { reviewTotal } from './review-total';

describe('reviewTotal', () => {
  const criteria = [
    { id: 'innovation', weight: 3, maxScore: 10 },
    { id: 'team', weight: 1, maxScore: 5 },
  ];

  it('weights each criterion by its share of the maximum, on a 0–100 scale', () => {
    expect(
      reviewTotal(
        criteria,
        new Map([
          ['innovation', 10],
          ['team', 5],
        ]),
      ),
    ).toBe(100);
    expect(
      reviewTotal(
        criteria,
        new Map([
          ['innovation', 0],
          ['team', 0],
        ]),
      ),
    ).toBe(0);
    // (3 * 0.8 + 1 * 0.4) / 4 = 0.7
    expect(
      reviewTotal(
        criteria,
        new Map([
          ['innovation', 8],
          ['team', 2],
        ]),
      ),
    ).toBe(70);
  });

  it('refuses a review with a criterion missing', () => {
    expect(() => reviewTotal(criteria, new Map([['innovation', 8]]))).toThrow('missing score');
  });
});
