import { DEFAULT_LOCALE, LOCALES, Locale, isLocale } from '@bridge/contracts';
import type { Locale as GqlLocale } from '../graphql/generated';

const TO_GQL: Readonly<Record<Locale, GqlLocale>> = { 'zh-CN': 'ZH_CN', en: 'EN', ru: 'RU' };

export function toGqlLocale(locale: Locale): GqlLocale {
  return TO_GQL[locale];
}

export function fromGqlLocale(locale: GqlLocale): Locale {
  return LOCALES.find((candidate) => TO_GQL[candidate] === locale) ?? DEFAULT_LOCALE;
}

/** The best UI locale for a browser's preferred languages ('zh-TW' → 'zh-CN', 'ru-RU' → 'ru', else en). */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('ru')) return 'ru';
    if (lower.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}

export { isLocale };

/** Each language's own name, shown in the language switch whatever the UI language is. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, { name: string; short: string }>> = {
  'zh-CN': { name: '中文', short: '中' },
  en: { name: 'English', short: 'EN' },
  ru: { name: 'Русский', short: 'РУ' },
};
