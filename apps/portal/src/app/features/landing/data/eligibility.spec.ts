import { TestBed } from '@angular/core/testing';
import { ELIGIBILITY_RULE_KEYS, LOCALES, Locale } from '@bridge/contracts';
import { MemoryStorage } from '../../../../testing/factories';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { aRule, anOfferEligibility } from '../testing/factories';
import { RuleContext, eligibleFirst, renderRule, ruleCounts } from './eligibility';

const AI: Record<Locale, string> = {
  'zh-CN': '人工智能',
  en: 'Artificial intelligence',
  ru: 'Искусственный интеллект',
};

/** Parameters as the API sends them (apps/api/src/landing/eligibility.ts). */
const SAMPLE = {
  COMPANY_AGE: { max: 5, actual: 3 },
  STAGE: { allowed: ['MVP', 'GROWTH'], actual: 'MVP' },
  TRL: { min: 4, max: null, actual: 6 },
  FUNDING_ASK: { min: 10_000_000, max: 50_000_000, actual: 25_000_000 },
  FIELD: { allowed: ['AI'], actual: 'AI' },
} as const;

describe('eligibility rendering', () => {
  let i18n: I18nService;
  const context = (locale: Locale): RuleContext => ({
    t: (key, params) => i18n.t(key, params),
    locale,
    fieldName: (code) => (code === 'AI' ? AI[locale] : code),
  });

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [{ provide: LOCALE_STORAGE, useValue: new MemoryStorage() }],
    });
    i18n = TestBed.inject(I18nService);
  });

  describe.each(LOCALES)('in %s', (locale) => {
    beforeEach(() => i18n.setLocale(locale));

    it.each(ELIGIBILITY_RULE_KEYS)('renders %s with its parameters and the project value', (key) => {
      const sut = renderRule({ key, met: true, params: SAMPLE[key] }, context(locale));

      expect(sut.text).not.toMatch(/[{}]|undefined|null|landing\./);
      expect(sut.actual).not.toBe('');
      expect(sut.actual).not.toMatch(/[{}]|undefined|null/);
      expect(sut).toMatchObject({ key, state: 'met', symbol: '✓' });
    });

    it('names fields and stages, not their codes', () => {
      const field = renderRule({ key: 'FIELD', met: false, params: SAMPLE.FIELD }, context(locale));
      const stage = renderRule({ key: 'STAGE', met: false, params: SAMPLE.STAGE }, context(locale));

      expect(field.text).toContain(AI[locale]);
      expect(stage.text).not.toContain('MVP,');
      expect(stage.text).not.toContain('GROWTH');
      expect(field).toMatchObject({ state: 'unmet', symbol: '✗' });
    });
  });

  it('shows open bounds as the end of the scale and money in dollars', async () => {
    await i18n.setLocale('en');
    expect(renderRule({ key: 'TRL', met: true, params: SAMPLE.TRL }, context('en')).text).toBe(
      'Technology readiness 4–9',
    );
    expect(
      renderRule({ key: 'FUNDING_ASK', met: true, params: SAMPLE.FUNDING_ASK }, context('en')).text,
    ).toBe('Funding sought $100,000–$500,000');
    expect(
      renderRule({ key: 'FUNDING_ASK', met: true, params: { min: null, max: 20_000_000 } }, context('en'))
        .text,
    ).toBe('Funding sought $0–$200,000');
  });

  it('marks a rule the project gives no value for as unknown (?), without a project value', async () => {
    await i18n.setLocale('en');
    const sut = renderRule(
      { key: 'COMPANY_AGE', met: null, params: { max: 5, actual: null } },
      context('en'),
    );

    expect(sut).toMatchObject({
      state: 'unknown',
      symbol: '?',
      text: 'Company at most 5 years old',
      actual: '',
    });
  });

  it('shows a rule key it does not know as itself', () => {
    expect(renderRule({ key: 'NEW_RULE', met: true, params: {} }, context('en'))).toMatchObject({
      text: 'NEW_RULE',
      symbol: '✓',
    });
  });

  it('counts met, unmet and unknown rules', () => {
    expect(
      ruleCounts([aRule({ met: true }), aRule({ met: false }), aRule({ met: null }), aRule({ met: null })]),
    ).toEqual({
      met: 1,
      unmet: 1,
      unknown: 2,
    });
  });

  it('puts eligible offers first, then those with fewer unmet rules, then the nearest deadline', () => {
    const late = anOfferEligibility({ id: 'late', deadline: '2027-06-01T00:00:00Z' }, [aRule({ met: true })]);
    const soon = anOfferEligibility({ id: 'soon', deadline: '2027-01-01T00:00:00Z' }, [aRule({ met: true })]);
    const oneMiss = anOfferEligibility({ id: 'one-miss' }, [aRule({ met: false }), aRule({ met: true })]);
    const twoMisses = anOfferEligibility({ id: 'two-misses' }, [
      aRule({ met: false }),
      aRule({ met: false }),
    ]);
    const unknown = anOfferEligibility({ id: 'unknown', deadline: null }, [aRule({ met: null })]);

    const sut = eligibleFirst([twoMisses, oneMiss, unknown, late, soon]).map((item) => item.offer.id);

    expect(sut).toEqual(['soon', 'late', 'unknown', 'one-miss', 'two-misses']);
  });
});
