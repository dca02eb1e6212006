import { TestBed } from '@angular/core/testing';
import { FIT_REASON_KEYS, FitReasonKey, LOCALES, Locale } from '@bridge/contracts';
import { MemoryStorage } from '../../../../testing/factories';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { FitReasonContext, fitPercent, renderFitReason } from './fit-reasons';

const AI: Record<Locale, string> = {
  'zh-CN': '人工智能',
  en: 'Artificial intelligence',
  ru: 'Искусственный интеллект',
};

/** Parameters as the API sends them (apps/api/src/recommendations/fit.ts). */
const SAMPLE_PARAMS: Record<FitReasonKey, Record<string, unknown>> = {
  'recommendations.reason.field': { field: 'AI' },
  'recommendations.reason.stage': { stage: 'MVP' },
  'recommendations.reason.trl': { trl: 6, min: 4, max: 7 },
  'recommendations.reason.ticket': { amount: 25_000_000, min: 10_000_000, max: 50_000_000 },
  'recommendations.reason.offers': { kinds: ['INVESTMENT', 'RD_PARTNER'] },
  'recommendations.reason.city': { city: 'Harbin' },
  'recommendations.reason.finalist': {},
  'recommendations.reason.award': { place: 2 },
  'recommendations.reason.rank': { rank: 1, field: 'AI' },
};

describe('fit reasons', () => {
  let i18n: I18nService;
  const context = (locale: Locale): FitReasonContext => ({
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

    it.each(Object.keys(FIT_REASON_KEYS) as FitReasonKey[])('renders %s with every parameter', (key) => {
      const sut = renderFitReason({ key, met: true, params: SAMPLE_PARAMS[key] }, context(locale));

      expect(sut.text).not.toBe(key);
      expect(sut.text).not.toMatch(/[{}]|undefined|null|recommendations\./);
      expect(sut.met).toBe(true);
    });

    it('names the field, not its code', () => {
      const sut = renderFitReason(
        { key: 'recommendations.reason.field', met: false, params: { field: 'AI' } },
        context(locale),
      );

      expect(sut.text).toContain(AI[locale]);
      expect(sut.met).toBe(false);
    });
  });

  it('shows money in dollars, translated kinds and stages (English)', async () => {
    await i18n.setLocale('en');
    const render = (key: FitReasonKey, params: unknown) =>
      renderFitReason({ key, met: true, params }, context('en')).text;

    expect(render('recommendations.reason.ticket', SAMPLE_PARAMS['recommendations.reason.ticket'])).toBe(
      'asks $250,000 (your range $100,000–$500,000)',
    );
    expect(render('recommendations.reason.offers', SAMPLE_PARAMS['recommendations.reason.offers'])).toBe(
      'seeks Investment and R&D partner',
    );
    expect(render('recommendations.reason.rank', SAMPLE_PARAMS['recommendations.reason.rank'])).toBe(
      'rank 1 in Artificial intelligence',
    );
  });

  it('shows open ends of a range as the ends of the scale', async () => {
    await i18n.setLocale('en');

    expect(
      renderFitReason(
        { key: 'recommendations.reason.trl', met: true, params: { trl: 3, min: null, max: 5 } },
        context('en'),
      ).text,
    ).toBe('TRL 3 (your range 1–5)');
    expect(
      renderFitReason(
        {
          key: 'recommendations.reason.ticket',
          met: false,
          params: { amount: 100, min: 500_000, max: null },
        },
        context('en'),
      ).text,
    ).toBe('asks $1 (your range $5,000–∞)');
  });

  it('shows a reason this portal does not know yet as its key', async () => {
    await i18n.setLocale('ru');

    expect(renderFitReason({ key: 'recommendations.reason.future', met: true }, context('ru')).text).toBe(
      'recommendations.reason.future',
    );
  });

  it('keeps the fit bar between 0 and 100', () => {
    expect([fitPercent(73), fitPercent(140), fitPercent(-3), fitPercent(null)]).toEqual([73, 100, 0, 0]);
  });
});
