import { seekingMask } from '../audience';
import type { QueryGroup } from '../query/query-analyzer';
import type { CursorKey } from '../query/search-cursor';
import type { FacetName, NumberRange, SearchAudience, SearchQuery } from '../search.types';
import { conceptToken } from '../taxonomy/taxonomy';

/**
 * The SQL of a search on `project_search_documents`, built from typed input only: every value is a
 * parameter, every identifier and operator comes from the tables below. Visibility, text and
 * filters are all in the WHERE clause, so counts and facets count only what the audience may see.
 */
export interface Statement {
  text: string;
  params: unknown[];
}

export interface StatementOptions {
  /**
   * Projects whose title resembles a group's word (pg_trgm), by group index: those groups also
   * match them. The adapter looks them up only when the words themselves matched nothing.
   */
  typos: ReadonlyMap<number, string[]> | null;
  /**
   * The matches are known to be many (from cached counts): for SCORE and NEWEST, walking the sort
   * index and checking each row finds a page sooner than sorting every match.
   */
  manyMatches?: boolean;
}

/** Projects the audience may see whose title is like `word` (typo-tolerant), best first. */
export function typoCandidatesStatement(audience: SearchAudience, word: string, limit: number): Statement {
  return {
    text: `SELECT d.project_id FROM project_search_documents d
 WHERE ${SCOPES[audience].visible} AND $1 <% d.names
 ORDER BY word_similarity($1, d.names) DESC, d.project_id LIMIT $2::int`,
    params: [word, limit],
  };
}

class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

type Scope = Record<
  | 'vector'
  | 'visible'
  | 'full'
  | 'trl'
  | 'stage'
  | 'seeking'
  | 'funding'
  | 'fundingBucket'
  | 'score'
  | 'scoreBucket'
  | 'scoreKey'
  | 'rank'
  | 'award',
  string
>;

const marketFull = (column: string, otherwise = 'NULL') =>
  `CASE WHEN d.market_full THEN d.${column} ELSE ${otherwise} END`;

/** Each audience's vector, visibility and view of the gated values. */
const SCOPES: Record<SearchAudience, Scope> = {
  ORGANIZER: {
    vector: 'd.document',
    visible: 'TRUE',
    full: 'TRUE',
    trl: 'd.trl',
    stage: 'd.stage',
    seeking: 'd.seeking_mask',
    funding: 'd.funding_usd_minor',
    fundingBucket: 'd.funding_bucket',
    score: 'd.score',
    scoreBucket: 'd.score_bucket',
    scoreKey: 'd.score_key',
    rank: 'd.rank_in_field',
    award: 'd.award_place',
  },
  MARKET: {
    vector: 'd.market_document',
    visible: 'd.visible_market',
    full: 'd.market_full',
    trl: marketFull('trl'),
    stage: marketFull('stage'),
    seeking: marketFull('seeking_mask', '0'),
    funding: marketFull('funding_usd_minor'),
    fundingBucket: marketFull('funding_bucket'),
    score: 'd.m_score',
    scoreBucket: 'd.m_score_bucket',
    scoreKey: 'd.m_score_key',
    rank: 'd.m_rank_in_field',
    award: 'd.m_award_place',
  },
  PUBLIC: {
    vector: 'd.public_document',
    visible: 'd.visible_public',
    full: 'FALSE',
    trl: 'NULL::smallint',
    stage: 'NULL::varchar',
    seeking: '0',
    funding: 'NULL::bigint',
    fundingBucket: 'NULL::smallint',
    score: 'NULL::float8',
    scoreBucket: 'NULL::smallint',
    scoreKey: '(-1e9)::float8',
    rank: 'NULL::int',
    award: 'd.p_award_place',
  },
};

/**
 * Facet columns, counted in four passes-in-one (GROUPING SETS of low-cardinality combinations, far
 * cheaper than one set per facet); the adapter sums the combinations into facets.
 */
export const FACET_SETS: ReadonlyArray<ReadonlyArray<FacetName>> = [
  ['STATUS', 'AWARD', 'TRL', 'STAGE'],
  ['FUNDING', 'SCORE', 'SEEKING'],
  ['EDITION', 'FIELD'],
  ['CITY'],
];

