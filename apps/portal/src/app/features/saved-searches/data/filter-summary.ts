import type { Locale } from '@bridge/contracts';
import type { TranslationKey, TranslationParams } from '../../../core/i18n';
import { projectLabels } from '../../projects/data/project-labels';
import { formatUsdCents } from '../../recommendations/data/ticket';
import { SearchState, fromSearchInput } from '../../search/data/search-params';

export interface SummaryContext {
  t(key: TranslationKey, params?: TranslationParams): string;
  locale: Locale;
  /** A field's name in the UI language, by code (the code itself when unknown). */
  fieldName(code: string): string;
  /** An edition's short name, by id (null when unknown). */
  editionName(id: string): string | null;
}

/**
 * The filters of a saved search's `input` (a SearchInput as JSON), read exactly as the search page
 * reads the link that "open" builds from it: malformed or unknown values are dropped, never shown raw,
 * and the summary describes what opening the search will show.
 */
export function readFilters(input: unknown): SearchState {
  return fromSearchInput((input && typeof input === 'object' ? input : {}) as Record<string, unknown>);
}

const SORT_KEYS: Readonly<Record<string, TranslationKey>> = {
  SCORE: 'savedSearches.summary.sortScore',
  NEWEST: 'savedSearches.summary.sortNewest',
};

/**
 * A saved search's filters as short phrases in the UI language, e.g. ["“robot”", "Fields: AI,
 * Robotics", "TRL 4–7"]; ["All projects"] when it has none. Ranges with one end say "from"/"up to".
 */
export function summarizeSearch(input: unknown, context: SummaryContext): string[] {
  const f = readFilters(input);
  const { t, locale } = context;
  const list = (items: readonly string[]) =>
    new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' }).format(items);
  const num = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  const range = (
    label: string,
    min: number | null,
    max: number | null,
    show: (value: number) => string,
  ): string | null => {
    if (min !== null && max !== null)
      return t('savedSearches.summary.between', { label, min: show(min), max: show(max) });
    if (min !== null) return t('savedSearches.summary.atLeast', { label, min: show(min) });
    if (max !== null) return t('savedSearches.summary.atMost', { label, max: show(max) });
    return null;
  };
  const named = (key: TranslationKey, items: readonly string[]) =>
    items.length ? t(key, { values: list(items) }) : null;

  const parts = [
    f.text ? t('savedSearches.summary.text', { text: f.text }) : null,
    named('savedSearches.summary.fields', f.fieldCodes.map(context.fieldName)),
    named(
      'savedSearches.summary.editions',
      f.competitionIds.map((id) => context.editionName(id) ?? t('savedSearches.summary.otherEdition')),
    ),
    named(
      'savedSearches.summary.statuses',
      f.statuses.map((status) => t(projectLabels.status(status))),
    ),
    named(
      'savedSearches.summary.awards',
      f.awardPlaces.map((place) => t('savedSearches.summary.place', { place })),
    ),
    range(t('savedSearches.summary.trl'), f.trlMin, f.trlMax, num),
    named(
      'savedSearches.summary.stages',
      f.stages.map((stage) => t(projectLabels.stage(stage))),
    ),
    named(
      'savedSearches.summary.seeking',
      f.seeking.map((kind) => t(projectLabels.seeking(kind))),
    ),
    range(t('savedSearches.summary.funding'), f.fundingUsdMin, f.fundingUsdMax, (cents) =>
      formatUsdCents(cents, locale),
    ),
    range(t('savedSearches.summary.score'), f.scoreMin, f.scoreMax, num),
    // City filters are keys of the CITY facet (not names): the count is what can be said here.
    f.cities.length ? t('savedSearches.summary.cities', { count: f.cities.length }) : null,
    f.sort && SORT_KEYS[f.sort] ? t(SORT_KEYS[f.sort]) : null,
  ].filter((part): part is string => !!part);
  return parts.length ? parts : [t('savedSearches.summary.everything')];
}
