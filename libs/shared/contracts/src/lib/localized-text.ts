import { CONTENT_LANGUAGES, ContentLanguage, Locale, contentLanguageOf } from './locale';

/** A content field written in any of Chinese, English and Russian (at least one). */
export interface LocalizedText {
  zh?: string | null;
  en?: string | null;
  ru?: string | null;
}

export interface ResolvedText {
  text: string;
  language: ContentLanguage;
  /** True when the text is not in the language that was asked for. */
  fallback: boolean;
}

/** Fallback order after the user's own language (DESIGN.md §5): en, ru, zh. */
const FALLBACK_ORDER: readonly ContentLanguage[] = ['en', 'ru', 'zh'];

function filled(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function hasAnyLanguage(text: LocalizedText | null | undefined): boolean {
  return !!text && CONTENT_LANGUAGES.some((lang) => filled(text[lang]));
}

/**
 * Picks the text to show to a user of `locale`: their language, then en, ru, zh.
 * Returns null when no language is filled.
 */
export function resolveText(text: LocalizedText | null | undefined, locale: Locale): ResolvedText | null {
  if (!text) return null;
  const wanted = contentLanguageOf(locale);
  for (const language of [wanted, ...FALLBACK_ORDER.filter((l) => l !== wanted)]) {
    const value = text[language];
    if (filled(value)) return { text: value, language, fallback: language !== wanted };
  }
  return null;
}
