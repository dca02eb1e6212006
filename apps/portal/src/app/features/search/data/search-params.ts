import {
  PROJECT_STAGES,
  PROJECT_STATUSES,
  SEEKING_KINDS,
  type ProjectStage,
  type ProjectStatus,
  type SeekingKind,
} from '@bridge/contracts';
import type { SearchInput, SearchSort } from '../../../core/graphql/lazy/generated';

/**
 * The search as it lives in the URL, and its mapping to and from the API's SearchInput. Pure: the
 * page reads the query params through {@link parseSearchParams} and writes them with
 * {@link toSearchParams}; garbage params (a hand-edited or outdated link) are dropped, never sent.
 */

export const SEARCH_SORTS: readonly SearchSort[] = ['RELEVANCE', 'SCORE', 'NEWEST'];
export const SEARCH_TEXT_MAX = 200;
/** The API refuses longer lists. */
const LIST_MAX = 20;
/** The API's upper bound of a funding amount (USD cents). */
const FUNDING_MAX_CENTS = 1e13;
const SEARCHABLE_STATUSES: readonly ProjectStatus[] = PROJECT_STATUSES.filter((s) => s !== 'DRAFT');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELD_CODE = /^[A-Z0-9_]{1,32}$/;
const CITY_KEY = /^[0-9a-f]{16}$/;

/** Every filter of a search, normalised: lists are empty rather than absent, ranges null when open. */
export interface SearchState {
  text: string;
  competitionIds: string[];
  fieldCodes: string[];
  statuses: ProjectStatus[];
  awardPlaces: number[];
  trlMin: number | null;
  trlMax: number | null;
  stages: ProjectStage[];
  seeking: SeekingKind[];
  /** USD cents, as the API takes them. */
  fundingUsdMin: number | null;
  fundingUsdMax: number | null;
  scoreMin: number | null;
  scoreMax: number | null;
  cities: string[];
  sort: SearchSort;
}

export type SearchListKey = {
  [K in keyof SearchState]: SearchState[K] extends unknown[] ? K : never;
}[keyof SearchState];

export const EMPTY_SEARCH: SearchState = {
  text: '',
  competitionIds: [],
  fieldCodes: [],
  statuses: [],
  awardPlaces: [],
  trlMin: null,
  trlMax: null,
  stages: [],
  seeking: [],
  fundingUsdMin: null,
  fundingUsdMax: null,
  scoreMin: null,
  scoreMax: null,
  cities: [],
  sort: 'RELEVANCE',
};

/** URL parameter of each list filter (repeated: `?field=AI&field=ROBOTICS`). */
export const LIST_PARAMS: Readonly<Record<SearchListKey, string>> = {
  competitionIds: 'edition',
  fieldCodes: 'field',
  statuses: 'status',
  awardPlaces: 'award',
  stages: 'stage',
  seeking: 'seeking',
  cities: 'city',
};

/** What the page reads the query params through (Angular's ParamMap fits). */
export interface ParamSource {
  get(name: string): string | null;
  getAll(name: string): string[];
}

export type SearchParams = Record<string, string | string[]>;

// ---------------------------------------------------------------------------------------------
// URL → state

function list<T>(values: readonly string[], accept: (value: string) => T | null): T[] {
  const result: T[] = [];
  for (const raw of values) {
    for (const part of raw.split(',')) {
      const value = accept(part.trim());
      if (value !== null && !result.includes(value) && result.length < LIST_MAX) result.push(value);
    }
  }
  return result;
}

function oneOf<T extends string>(allowed: readonly T[]): (value: string) => T | null {
  return (value) => ((allowed as readonly string[]).includes(value) ? (value as T) : null);
}

function matching(pattern: RegExp): (value: string) => string | null {
  return (value) => (pattern.test(value) ? value : null);
}

function integer(min: number, max: number): (value: string) => number | null {
  return (value) => {
    if (!/^\d{1,6}$/.test(value)) return null;
    const n = Number(value);
    return n >= min && n <= max ? n : null;
  };
}

