import type { DeepStringRecord, KeyPaths } from '../i18n.types';
import type { en, enAreas } from './en';
import type { enLazy, enLazyAreas } from './en/lazy';

/** English in full: the areas bundled at start (en/index.ts) and those loaded with the first dictionary. */
type English = typeof en & typeof enLazy;
type EnglishAreas = typeof enAreas & typeof enLazyAreas;

/** A complete dictionary: the compiler fails when a language lacks a key that English has. */
export type Dictionary = DeepStringRecord<English>;

/** The areas bundled at start: the fallback while the first dictionary loads. */
export type CoreDictionary = DeepStringRecord<typeof en>;

/** One area file of a dictionary (common, errors, auth, …), checked against the English area. */
export type AreaDictionary<A extends keyof EnglishAreas> = DeepStringRecord<EnglishAreas[A]>;

/** Every key `t()` accepts, e.g. 'nav.market' or 'errors.identity.invalidCredentials'. */
export type TranslationKey = KeyPaths<English>;
