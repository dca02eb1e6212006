/**
 * Explanations are lists of translation keys with parameters; the portal renders them in zh-CN, en
 * and ru. EXPLANATION_KEYS documents every key, its parameters and an English template for the
 * translators. Qualities and means are rounded to 1 decimal, probabilities to 2.
 */
import { ExplanationPart } from './selection.types';

export interface ExplanationKeySpec {
  params: readonly string[];
  en: string;
}

export const EXPLANATION_KEYS = {
  'selection.explain.rank': {
    params: ['rankInField', 'field', 'rankOverall', 'quality', 'method'],
    en: 'rank {rankInField} in {field} ({rankOverall} overall), quality {quality} ({method})',
  },
  'selection.explain.reviews': {
    params: ['reviewCount', 'rawMean'],
    en: '{reviewCount} reviews, raw mean {rawMean}',
  },
  'selection.explain.belowMinReviews': {
    params: ['reviewCount', 'minReviews'],
    en: 'not ranked: {reviewCount} reviews, at least {minReviews} needed',
  },
  'selection.explain.probability': {
    params: ['p'],
    en: 'finalist probability {p}',
  },
  'selection.explain.nearTie': {
    params: ['p', 'low', 'high'],
    en: 'near-tie for the committee: finalist probability {p} is between {low} and {high}',
  },
  'selection.explain.selected.share': {
    params: ['field', 'share', 'rankInField'],
    en: 'selected: rank {rankInField} within the {share} places of {field}',
  },
  'selection.explain.selected.remainder': {
    params: ['remainder'],
    en: 'selected for one of the {remainder} places left after the equal field shares',
  },
  'selection.explain.selected.redistributed': {
    params: ['unfilled'],
    en: 'selected for one of the {unfilled} places that other fields could not fill',
  },
  'selection.explain.selected.override': {
    params: ['reason'],
    en: 'selected by the organizers: {reason}',
  },
  'selection.explain.override.aboveCap': {
    params: ['field', 'cap', 'selectedInField'],
    en: '{field} now has {selectedInField} finalists, above its cap of {cap}',
  },
  'selection.explain.override.aboveTotal': {
    params: ['total', 'selected'],
    en: '{selected} finalists in all, above the total of {total}',
  },
  'selection.explain.notSelected.fieldCap': {
    params: ['field', 'cap', 'lastRank'],
    en: 'not selected: {field} cap of {cap} reached at rank {lastRank}',
  },
  'selection.explain.notSelected.fieldShare': {
    params: ['field', 'share', 'lastRank'],
    en: 'not selected: the {share} places of {field} were taken by rank {lastRank} and no other place was open to it',
  },
  'selection.explain.notSelected.total': {
    params: ['total', 'lastRank'],
    en: 'not selected: all {total} finalist places taken by overall rank {lastRank}',
  },
  'selection.explain.excluded': {
    params: ['reason'],
    en: 'excluded by the organizers: {reason}',
  },
} as const satisfies Record<string, ExplanationKeySpec>;

export type ExplanationKey = keyof typeof EXPLANATION_KEYS;

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
