import { FIT_REASON_KEYS } from '@bridge/contracts';
import { cityKey } from '../search/audience';
import {
  AWARD_BONUS,
  BONUS_POINTS,
  CRITERIA_POINTS,
  CRITERION_WEIGHTS,
  FINALIST_BONUS,
  FitCandidate,
  FitPreferences,
  RANK_BONUS,
  Ranked,
  compareRanked,
  fitOf as sut,
} from './fit';

const preferences = (overrides: Partial<FitPreferences> = {}): FitPreferences => ({
  fieldCodes: [],
  stages: [],
  trlMin: null,
  trlMax: null,
  ticketMinUsd: null,
  ticketMaxUsd: null,
  offers: [],
  cities: [],
  ...overrides,
});

const candidate = (overrides: Partial<FitCandidate> = {}): FitCandidate => ({
  fieldCode: 'AI',
  status: 'SUBMITTED',
  city: 'Kazan',
  trl: 5,
  stage: 'MVP',
  seeking: ['INVESTMENT'],
  fundingAskUsdMinor: 500_000_00,
  rankInField: null,
  awardPlace: null,
  ...overrides,
});

const reason = (fit: ReturnType<typeof sut>, criterion: string) =>
  fit.reasons.find((r) => r.key === `recommendations.reason.${criterion}`);

