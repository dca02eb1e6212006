import type { DeepStringRecord, KeyPaths } from '../i18n.types';
import type { en, enAreas } from './en';

/** A complete dictionary: the compiler fails when a language lacks a key that English has. */
export type Dictionary = DeepStringRecord<typeof en>;

/** One area file of a dictionary (common, errors, auth, …), checked against the English area. */
export type AreaDictionary<A extends keyof typeof enAreas> = DeepStringRecord<(typeof enAreas)[A]>;

/** Every key `t()` accepts, e.g. 'nav.market' or 'errors.identity.invalidCredentials'. */
export type TranslationKey = KeyPaths<typeof en>;
