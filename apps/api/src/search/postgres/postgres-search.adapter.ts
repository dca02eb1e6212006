import type { LocalizedText, ProjectStage, ProjectStatus, SeekingKind } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FUNDING_BUCKETS, SCORE_BUCKETS, SEEKING_BITS, bucketKey } from '../audience';
import { CursorKey, decodeKeysetCursor, encodeKeysetCursor, queryFingerprint } from '../query/search-cursor';
import {
  FACET_NAMES,
  FacetCounts,
  FacetName,
  ProjectSearchDoc,
  SearchHealth,
  SearchHitDoc,
  SearchPort,
  SearchQuery,
  SearchResult,
  SearchWriteContext,
} from '../search.types';
import { UPSERT_SQL, documentRow } from './postgres-search.rows';
import {
  FACET_COLUMNS,
  FACET_SETS,
  Statement,
  StatementOptions,
  countsStatement,
  hitsStatement,
  sortKeys,
  typoCandidatesStatement,
} from './postgres-search.sql';

interface HitRow {
  project_id: string;
  competition_id: string;
  field_code: string | null;
  status: ProjectStatus;
  title: LocalizedText;
  summary: LocalizedText;
  city: string | null;
  full: boolean;
  trl: number | null;
  stage: ProjectStage | null;
  seeking_mask: number;
  funding_usd_minor: string | null;
  score: number | null;
  rank_in_field: number | null;
  award_place: number | null;
  [key: `k${number}`]: CursorKey;
}

type CountRow = Record<string, string | number | null> & { grouping_set?: number; n: number };

const BATCH = 250;
const CACHE_ENTRIES = 500;
/** From this many matches on, a SCORE or NEWEST page is found by walking a sort index (see StatementOptions). */
const MANY_MATCHES = 10_000;
/** At most this many look-alike titles per misspelt word. */
const TYPO_CANDIDATES = 200;

interface CachedCounts {
  at: number;
  version: number;
  total: number;
  facets: FacetCounts | null;
}

function seekingOf(mask: number): SeekingKind[] {
  return (Object.entries(SEEKING_BITS) as Array<[SeekingKind, number]>)
    .filter(([, bit]) => mask & bit)
    .map(([k]) => k);
}

function facetValue(facet: FacetName, value: string): string | null {
  if (facet === 'FUNDING') return bucketKey(FUNDING_BUCKETS, Number(value));
  if (facet === 'SCORE') return bucketKey(SCORE_BUCKETS, Number(value));
  return value;
}

/**
 * The PostgreSQL search engine (default; also on PGlite): full-text search over
 * `project_search_documents`, kept by the outbox worker. Writes go through the manager of the
 * caller's transaction when given one.
 */
@Injectable()
export class PostgresSearchAdapter implements SearchPort {
  readonly name = 'postgres';
  /**
   * Totals and facet counts of recent searches (hits are always fresh): paging and repeated searches
   * skip the counting scan. Exact within this process (every write through this adapter, and the
   * worker after each commit, invalidates it); other processes' writes show after `countsCacheMs`.
   */
  countsCacheMs = 10_000;
  private readonly counts = new Map<string, CachedCounts>();
  private version = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  invalidateCounts(): void {
    this.version += 1;
    this.counts.clear();
  }

  async init(): Promise<void> {
    // The table and its indexes come with the migrations.
  }

  private runner(context?: SearchWriteContext): EntityManager {
    return context?.manager ?? this.dataSource.manager;
  }

  async upsert(docs: ProjectSearchDoc[], context?: SearchWriteContext): Promise<void> {
    const manager = this.runner(context);
    // Drafts never enter the index, whoever hands them over.
    await this.remove(
      docs.filter((d) => d.status === 'DRAFT').map((d) => d.projectId),
      context,
    );
    const indexable = docs.filter((d) => d.status !== 'DRAFT');
    for (let i = 0; i < indexable.length; i += BATCH) {
      const rows = indexable.slice(i, i + BATCH).map((d) => documentRow(d));
      await manager.query(UPSERT_SQL, [JSON.stringify(rows)]);
    }
    this.invalidateCounts();
  }

  async remove(projectIds: string[], context?: SearchWriteContext): Promise<void> {
    if (!projectIds.length) return;
    await this.runner(context).query(
      'DELETE FROM project_search_documents WHERE project_id = ANY($1::uuid[])',
      [projectIds],
    );
    this.invalidateCounts();
  }

  async clear(context?: SearchWriteContext): Promise<void> {
    await this.runner(context).query('DELETE FROM project_search_documents');
    this.invalidateCounts();
  }

  async health(): Promise<SearchHealth> {
    try {
      await this.dataSource.query('SELECT 1 FROM project_search_documents LIMIT 1');
      return { up: true };
    } catch (error) {
      return { up: false, detail: (error as Error).message };
    }
  }

  async documentCount(): Promise<number> {
    const [{ n }] = await this.dataSource.query('SELECT count(*)::int AS n FROM project_search_documents');
    return n;
  }

  /** The two statements of a search (hits, counts): the benchmark times them raw. */
  statements(query: SearchQuery, options: StatementOptions = { typos: null }): [Statement, Statement] {
    const fingerprint = queryFingerprint(query);
    const types = sortKeys(query, query.text?.groups.length ? 'tier' : null).map((k) => k.type);
    const cursor = query.after ? decodeKeysetCursor(query.after, fingerprint, types) : null;
    return [hitsStatement(query, cursor, options), countsStatement(query, options)];
  }

