import {
  COMPETITION_STAGES,
  MANUAL_STAGE_STEPS,
  STAGE_ACTIONS,
  stageAllows,
  usdEquivalentMinor,
} from './competition';

describe('stage policy', () => {
  it('lets start-ups edit and submit only while registration is open', () => {
    expect(COMPETITION_STAGES.filter((s) => stageAllows(s, 'SUBMIT_PROJECT'))).toEqual(['REGISTRATION']);
  });

  it('scores the preliminary round only in preliminary review, the final only in the final', () => {
    expect(COMPETITION_STAGES.filter((s) => stageAllows(s, 'SCORE_PRELIMINARY'))).toEqual([
      'PRELIMINARY_REVIEW',
    ]);
    expect(COMPETITION_STAGES.filter((s) => stageAllows(s, 'SCORE_FINAL'))).toEqual(['FINAL']);
  });

  it('only steps forward one stage at a time by hand', () => {
    for (const [from, to] of MANUAL_STAGE_STEPS) {
      expect(COMPETITION_STAGES.indexOf(to)).toBe(COMPETITION_STAGES.indexOf(from) + 1);
    }
  });

  it('names only real stages', () => {
    for (const stages of Object.values(STAGE_ACTIONS)) {
      for (const stage of stages) expect(COMPETITION_STAGES).toContain(stage);
    }
  });
});

describe('usdEquivalentMinor', () => {
  it('converts with the reference rates', () => {
    expect(usdEquivalentMinor(100_000_00, 'USD')).toBe(100_000_00);
    expect(usdEquivalentMinor(1_000_000_00, 'CNY')).toBe(140_000_00);
    expect(usdEquivalentMinor(10_000_000_00, 'RUB')).toBe(110_000_00);
  });
});
