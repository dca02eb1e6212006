/**
 * Translation keys of the finalist selection's explanations and tie-break (computed by the API's
 * selection module, rendered by the portal in zh-CN, en and ru). Each key lists its parameters and
 * an English template for the translators. The `field` parameter is a field id: the portal shows the
 * field's name. Qualities and means are rounded to 1 decimal, probabilities to 2.
 */
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

/** The tie-break order, as translation keys (SelectionRun.tieBreak). */
export const TIE_BREAK_KEYS = [
  'selection.tieBreak.quality',
  'selection.tieBreak.rawMean',
  'selection.tieBreak.reviewCount',
  'selection.tieBreak.submittedAt',
  'selection.tieBreak.projectId',
] as const;
export type TieBreakKey = (typeof TIE_BREAK_KEYS)[number];