  /**
   * Runs the hits and the counts side by side. Typo-tolerant matching of names is a fallback: only
   * when the words themselves match nothing (it would otherwise blur every search).
   */
  async search(query: SearchQuery): Promise<SearchResult> {
    const result = await this.run(query, { typos: null });
    if (result.total > 0 || !query.text?.groups.some((g) => g.fuzzy)) return result;
    const typos = await this.typoCandidates(query);
    return typos.size ? this.run(query, { typos }) : result;
  }

  /** For each group with a typo-tolerant word: the visible projects with a title like it. */
  async typoCandidates(query: SearchQuery): Promise<Map<number, string[]>> {
    const candidates = new Map<number, string[]>();
    for (const [i, group] of (query.text?.groups ?? []).entries()) {
      if (!group.fuzzy) continue;
      const statement = typoCandidatesStatement(query.audience, group.fuzzy, TYPO_CANDIDATES);
      const rows: Array<{ project_id: string }> = await this.dataSource.query(
        statement.text,
        statement.params,
      );
      if (rows.length)
        candidates.set(
          i,
          rows.map((r) => r.project_id),
        );
    }
    return candidates;
  }

  private async run(query: SearchQuery, options: StatementOptions): Promise<SearchResult> {
    const key = `${queryFingerprint({ ...query, sort: 'NEWEST' })}|${options.typos ? 'typos' : ''}|${query.facets}`;
    const cached = this.counts.get(key);
    const fresh = cached && cached.version === this.version && Date.now() - cached.at < this.countsCacheMs;
    const version = this.version;
    const manyMatches = !!fresh && (cached as CachedCounts).total > MANY_MATCHES;
    const [hits, counts] = this.statements(query, { ...options, manyMatches });
    const [hitRows, countRows] = (await Promise.all([
      this.dataSource.query(hits.text, hits.params),
      fresh ? null : this.dataSource.query(counts.text, counts.params),
    ])) as [HitRow[], CountRow[] | null];
    const page = hitRows.slice(0, query.first);
    const last = page.at(-1);
    const keyCount = Object.keys(last ?? {}).filter((k) => /^k\d+$/.test(k)).length;
    const nextCursor =
      hitRows.length > query.first && last
        ? encodeKeysetCursor(
            queryFingerprint(query),
            Array.from({ length: keyCount }, (_, i) => last[`k${i}`]),
          )
        : null;
    let counted: CachedCounts;
    if (countRows) {
      counted = { ...this.countsOf(countRows, query), at: Date.now(), version };
      if (this.countsCacheMs > 0 && version === this.version) {
        if (this.counts.size >= CACHE_ENTRIES) this.counts.delete(this.counts.keys().next().value as string);
        this.counts.set(key, counted);
      }
    } else {
      counted = cached as CachedCounts;
    }
    return { hits: page.map((r) => this.hitOf(r)), total: counted.total, facets: counted.facets, nextCursor };
  }

  private hitOf(row: HitRow): SearchHitDoc {
    return {
      projectId: row.project_id,
      competitionId: row.competition_id,
      fieldCode: row.field_code,
      status: row.status,
      title: row.title ?? {},
      summary: row.summary ?? {},
      city: row.city,
      trl: row.trl,
      stage: row.stage,
      seeking: row.full ? seekingOf(row.seeking_mask) : null,
      fundingUsdMinor: row.funding_usd_minor === null ? null : Number(row.funding_usd_minor),
      score: row.score,
      rankInField: row.rank_in_field,
      awardPlace: row.award_place,
    };
  }

  /** Sums the counted combinations into facets (see countsStatement). */
  private countsOf(rows: CountRow[], query: SearchQuery): { total: number; facets: FacetCounts | null } {
    if (!query.facets) return { total: rows[0]?.n ?? 0, facets: null };
    const cityRows = rows.filter((r) => Number(r.grouping_set) === FACET_SETS.length - 1);
    const total = cityRows.reduce((sum, r) => sum + r.n, 0);
    const active = new Set(
      Object.keys(rows[0] ?? {})
        .filter((k) => k.startsWith('n_'))
        .map((k) => k.slice(2).toUpperCase()),
    );
    const sums = new Map<FacetName, Map<string, number>>(FACET_NAMES.map((n) => [n, new Map()]));
    const add = (facet: FacetName, value: string | null, count: number) => {
      if (value === null || count <= 0) return;
      const values = sums.get(facet) as Map<string, number>;
      values.set(value, (values.get(value) ?? 0) + count);
    };
    for (const row of rows) {
      for (const facet of FACET_SETS[Number(row.grouping_set)] ?? []) {
        const count = active.has(facet) ? Number(row[`n_${facet.toLowerCase()}`]) : row.n;
        const raw = row[FACET_COLUMNS[facet]];
        if (raw === null || raw === undefined) continue;
        if (facet === 'SEEKING') {
          for (const [kind, bit] of Object.entries(SEEKING_BITS))
            if (Number(raw) & bit) add(facet, kind, count);
        } else {
          add(facet, facetValue(facet, String(raw)), count);
        }
      }
    }
    const facets = Object.fromEntries(
      FACET_NAMES.map((n) => [n, [...(sums.get(n) ?? [])].map(([value, count]) => ({ value, count }))]),
    ) as unknown as FacetCounts;
    return { total, facets };
  }
}
