/** UI and content languages of Bridge. `zh-CN` is the UI locale; content fields use the short keys. */
export const LOCALES = ['zh-CN', 'en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Content language keys of a {@link LocalizedText}. */
export const CONTENT_LANGUAGES = ['zh', 'en', 'ru'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function contentLanguageOf(locale: Locale): ContentLanguage {
  return locale === 'zh-CN' ? 'zh' : locale;
}