function decimal(min: number, max: number): (value: string) => number | null {
  return (value) => {
    if (!/^\d{1,14}(\.\d{1,2})?$/.test(value)) return null;
    const n = Number(value);
    return Number.isFinite(n) && n >= min && n <= max ? n : null;
  };
}

function single<T>(source: ParamSource, name: string, accept: (value: string) => T | null): T | null {
  const raw = source.get(name);
  return raw === null ? null : accept(raw.trim());
}

/** A range whose ends were swapped by hand would be refused by the API: put them in order. */
function ordered(min: number | null, max: number | null): [number | null, number | null] {
  return min !== null && max !== null && min > max ? [max, min] : [min, max];
}

/** Reads a search from query params; what is not valid is ignored (the rest still applies). */
export function parseSearchParams(source: ParamSource): SearchState {
  const dollars = decimal(0, FUNDING_MAX_CENTS / 100);
  const [trlMin, trlMax] = ordered(
    single(source, 'trlMin', integer(1, 9)),
    single(source, 'trlMax', integer(1, 9)),
  );
  const [fundingMin, fundingMax] = ordered(
    single(source, 'fundingMin', dollars),
    single(source, 'fundingMax', dollars),
  );
  const [scoreMin, scoreMax] = ordered(
    single(source, 'scoreMin', decimal(0, 100)),
    single(source, 'scoreMax', decimal(0, 100)),
  );
  return {
    text: (source.get('q') ?? '').trim().slice(0, SEARCH_TEXT_MAX),
    competitionIds: list(source.getAll(LIST_PARAMS.competitionIds), (v) =>
      UUID.test(v) ? v.toLowerCase() : null,
    ),
    fieldCodes: list(source.getAll(LIST_PARAMS.fieldCodes), matching(FIELD_CODE)),
    statuses: list(source.getAll(LIST_PARAMS.statuses), oneOf(SEARCHABLE_STATUSES)),
    awardPlaces: list(source.getAll(LIST_PARAMS.awardPlaces), integer(1, 100)).sort((a, b) => a - b),
    trlMin,
    trlMax,
    stages: list(source.getAll(LIST_PARAMS.stages), oneOf(PROJECT_STAGES)),
    seeking: list(source.getAll(LIST_PARAMS.seeking), oneOf(SEEKING_KINDS)),
    fundingUsdMin: fundingMin === null ? null : toCents(fundingMin),
    fundingUsdMax: fundingMax === null ? null : toCents(fundingMax),
    scoreMin,
    scoreMax,
    cities: list(source.getAll(LIST_PARAMS.cities), matching(CITY_KEY)),
    sort: single(source, 'sort', oneOf(SEARCH_SORTS)) ?? 'RELEVANCE',
  };
}

/** A plain object of query params (e.g. a saved search's link) as a {@link ParamSource}. */
export function paramSource(params: Readonly<Record<string, unknown>>): ParamSource {
  const all = (name: string): string[] => {
    const value = params[name];
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
    return typeof value === 'string' ? [value] : [];
  };
  return { get: (name) => all(name)[0] ?? null, getAll: all };
}

// ---------------------------------------------------------------------------------------------
// state → URL

function toCents(dollars: number): number {
  return Math.round(dollars * 100);
}

