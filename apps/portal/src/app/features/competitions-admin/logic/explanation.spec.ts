import { TestBed } from '@angular/core/testing';
import { EXPLANATION_KEYS, ExplanationKey, LOCALES, Locale, TIE_BREAK_KEYS } from '@bridge/contracts';
import { MemoryStorage } from '../../../../testing/factories';
import { I18nService, TranslationKey } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { anExplanationPart } from '../testing/factories';
import { ExplanationContext, renderExplanation, renderExplanationPart, tieBreakLabel } from './explanation';

const FIELD_NAMES: Record<Locale, string> = {
  'zh-CN': '人工智能',
  en: 'Artificial intelligence',
  ru: 'Искусственный интеллект',
};

describe('selection explanations', () => {
  let i18n: I18nService;

  const context = (locale: Locale): ExplanationContext => ({
    t: (key, params) => i18n.t(key, params),
    has: (key: string): key is TranslationKey => i18n.has(key),
    locale,
    fieldName: (id) => (id === 'field-ai' ? FIELD_NAMES[locale] : id),
  });

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [{ provide: LOCALE_STORAGE, useValue: new MemoryStorage() }],
    });
    i18n = TestBed.inject(I18nService);
  });

  describe.each(LOCALES)('in %s', (locale) => {
    beforeEach(() => i18n.setLocale(locale));

    it.each(Object.keys(EXPLANATION_KEYS) as ExplanationKey[])('renders %s with every parameter', (key) => {
      const sut = renderExplanationPart(anExplanationPart(key), context(locale));
      const params: readonly string[] = EXPLANATION_KEYS[key].params;

      expect(sut).not.toBe(key);
      expect(sut).not.toMatch(/[{}]/);
      if (params.includes('field')) {
        expect(sut).toContain(FIELD_NAMES[locale]);
        expect(sut).not.toContain('field-ai');
      }
      if (params.includes('reason')) {
        expect(sut).toContain('Strong pilot with a Harbin hospital');
      }
    });

    it.each([...TIE_BREAK_KEYS])('names the tie-break %s', (key) => {
      const sut = tieBreakLabel(key, i18n);

      expect(sut).not.toBe(key);
      expect(sut.trim()).not.toBe('');
    });
  });

  it('formats numbers the way the UI language writes them', async () => {
    const part = anExplanationPart('selection.explain.rank');

    await i18n.setLocale('en');
    expect(renderExplanationPart(part, context('en'))).toBe(
      'rank 2 in Artificial intelligence (5 overall), quality 71.3 (judge effects)',
    );
    await i18n.setLocale('ru');
    expect(renderExplanationPart(part, context('ru'))).toContain('качество 71,3 (эффекты экспертов)');
    await i18n.setLocale('zh-CN');
    expect(renderExplanationPart(part, context('zh-CN'))).toContain('在人工智能领域排名第 2');
  });

  it('shows probabilities with two decimals', async () => {
    await i18n.setLocale('ru');

    expect(renderExplanationPart(anExplanationPart('selection.explain.nearTie'), context('ru'))).toContain(
      '0,63 — между 0,20 и 0,80',
    );
  });

  it('joins the parts into one sentence per language', async () => {
    const parts = [
      anExplanationPart('selection.explain.reviews'),
      anExplanationPart('selection.explain.probability'),
    ];

    await i18n.setLocale('en');
    expect(renderExplanation(parts, context('en'))).toBe(
      '3 reviews, raw mean 7.1; finalist probability 0.63.',
    );
    await i18n.setLocale('zh-CN');
    expect(renderExplanation(parts, context('zh-CN'))).toBe('3 份评审，原始平均分 7.1；入围概率 0.63。');
    await i18n.setLocale('ru');
    expect(renderExplanation(parts, context('ru'))).toBe(
      'Оценок: 3, средний исходный балл 7,1; вероятность выхода в финал 0,63.',
    );
  });

  it('does not close a sentence twice after a written reason', async () => {
    const parts = [{ key: 'selection.explain.excluded', params: { reason: 'Pilot cancelled.' } }];

    await i18n.setLocale('zh-CN');
    expect(renderExplanation(parts, context('zh-CN'))).toBe('由主办方排除：Pilot cancelled.');
  });

  it('shows a key the portal does not know yet as itself, and nothing for no parts', async () => {
    await i18n.setLocale('en');

    expect(renderExplanationPart({ key: 'selection.explain.future', params: {} }, context('en'))).toBe(
      'selection.explain.future',
    );
    expect(renderExplanation([], context('en'))).toBe('');
  });
});