/** The column of the counts statement that holds each facet's value. */
export const FACET_COLUMNS: Record<FacetName, string> = {
  EDITION: 'edition',
  FIELD: 'field',
  STATUS: 'status',
  AWARD: 'award',
  TRL: 'trl',
  STAGE: 'stage',
  SEEKING: 'seeking',
  FUNDING: 'funding',
  SCORE: 'score',
  CITY: 'city',
};

function groupQuery(group: QueryGroup, p: Params): string {
  const alternatives: string[] = [];
  if (group.words.length) {
    const words = group.words.map((w) => {
      const word = p.add(w);
      return `(plainto_tsquery('english', ${word}) || plainto_tsquery('russian', ${word}) || plainto_tsquery('simple', ${word}))`;
    });
    alternatives.push(words.join(' && '));
  }
  if (group.han.length) alternatives.push(`plainto_tsquery('simple', ${p.add(group.han.join(' '))})`);
  for (const id of group.concepts) alternatives.push(`plainto_tsquery('simple', ${p.add(conceptToken(id))})`);
  return `(${alternatives.join(' || ')})`;
}

function range(expression: string, value: NumberRange | undefined, p: Params, cast: string): string | null {
  const parts: string[] = [];
  if (value?.min !== undefined && value.min !== null)
    parts.push(`${expression} >= ${p.add(value.min, cast)}`);
  if (value?.max !== undefined && value.max !== null)
    parts.push(`${expression} <= ${p.add(value.max, cast)}`);
  return parts.length ? parts.join(' AND ') : null;
}

function anyOf(
  expression: string,
  values: readonly unknown[] | undefined,
  p: Params,
  cast: string,
): string | null {
  return values?.length ? `${expression} = ANY(${p.add(values, cast)})` : null;
}

/** The internal restriction to given projects (an empty list matches nothing). */
function onlyProjects(query: SearchQuery, p: Params): string | null {
  const ids = query.filters.projectIds;
  return ids ? `d.project_id = ANY(${p.add(ids, '::uuid[]')})` : null;
}

/** The condition of each filter given, by the facet it narrows. */
function filterConditions(query: SearchQuery, p: Params): Partial<Record<FacetName, string>> {
  const s = SCOPES[query.audience];
  const f = query.filters;
  const seeking = f.seeking?.length
    ? `(${s.seeking} & ${p.add(seekingMask(f.seeking), '::int')}) <> 0`
    : null;
  const conditions: Partial<Record<FacetName, string | null>> = {
    EDITION: anyOf('d.competition_id', f.competitionIds, p, '::uuid[]'),
    FIELD: anyOf('d.field_code', f.fieldCodes, p, '::text[]'),
    STATUS: anyOf('d.status', f.statuses, p, '::text[]'),
    AWARD: anyOf(s.award, f.awardPlaces, p, '::int[]'),
    TRL: range(s.trl, f.trl, p, '::int'),
    STAGE: anyOf(s.stage, f.stages, p, '::text[]'),
    SEEKING: seeking,
    FUNDING: range(s.funding, f.fundingUsdMinor, p, '::bigint'),
    SCORE: range(s.score, f.score, p, '::float8'),
    CITY: anyOf('d.city_key', f.cityKeys, p, '::text[]'),
  };
  return Object.fromEntries(Object.entries(conditions).filter(([, c]) => c)) as Partial<
    Record<FacetName, string>
  >;
}

interface TextParts {
  match: string;
  /** The same, not indexable: for walking a sort index and checking each row. */
  matchEach: string;
  /** The query groups OR-ed: a title or summary containing any of them ranks higher. */
  any: string;
  /** The typo matches, OR-ed into the title tier (they are title matches). */
  typos: string;
}

function textParts(query: SearchQuery, p: Params, options: StatementOptions): TextParts | null {
  const groups = query.text?.groups ?? [];
  if (!groups.length) return null;
  const vector = SCOPES[query.audience].vector;
  const queries = groups.map((g) => groupQuery(g, p));
  const fuzzy = groups.map((_, i) => {
    const ids = options.typos?.get(i);
    return ids?.length ? p.add(ids, '::uuid[]') : null;
  });
  const matches = groups.map((_, i) =>
    fuzzy[i]
      ? `(${vector} @@ ${queries[i]} OR d.project_id = ANY(${fuzzy[i]}))`
      : `${vector} @@ ${queries[i]}`,
  );
  const match = matches.join(' AND ');
  return {
    match,
    matchEach: matches.map((m) => `(${m}) IS TRUE`).join(' AND '),
    any: `(${queries.join(' || ')})`,
    typos: fuzzy
      .filter(Boolean)
      .map((f) => ` OR d.project_id = ANY(${f})`)
      .join(''),
  };
}