/** USD cents as the URL shows them: whole dollars, or dollars and cents. */
function toDollars(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** The query params of a search: only what is set, so an empty search is a bare `/search`. */
export function toSearchParams(state: SearchState): SearchParams {
  const params: SearchParams = {};
  const text = state.text.trim();
  if (text) params['q'] = text;
  for (const key of Object.keys(LIST_PARAMS) as SearchListKey[]) {
    const values = state[key] as ReadonlyArray<string | number>;
    if (values.length) params[LIST_PARAMS[key]] = values.map(String);
  }
  const scalar = (name: string, value: number | null, format: (n: number) => string = String) => {
    if (value !== null) params[name] = format(value);
  };
  scalar('trlMin', state.trlMin);
  scalar('trlMax', state.trlMax);
  scalar('fundingMin', state.fundingUsdMin, toDollars);
  scalar('fundingMax', state.fundingUsdMax, toDollars);
  scalar('scoreMin', state.scoreMin);
  scalar('scoreMax', state.scoreMax);
  if (state.sort !== 'RELEVANCE') params['sort'] = state.sort;
  return params;
}

// ---------------------------------------------------------------------------------------------
// state ⇄ SearchInput

/** The API input of a search (without page, cursor or language): what a saved search stores. */
export function toSearchInput(state: SearchState): SearchInput {
  const input: SearchInput = { sort: state.sort };
  const text = state.text.trim();
  if (text) input.text = text;
  for (const key of Object.keys(LIST_PARAMS) as SearchListKey[]) {
    const values = state[key];
    if (values.length) (input as Record<string, unknown>)[key] = [...values];
  }
  for (const key of ['trlMin', 'trlMax', 'fundingUsdMin', 'fundingUsdMax', 'scoreMin', 'scoreMax'] as const) {
    const value = state[key];
    if (value !== null) input[key] = value;
  }
  return input;
}

/**
 * A stored SearchInput (a saved search) as a state, validated like URL params: the link to
 * `/search` of a saved search is `toSearchParams(fromSearchInput(input))`.
 */
export function fromSearchInput(input: Partial<Record<keyof SearchInput, unknown>>): SearchState {
  const params: Record<string, unknown> = {};
  const strings = (value: unknown): string[] =>
    Array.isArray(value)
      ? value.map((v) => String(v))
      : value === null || value === undefined
        ? []
        : [String(value)];
  const put = (name: string, value: unknown) => {
    const values = strings(value);
    if (values.length) params[name] = values;
  };
  put('q', input.text);
  for (const key of Object.keys(LIST_PARAMS) as SearchListKey[]) put(LIST_PARAMS[key], input[key]);
  put('trlMin', input.trlMin);
  put('trlMax', input.trlMax);
  const cents = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) ? toDollars(Math.round(value)) : value;
  put('fundingMin', cents(input.fundingUsdMin));
  put('fundingMax', cents(input.fundingUsdMax));
  put('scoreMin', input.scoreMin);
  put('scoreMax', input.scoreMax);
  put('sort', input.sort);
  return parseSearchParams(paramSource(params));
}

/** The `/search` query params of a stored SearchInput (for links from saved searches). */
export function searchInputToParams(input: Partial<Record<keyof SearchInput, unknown>>): SearchParams {
  return toSearchParams(fromSearchInput(input));
}

// ---------------------------------------------------------------------------------------------
// changes

/** Adds the value to a list filter, or removes it when it is there. */
export function toggleListValue<K extends SearchListKey>(
  state: SearchState,
  key: K,
  value: SearchState[K][number],
): SearchState {
  const values = state[key] as Array<SearchState[K][number]>;
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...state, [key]: next };
}

/** True when any filter (not the text, not the sort) is set. */
export function hasFilters(state: SearchState): boolean {
  return (
    (Object.keys(LIST_PARAMS) as SearchListKey[]).some((key) => state[key].length > 0) ||
    [
      state.trlMin,
      state.trlMax,
      state.fundingUsdMin,
      state.fundingUsdMax,
      state.scoreMin,
      state.scoreMax,
    ].some((value) => value !== null)
  );
}

/** The same search with every filter cleared (text and sort kept). */
export function clearFilters(state: SearchState): SearchState {
  return { ...EMPTY_SEARCH, text: state.text, sort: state.sort };
}

export function sameSearch(a: SearchState, b: SearchState): boolean {
  return JSON.stringify(toSearchParams(a)) === JSON.stringify(toSearchParams(b));
}
