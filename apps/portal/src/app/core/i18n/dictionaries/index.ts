import type { Locale } from '@bridge/contracts';
import type { CoreDictionary, Dictionary } from './dictionary.types';
import { en } from './en';

export type { AreaDictionary, CoreDictionary, Dictionary, TranslationKey } from './dictionary.types';

/**
 * English core areas are bundled (they are the fallback). The English areas of feature screens
 * (en/lazy.ts) and the other languages load when first chosen — before the first route — which keeps
 * them out of the initial bundle.
 */
const LOADERS: Readonly<Record<Locale, () => Promise<Dictionary>>> = {
  en: () => import('./en/lazy').then((m) => ({ ...en, ...m.enLazy })),
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  ru: () => import('./ru').then((m) => m.ru),
};

export const FALLBACK_DICTIONARY: CoreDictionary = en;

export function loadDictionary(locale: Locale): Promise<Dictionary> {
  return LOADERS[locale]();
}