describe('fitOf', () => {
  it('has weights that sum to 100, and criteria plus the largest bonus make 100', () => {
    expect(Object.values(CRITERION_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    expect(FINALIST_BONUS + AWARD_BONUS[0] + RANK_BONUS[0]).toBe(BONUS_POINTS);
    expect(CRITERIA_POINTS + BONUS_POINTS).toBe(100);
  });

  it('uses only reason keys the portal translates', () => {
    const all = sut(
      preferences({
        fieldCodes: ['AI'],
        stages: ['MVP'],
        trlMin: 1,
        ticketMaxUsd: 1e12,
        offers: ['INVESTMENT'],
        cities: ['Kazan'],
      }),
      candidate({ status: 'AWARDED', awardPlace: 1, rankInField: 1 }),
    );
    expect(all.reasons.map((r) => r.key).sort()).toEqual(Object.keys(FIT_REASON_KEYS).sort());
    for (const r of all.reasons)
      expect(Object.keys(r.params).sort()).toEqual([...FIT_REASON_KEYS[r.key].params].sort());
    expect(all.fit).toBe(100);
  });

  // Each criterion alone: [criterion, preference, a candidate that meets it, one that does not, params when met]
  const cases: Array<
    [string, Partial<FitPreferences>, Partial<FitCandidate>, Partial<FitCandidate>, object]
  > = [
    [
      'field',
      { fieldCodes: ['AI', 'BIOTECH'] },
      { fieldCode: 'BIOTECH' },
      { fieldCode: 'ROBOTICS' },
      { field: 'BIOTECH' },
    ],
    ['stage', { stages: ['MVP', 'GROWTH'] }, { stage: 'GROWTH' }, { stage: 'IDEA' }, { stage: 'GROWTH' }],
    ['trl', { trlMin: 4, trlMax: 6 }, { trl: 6 }, { trl: 7 }, { trl: 6, min: 4, max: 6 }],
    [
      'ticket',
      { ticketMinUsd: 100_000_00, ticketMaxUsd: 1_000_000_00 },
      { fundingAskUsdMinor: 100_000_00 },
      { fundingAskUsdMinor: 1_000_000_01 },
      { amount: 100_000_00, min: 100_000_00, max: 1_000_000_00 },
    ],
    [
      'offers',
      { offers: ['LANDING', 'INVESTMENT'] },
      { seeking: ['CUSTOMERS', 'LANDING'] },
      { seeking: ['RD_PARTNER'] },
      { kinds: ['LANDING'] },
    ],
    ['city', { cities: ['kazan', 'Moscow'] }, { city: ' KAZAN ' }, { city: 'Tomsk' }, { city: ' KAZAN ' }],
  ];

  describe.each(cases)('the %s criterion', (criterion, stated, meets, misses, params) => {
    it('gives all criteria points when met, with a met reason', () => {
      const fit = sut(preferences(stated), candidate(meets));
      expect(fit).toEqual({
        fit: CRITERIA_POINTS,
        reasons: [{ key: `recommendations.reason.${criterion}`, met: true, params }],
      });
    });

    it('gives nothing when not met, with an unmet reason', () => {
      const fit = sut(preferences(stated), candidate(misses));
      expect(fit.fit).toBe(0);
      expect(fit.reasons).toEqual([expect.objectContaining({ met: false })]);
    });

    it('neither adds nor subtracts when not stated', () => {
      // An anchor criterion every candidate here meets (the default candidate is an AI MVP).
      const [anchor, anchorWeight]: [Partial<FitPreferences>, number] =
        criterion === 'field'
          ? [{ stages: ['MVP'] }, CRITERION_WEIGHTS.stage]
          : [{ fieldCodes: ['AI'] }, CRITERION_WEIGHTS.field];
      const anchorOnly = preferences(anchor);
      // Met or not, an unstated criterion changes nothing and shows no reason.
      expect(sut(anchorOnly, candidate(meets)).fit).toBe(CRITERIA_POINTS);
      expect(sut(anchorOnly, candidate(misses)).fit).toBe(CRITERIA_POINTS);
      expect(reason(sut(anchorOnly, candidate(misses)), criterion)).toBeUndefined();
      // Stated, it counts with its weight.
      const weight = CRITERION_WEIGHTS[criterion as keyof typeof CRITERION_WEIGHTS];
      expect(sut(preferences({ ...anchor, ...stated }), candidate(misses)).fit).toBe(
        Math.round((CRITERIA_POINTS * anchorWeight) / (anchorWeight + weight)),
      );
    });
  });

  it('weighs the stated criteria against each other', () => {
    const stated = preferences({ fieldCodes: ['AI'], ticketMaxUsd: 100_000_00, stages: ['MVP'] });
    // field 30 met, ticket 20 not met, stage 15 met: 85 × 45 / 65.
    const fit = sut(stated, candidate({ fundingAskUsdMinor: 200_000_00 }));
    expect(fit.fit).toBe(Math.round((85 * 45) / 65));
    expect(fit.reasons.map((r) => [r.key, r.met])).toEqual([
      ['recommendations.reason.field', true],
      ['recommendations.reason.stage', true],
      ['recommendations.reason.ticket', false],
    ]);
  });

  it('treats open range ends as unbounded and the bounds as inclusive', () => {
    expect(sut(preferences({ trlMin: 7 }), candidate({ trl: 9 })).fit).toBe(85);
    expect(sut(preferences({ trlMin: 7 }), candidate({ trl: 6 })).fit).toBe(0);
    expect(sut(preferences({ trlMax: 3 }), candidate({ trl: 3 })).fit).toBe(85);
    expect(sut(preferences({ ticketMaxUsd: 0 }), candidate({ fundingAskUsdMinor: 0 })).fit).toBe(85);
    expect(sut(preferences({ ticketMinUsd: 5e8 }), candidate({ fundingAskUsdMinor: 5e10 })).fit).toBe(85);
    expect(reason(sut(preferences({ trlMin: 7 }), candidate({ trl: 9 })), 'trl')?.params).toEqual({
      trl: 9,
      min: 7,
      max: null,
    });
  });

  it('matches cities by name in any case, or by the key of the search CITY facet', () => {
    expect(sut(preferences({ cities: [cityKey('Kazan') as string] }), candidate({ city: 'kazan' })).fit).toBe(
      85,
    );
    expect(sut(preferences({ cities: ['KAZAN'] }), candidate({ city: 'Kazan' })).fit).toBe(85);
  });

  it('shows every sought kind when none is offered, and an empty list for a project seeking nothing', () => {
    const offers = preferences({ offers: ['LANDING'] });
    expect(reason(sut(offers, candidate({ seeking: ['INVESTMENT', 'CUSTOMERS'] })), 'offers')).toEqual({
      key: 'recommendations.reason.offers',
      met: false,
      params: { kinds: ['INVESTMENT', 'CUSTOMERS'] },
    });
    expect(reason(sut(offers, candidate({ seeking: [] })), 'offers')?.met).toBe(false);
  });

  it('gives no credit and no reason for a stated criterion whose value is hidden or missing', () => {
    const stated = preferences({
      fieldCodes: ['AI'],
      stages: ['MVP'],
      trlMin: 3,
      ticketMaxUsd: 1e12,
      offers: ['INVESTMENT'],
      cities: ['Kazan'],
    });
    const card = candidate({ trl: null, stage: null, seeking: null, fundingAskUsdMinor: null, city: null });
    const fit = sut(stated, card);
    expect(fit.reasons).toEqual([
      { key: 'recommendations.reason.field', met: true, params: { field: 'AI' } },
    ]);
    expect(fit.fit).toBe(Math.round((85 * 30) / 100));
    expect(sut(stated, candidate({ fieldCode: null })).reasons.map((r) => r.key)).not.toContain(
      'recommendations.reason.field',
    );
    expect(sut(stated, candidate()).fit).toBe(85);
  });

  it('gives nothing for preferences that state nothing, but still the bonuses', () => {
    expect(sut(preferences(), candidate())).toEqual({ fit: 0, reasons: [] });
    const finalist = sut(preferences(), candidate({ status: 'FINALIST', rankInField: 2 }));
    expect(finalist).toEqual({
      fit: FINALIST_BONUS + RANK_BONUS[1],
      reasons: [
        { key: 'recommendations.reason.finalist', met: true, params: {} },
        { key: 'recommendations.reason.rank', met: true, params: { rank: 2, field: 'AI' } },
      ],
    });
  });

  it('adds bonuses for finalists, award places and top ranks, up to 100', () => {
    const all = preferences({ fieldCodes: ['AI'] });
    expect(sut(all, candidate({ status: 'AWARDED', awardPlace: 1, rankInField: 1 })).fit).toBe(100);
    expect(sut(all, candidate({ status: 'AWARDED', awardPlace: 3 })).fit).toBe(
      85 + FINALIST_BONUS + AWARD_BONUS[2],
    );
    expect(sut(all, candidate({ awardPlace: 9 })).fit).toBe(85 + AWARD_BONUS[AWARD_BONUS.length - 1]);
    // A rank below the top five is no reason; nor is a rank without a field to name.
    const low = sut(all, candidate({ rankInField: RANK_BONUS.length + 1 }));
    expect(low).toEqual({
      fit: 85,
      reasons: [expect.objectContaining({ key: 'recommendations.reason.field' })],
    });
    expect(sut(preferences(), candidate({ fieldCode: null, rankInField: 1 })).reasons).toEqual([]);
    // NOT_SELECTED and WITHDRAWN projects are no finalists.
    expect(sut(preferences(), candidate({ status: 'NOT_SELECTED' })).fit).toBe(0);
  });

  it('is deterministic and leaves its inputs alone', () => {
    const p = preferences({ fieldCodes: ['AI'], offers: ['INVESTMENT', 'LANDING'], cities: ['Kazan'] });
    const c = candidate({ seeking: ['LANDING', 'INVESTMENT'], status: 'FINALIST', rankInField: 3 });
    const frozen = JSON.stringify([p, c]);
    expect(sut(p, c)).toEqual(sut(p, c));
    expect(JSON.stringify([p, c])).toBe(frozen);
    const fit = sut(p, c);
    expect(fit.fit).toBeGreaterThanOrEqual(0);
    expect(fit.fit).toBeLessThanOrEqual(100);
    expect(Number.isInteger(fit.fit)).toBe(true);
  });

  it('ranks a better fit above a worse one', () => {
    const p = preferences({ fieldCodes: ['AI'], stages: ['MVP'], trlMin: 4, trlMax: 7 });
    const best = sut(p, candidate());
    const fieldOnly = sut(p, candidate({ stage: 'IDEA', trl: 2 }));
    const none = sut(p, candidate({ fieldCode: 'ROBOTICS', stage: 'IDEA', trl: 2 }));
    expect(best.fit).toBeGreaterThan(fieldOnly.fit);
    expect(fieldOnly.fit).toBeGreaterThan(none.fit);
  });
});

describe('compareRanked', () => {
  const ranked = (projectId: string, fit: number, score: number | null, created: string): Ranked => ({
    projectId,
    fit,
    score,
    createdAt: new Date(created),
  });

  it('orders by fit, then visible score (unknown last), then newest, then id', () => {
    const list = [
      ranked('a', 50, 90, '2026-01-01'),
      ranked('b', 80, null, '2026-01-01'),
      ranked('c', 80, 70, '2026-01-01'),
      ranked('d', 80, 70, '2026-03-01'),
      ranked('e', 80, 95, '2025-01-01'),
      ranked('g', 80, null, '2026-01-01'),
      ranked('f', 80, null, '2026-01-01'),
    ];
    expect([...list].sort(compareRanked).map((r) => r.projectId)).toEqual([
      'e',
      'd',
      'c',
      'b',
      'f',
      'g',
      'a',
    ]);
    expect([...list].reverse().sort(compareRanked)).toEqual([...list].sort(compareRanked));
  });
});
