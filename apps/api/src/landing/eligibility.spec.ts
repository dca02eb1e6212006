import { eligibilityOf, EligibilityProject, EligibilityRules } from './eligibility';

const NOW = new Date('2026-06-01T00:00:00Z');
const project = (over: Partial<EligibilityProject> = {}): EligibilityProject => ({
  foundedYear: 2022,
  stage: 'MVP',
  trl: 5,
  fundingAskAmount: 50_000_000, // RUB 500,000.00 → USD 5,500.00
  fundingAskCurrency: 'RUB',
  fieldCode: 'ROBOTICS',
  ...over,
});
const sut = (rules: EligibilityRules, over: Partial<EligibilityProject> = {}) =>
  eligibilityOf(project(over), rules, NOW);
const rule = (rules: EligibilityRules, over: Partial<EligibilityProject> = {}) => {
  const result = sut(rules, over);
  expect(result.rules).toHaveLength(1);
  return result.rules[0];
};

describe('eligibilityOf', () => {
  it('is eligible with no rules and reports none', () => {
    expect(sut({})).toEqual({ eligible: true, rules: [] });
    expect(sut({ stages: [], fieldCodes: [], trlMin: null, maxCompanyAgeYears: undefined })).toEqual({
      eligible: true,
      rules: [],
    });
  });

  describe('COMPANY_AGE', () => {
    it('counts whole years since founding', () => {
      expect(rule({ maxCompanyAgeYears: 4 })).toEqual({
        key: 'COMPANY_AGE',
        met: true,
        params: { max: 4, actual: 4 },
      });
      expect(rule({ maxCompanyAgeYears: 3 }).met).toBe(false);
      expect(rule({ maxCompanyAgeYears: 0 }, { foundedYear: 2026 }).met).toBe(true);
    });
    it('is unknown without a founding year', () => {
      expect(rule({ maxCompanyAgeYears: 5 }, { foundedYear: null })).toMatchObject({
        met: null,
        params: { actual: null },
      });
    });
  });

  describe('STAGE', () => {
    it('accepts the listed stages only', () => {
      expect(rule({ stages: ['MVP', 'EARLY_REVENUE'] })).toEqual({
        key: 'STAGE',
        met: true,
        params: { allowed: ['MVP', 'EARLY_REVENUE'], actual: 'MVP' },
      });
      expect(rule({ stages: ['GROWTH'] }).met).toBe(false);
    });
    it('is unknown without a stage', () => {
      expect(rule({ stages: ['MVP'] }, { stage: null }).met).toBeNull();
    });
  });

  describe('TRL', () => {
    it('checks a closed range, bounds included', () => {
      expect(rule({ trlMin: 5, trlMax: 7 })).toEqual({
        key: 'TRL',
        met: true,
        params: { min: 5, max: 7, actual: 5 },
      });
      expect(rule({ trlMin: 5, trlMax: 7 }, { trl: 7 }).met).toBe(true);
      expect(rule({ trlMin: 5, trlMax: 7 }, { trl: 4 }).met).toBe(false);
      expect(rule({ trlMin: 5, trlMax: 7 }, { trl: 8 }).met).toBe(false);
    });
    it('checks open ranges', () => {
      expect(rule({ trlMin: 6 }).met).toBe(false);
      expect(rule({ trlMin: 6 }, { trl: 9 })).toMatchObject({ met: true, params: { min: 6, max: null } });
      expect(rule({ trlMax: 4 }).met).toBe(false);
      expect(rule({ trlMax: 4 }, { trl: 1 }).met).toBe(true);
    });
    it('is unknown without a TRL', () => {
      expect(rule({ trlMin: 1 }, { trl: null }).met).toBeNull();
    });
  });

  describe('FUNDING_ASK', () => {
    it('compares the USD equivalent of the ask, in cents', () => {
      expect(rule({ fundingUsdMin: 500_000, fundingUsdMax: 600_000 })).toEqual({
        key: 'FUNDING_ASK',
        met: true,
        params: { min: 500_000, max: 600_000, actual: 550_000 },
      });
      expect(rule({ fundingUsdMin: 550_001 }).met).toBe(false);
      expect(rule({ fundingUsdMax: 549_999 }).met).toBe(false);
      expect(rule({ fundingUsdMax: 550_000 }).met).toBe(true);
      // CNY 1,000,000.00 → USD 140,000.00
      expect(
        rule({ fundingUsdMin: 10_000_000 }, { fundingAskAmount: 100_000_000, fundingAskCurrency: 'CNY' }),
      ).toMatchObject({ met: true, params: { actual: 14_000_000 } });
    });
    it('is unknown without an amount or a currency', () => {
      expect(rule({ fundingUsdMin: 1 }, { fundingAskAmount: null }).met).toBeNull();
      expect(rule({ fundingUsdMax: 1 }, { fundingAskCurrency: null }).met).toBeNull();
    });
  });

  describe('FIELD', () => {
    it('accepts the listed fields only', () => {
      expect(rule({ fieldCodes: ['ROBOTICS', 'AI'] })).toEqual({
        key: 'FIELD',
        met: true,
        params: { allowed: ['ROBOTICS', 'AI'], actual: 'ROBOTICS' },
      });
      expect(rule({ fieldCodes: ['BIOTECH'] }).met).toBe(false);
    });
    it('is unknown without a field', () => {
      expect(rule({ fieldCodes: ['AI'] }, { fieldCode: null }).met).toBeNull();
    });
  });

  it('reports every set rule in order and is eligible only when all are met', () => {
    const rules: EligibilityRules = {
      fieldCodes: ['ROBOTICS'],
      trlMin: 4,
      stages: ['MVP'],
      maxCompanyAgeYears: 10,
      fundingUsdMax: 1_000_000,
    };
    const all = sut(rules);
    expect(all.eligible).toBe(true);
    expect(all.rules.map((r) => r.key)).toEqual(['COMPANY_AGE', 'STAGE', 'TRL', 'FUNDING_ASK', 'FIELD']);
    const oneMissed = sut(rules, { stage: 'IDEA' });
    expect(oneMissed.eligible).toBe(false);
    expect(oneMissed.rules.filter((r) => r.met !== true).map((r) => r.key)).toEqual(['STAGE']);
    const oneUnknown = sut(rules, { trl: null });
    expect(oneUnknown.eligible).toBe(false);
    expect(oneUnknown.rules.find((r) => r.key === 'TRL')?.met).toBeNull();
  });
});