export type SortKey = { sql: string; type: 'number' | 'string'; cast: string };

/** The sort keys of a search (all descending) with their cursor types; `tier` when ranking text. */
export function sortKeys(query: SearchQuery, tier: string | null): SortKey[] {
  const score: SortKey = { sql: SCOPES[query.audience].scoreKey, type: 'number', cast: '::float8' };
  const created: SortKey = { sql: 'd.project_created_at', type: 'string', cast: '::timestamptz' };
  const id: SortKey = { sql: 'd.project_id', type: 'string', cast: '::uuid' };
  if (query.sort === 'NEWEST') return [created, id];
  if (query.sort === 'RELEVANCE' && tier)
    return [{ sql: tier, type: 'number', cast: '::int' }, score, created, id];
  return [score, created, id];
}

/**
 * ORDER BY expressions. With text, the sort keys are wrapped so no btree can give their order:
 * otherwise the planner may walk a whole score or date index looking for a rare word's few matches
 * (reading every row's vector) instead of sorting the matches the GIN index gives.
 */
function orderBy(keys: SortKey[], text: boolean): string {
  const wrap = (k: SortKey) =>
    !text || k.cast === '::uuid'
      ? k.sql
      : k.cast === '::timestamptz'
        ? `(${k.sql} + interval '0 seconds')`
        : `(${k.sql} + 0)`;
  return keys.map((k) => `${wrap(k)} DESC`).join(', ');
}

function keyColumn(key: SortKey, i: number): string {
  if (key.cast === '::timestamptz')
    return `to_char(${key.sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS k${i}`;
  return `${key.sql}${key.cast === '::uuid' ? '::text' : ''} AS k${i}`;
}

function hitColumns(s: Scope): string {
  return `d.project_id, d.competition_id, d.field_code, d.status, d.title, d.summary, d.city,
       ${s.full} AS full, ${s.trl} AS trl, ${s.stage} AS stage, ${s.seeking} AS seeking_mask,
       ${s.funding} AS funding_usd_minor, ${s.score} AS score, ${s.rank} AS rank_in_field, ${s.award} AS award_place`;
}

/** The page of hits: `first + 1` rows after the cursor, with their sort keys (k0, k1, …). */
export function hitsStatement(
  query: SearchQuery,
  cursor: CursorKey[] | null,
  options: StatementOptions,
): Statement {
  const p = new Params();
  const s = SCOPES[query.audience];
  const text = textParts(query, p, options);
  const ranked = query.sort === 'RELEVANCE' && !!text;
  // Many matches, sorted by score or date: walking the sort index finds a page in a few rows.
  const walk = !ranked && !!text && !!options.manyMatches;
  const where = [
    s.visible,
    walk ? text?.matchEach : text?.match,
    ...Object.values(filterConditions(query, p)),
    onlyProjects(query, p),
  ].filter((c): c is string => !!c);
  if (ranked && text) return rankedHits(query, cursor, p, s, text, where);
  const keys = sortKeys(query, null);
  if (cursor)
    where.push(
      `(${keys.map((k) => k.sql).join(', ')}) < (${keys.map((k, i) => p.add(cursor[i], k.cast)).join(', ')})`,
    );
  return {
    text: `SELECT ${hitColumns(s)}, ${keys.map(keyColumn).join(', ')}
  FROM project_search_documents d
 WHERE ${where.join('\n   AND ')}
 ORDER BY ${orderBy(keys, !!text && !walk)}
 LIMIT ${p.add(query.first + 1, '::int')}`,
    params: p.values,
  };
}

/**
 * Relevance: tier (any query group in the title: 2; else in the summary: 1; else 0), then score,
 * then newest. One branch per tier, each its own top `first + 1` (from the GIN indexes of the title
 * and summary vectors and the audience's vector), appended in tier order under one LIMIT: a page
 * the title tier fills never runs the other branches. The cursor's tier skips the higher ones.
 */
