/**
 * Explanations are lists of translation keys with parameters; the portal renders them in zh-CN, en
 * and ru. EXPLANATION_KEYS documents every key, its parameters and an English template for the
 * translators. Qualities and means are rounded to 1 decimal, probabilities to 2.
 */
import { EXPLANATION_KEYS } from '@bridge/contracts';
import type { ExplanationKey, ExplanationKeySpec } from '@bridge/contracts';
import { ExplanationPart } from './selection.types';

export { EXPLANATION_KEYS };
export type { ExplanationKey, ExplanationKeySpec };

type ParamsOf<K extends ExplanationKey> = Record<
  (typeof EXPLANATION_KEYS)[K]['params'][number],
  string | number
>;

export function part<K extends ExplanationKey>(key: K, params: ParamsOf<K>): ExplanationPart {
  return { key, params };
}

export const NEAR_TIE_LOW = 0.2;
export const NEAR_TIE_HIGH = 0.8;

export const round1 = (x: number): number => Math.round(x * 10) / 10;
export const round2 = (x: number): number => Math.round(x * 100) / 100;
