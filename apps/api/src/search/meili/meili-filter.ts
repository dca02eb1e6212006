import type { FacetName, NumberRange, SearchAudience, SearchFilters } from '../search.types';

/**
 * Meilisearch filter expressions, built from typed input only. Values are always quoted (double
 * quotes, with `\` and `"` escaped and control characters dropped), numbers are checked finite, and
 * attribute names come from the table below — never from the request.
 */

/** Each audience's attribute for each gated value (see meili-documents.ts); null: not visible. */
export const MEILI_ATTRIBUTES: Record<
  SearchAudience,
  Record<
    'trl' | 'stage' | 'seeking' | 'funding' | 'fundingBucket' | 'score' | 'scoreBucket' | 'award',
    string | null
  >
> = {
  ORGANIZER: {
    trl: 'trl',
    stage: 'stage',
    seeking: 'seeking',
    funding: 'fundingUsdMinor',
    fundingBucket: 'fundingBucket',
    score: 'score',
    scoreBucket: 'scoreBucket',
    award: 'awardPlace',
  },
  MARKET: {
    trl: 'm_trl',
    stage: 'm_stage',
    seeking: 'm_seeking',
    funding: 'm_fundingUsdMinor',
    fundingBucket: 'm_fundingBucket',
    score: 'm_score',
    scoreBucket: 'm_scoreBucket',
    award: 'm_awardPlace',
  },
  PUBLIC: {
    trl: null,
    stage: null,
    seeking: null,
    funding: null,
    fundingBucket: null,
    score: null,
    scoreBucket: null,
    award: 'p_awardPlace',
  },
};

/** The visibility condition of an audience. */
export const MEILI_VISIBILITY: Record<SearchAudience, string | null> = {
  ORGANIZER: null,
  MARKET: 'visibleMarket = true',
  PUBLIC: 'visiblePublic = true',
};

/** A filter value as a quoted literal that cannot end the quote or start an expression. */
export function quote(value: string | number): string {
  if (typeof value === 'number') return number(value);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, '');
  return `"${clean.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function number(value: number): string {
  if (!Number.isFinite(value)) throw new Error('filter numbers must be finite');
  return String(value);
}

function attribute(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`unexpected attribute ${name}`);
  return name;
}

/** `attr IN ["a", "b"]`, or a condition nothing meets when the attribute is not visible. */
export function inList(name: string | null, values: ReadonlyArray<string | number>): string {
  if (!name) return NOTHING;
  return `${attribute(name)} IN [${values.map(quote).join(', ')}]`;
}

export function inRange(name: string | null, range: NumberRange): string | null {
  const parts: string[] = [];
  if (range.min !== undefined && range.min !== null)
    parts.push(`${name && attribute(name)} >= ${number(range.min)}`);
  if (range.max !== undefined && range.max !== null)
    parts.push(`${name && attribute(name)} <= ${number(range.max)}`);
  if (!parts.length) return null;
  return name ? parts.join(' AND ') : NOTHING;
}

/** A condition no document meets (every document has `visibleMarket`). */
export const NOTHING = 'visibleMarket NOT EXISTS';

/** The condition of each filter given, by the facet it narrows. */
export function filterConditions(
  filters: SearchFilters,
  audience: SearchAudience,
): Partial<Record<FacetName, string>> {
  const a = MEILI_ATTRIBUTES[audience];
  const conditions: Partial<Record<FacetName, string | null>> = {
    EDITION: filters.competitionIds?.length ? inList('competitionId', filters.competitionIds) : null,
    FIELD: filters.fieldCodes?.length ? inList('fieldCode', filters.fieldCodes) : null,
    STATUS: filters.statuses?.length ? inList('status', filters.statuses) : null,
    AWARD: filters.awardPlaces?.length ? inList(a.award, filters.awardPlaces) : null,
    TRL: filters.trl ? inRange(a.trl, filters.trl) : null,
    STAGE: filters.stages?.length ? inList(a.stage, filters.stages) : null,
    SEEKING: filters.seeking?.length ? inList(a.seeking, filters.seeking) : null,
    FUNDING: filters.fundingUsdMinor ? inRange(a.funding, filters.fundingUsdMinor) : null,
    SCORE: filters.score ? inRange(a.score, filters.score) : null,
    CITY: filters.cityKeys?.length ? inList('cityKey', filters.cityKeys) : null,
  };
  return Object.fromEntries(Object.entries(conditions).filter(([, c]) => c)) as Partial<
    Record<FacetName, string>
  >;
}

/**
 * The whole filter of a search (visibility and every filter, AND-ed), or of the disjunctive count of
 * one facet (every filter but that facet's own).
 */
export function buildFilter(filters: SearchFilters, audience: SearchAudience, except?: FacetName): string[] {
  const conditions = filterConditions(filters, audience);
  const parts = Object.entries(conditions)
    .filter(([name]) => name !== except)
    .map(([, condition]) => `(${condition})`);
  const visibility = MEILI_VISIBILITY[audience];
  return visibility ? [visibility, ...parts] : parts;
}

/** The facet attribute of each facet for an audience (null: the audience cannot see it). */
export function facetAttribute(facet: FacetName, audience: SearchAudience): string | null {
  const a = MEILI_ATTRIBUTES[audience];
  const map: Record<FacetName, string | null> = {
    EDITION: 'competitionId',
    FIELD: 'fieldCode',
    STATUS: 'status',
    AWARD: a.award,
    TRL: a.trl,
    STAGE: a.stage,
    SEEKING: a.seeking,
    FUNDING: a.fundingBucket,
    SCORE: a.scoreBucket,
    CITY: 'cityKey',
  };
  return map[facet];
}