function rankedHits(
  query: SearchQuery,
  cursor: CursorKey[] | null,
  p: Params,
  s: Scope,
  text: TextParts,
  where: string[],
): Statement {
  const limit = p.add(query.first + 1, '::int');
  const title = `(d.title_vector @@ ${text.any}${text.typos})`;
  const summary = `d.summary_vector @@ ${text.any}`;
  const tiers = [
    { tier: 2, condition: title },
    { tier: 1, condition: `${summary} AND NOT ${title}` },
    { tier: 0, condition: `NOT ${title} AND NOT (${summary})` },
  ];
  const order = orderBy(sortKeys({ ...query, sort: 'SCORE' }, null), true);
  const branches = tiers
    .filter(({ tier }) => !cursor || tier <= Number(cursor[0]))
    .map(({ tier, condition }) => {
      const conditions = [...where, condition];
      if (cursor && tier === Number(cursor[0])) {
        conditions.push(
          `(${s.scoreKey}, d.project_created_at, d.project_id) < (${p.add(cursor[1], '::float8')}, ${p.add(cursor[2], '::timestamptz')}, ${p.add(cursor[3], '::uuid')})`,
        );
      }
      return `(SELECT ${hitColumns(s)}, ${tier} AS k0, ${s.scoreKey} AS k1,
        to_char(d.project_created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS k2, d.project_id::text AS k3
   FROM project_search_documents d
  WHERE ${conditions.join(' AND ')}
  ORDER BY ${order} LIMIT ${limit})`;
    });
  return {
    text: `SELECT * FROM (\n${branches.join('\nUNION ALL\n')}\n) ranked LIMIT ${limit}`,
    params: p.values,
  };
}

/**
 * The total, and with `query.facets` every facet's counts, in one scan of what the audience may see
 * of the text's matches. Disjunctive: `n_<facet>` counts a combination with every filter but that
 * facet's own (so its other values stay choosable); `n` with every filter (the total).
 */
export function countsStatement(query: SearchQuery, options: StatementOptions): Statement {
  const p = new Params();
  const s = SCOPES[query.audience];
  const text = textParts(query, p, options);
  const conditions = filterConditions(query, p);
  const base = [s.visible, text?.match, onlyProjects(query, p)].filter(Boolean).join(' AND ');
  if (!query.facets) {
    const all = [base, ...Object.values(conditions)].join(' AND ');
    return {
      text: `SELECT count(*)::int AS n FROM project_search_documents d WHERE ${all}`,
      params: p.values,
    };
  }
  const active = Object.keys(conditions) as FacetName[];
  const flag = (name: FacetName) => `f_${name.toLowerCase()}`;
  const allBut = (except?: FacetName) =>
    active
      .filter((n) => n !== except)
      .map(flag)
      .join(' AND ') || 'TRUE';
  const sets = FACET_SETS.map((set) => `(${set.map((f) => FACET_COLUMNS[f]).join(', ')})`);
  const setOf = FACET_SETS.map((set, i) => `WHEN GROUPING(${FACET_COLUMNS[set[0]]}) = 0 THEN ${i}`).join(' ');
  return {
    text: `SELECT CASE ${setOf} END AS grouping_set,
       ${Object.values(FACET_COLUMNS).join(', ')},
       count(*) FILTER (WHERE ${allBut()})::int AS n${active.map((n) => `,\n       count(*) FILTER (WHERE ${allBut(n)})::int AS n_${n.toLowerCase()}`).join('')}
  FROM (
    SELECT d.competition_id::text AS edition, d.field_code AS field, d.status, ${s.award} AS award, ${s.trl} AS trl,
           ${s.stage} AS stage, ${s.seeking} AS seeking, ${s.fundingBucket} AS funding, ${s.scoreBucket} AS score,
           d.city_key AS city${active.map((n) => `, (${conditions[n]}) AS ${flag(n)}`).join('')}
      FROM project_search_documents d
     WHERE ${base}
  ) m
 GROUP BY GROUPING SETS (${sets.join(', ')})`,
    params: p.values,
  };
}
