import type { Locale } from '@bridge/contracts';
import type { Dictionary } from './dictionary.types';
import { en } from './en';

export type { AreaDictionary, Dictionary, TranslationKey } from './dictionary.types';

/** English is bundled (it is the fallback); the other languages load when first chosen. */
const LOADERS: Readonly<Record<Locale, () => Promise<Dictionary>>> = {
  en: () => Promise.resolve(en),
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  ru: () => import('./ru').then((m) => m.ru),
};

export const FALLBACK_DICTIONARY: Dictionary = en;

export function loadDictionary(locale: Locale): Promise<Dictionary> {
  return LOADERS[locale]();
}
