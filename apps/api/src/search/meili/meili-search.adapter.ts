import type { LocalizedText, ProjectStage, ProjectStatus, SeekingKind } from '@bridge/contracts';
import { FUNDING_BUCKETS, SCORE_BUCKETS, bucketKey } from '../audience';
import type { AnalyzedQuery } from '../query/query-analyzer';
import { decodeOffsetCursor, encodeOffsetCursor, queryFingerprint } from '../query/search-cursor';
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
} from '../search.types';
import { lightStem } from '../text/stemmer';
import { MeiliClientLike, MeiliSearchParams, MeiliSearchResponse, MeiliTask } from './meili-client';
import { MEILI_MAX_TOTAL_HITS, SEARCH_ON, meiliDocument, meiliSettings } from './meili-documents';
import { MEILI_ATTRIBUTES, buildFilter, facetAttribute, filterConditions } from './meili-filter';

const WAIT = { timeout: 15_000, interval: 25 };
const BATCH = 1000;

async function done(task: Promise<MeiliTask>): Promise<void> {
  const result = await task;
  if (result.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${result.status}: ${result.error?.message ?? 'no detail'}`);
  }
}

/**
 * The text Meilisearch searches for: words replaced by their light stems (documents carry stems
 * beside the texts, since Meilisearch does not stem), Chinese as written (it segments Chinese).
 */
export function meiliQueryText(text: AnalyzedQuery | null): string {
  if (!text) return '';
  return text.groups
    .map((g) => (g.hanText ? g.hanText : g.words.map((w) => lightStem(w)).join(' ')))
    .join(' ')
    .slice(0, 500);
}

/**
 * The Meilisearch engine (production): one index, settings applied by `init`. Visibility and every
 * filter are in the `filter` of each query; facets are disjunctive (one extra query per facet whose
 * filter is set, all in one multi-search request).
 */
export class MeiliSearchAdapter implements SearchPort {
  readonly name = 'meilisearch';

  constructor(
    private readonly client: MeiliClientLike,
    private readonly indexUid: string,
  ) {}

  async init(): Promise<void> {
    const created = await this.client.createIndex(this.indexUid, { primaryKey: 'id' }).waitTask(WAIT);
    if (created.status === 'failed' && created.error?.code !== 'index_already_exists') {
      throw new Error(`Meilisearch index: ${created.error?.message ?? 'cannot be created'}`);
    }
    await done(
      this.client
        .index(this.indexUid)
        .updateSettings(meiliSettings())
        .waitTask({ ...WAIT, timeout: 60_000 }),
    );
  }

  async upsert(docs: ProjectSearchDoc[]): Promise<void> {
    // Drafts never enter the index, whoever hands them over.
    await this.remove(docs.filter((d) => d.status === 'DRAFT').map((d) => d.projectId));
    const indexable = docs.filter((d) => d.status !== 'DRAFT');
    for (let i = 0; i < indexable.length; i += BATCH) {
      const batch = indexable.slice(i, i + BATCH).map((d) => meiliDocument(d));
      await done(this.client.index(this.indexUid).addDocuments(batch, { primaryKey: 'id' }).waitTask(WAIT));
    }
  }

  async remove(projectIds: string[]): Promise<void> {
    if (!projectIds.length) return;
    await done(this.client.index(this.indexUid).deleteDocuments(projectIds).waitTask(WAIT));
  }

  async clear(): Promise<void> {
    await done(this.client.index(this.indexUid).deleteAllDocuments().waitTask(WAIT));
  }

  async drop(): Promise<void> {
    await this.client.deleteIndex(this.indexUid).waitTask(WAIT);
  }

  async health(): Promise<SearchHealth> {
    try {
      const { status } = await this.client.health();
      return { up: status === 'available', detail: status };
    } catch (error) {
      return { up: false, detail: (error as Error).message };
    }
  }

  async documentCount(): Promise<number> {
    return (await this.client.index(this.indexUid).getStats()).numberOfDocuments;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const fingerprint = queryFingerprint(query);
    const offset = query.after ? decodeOffsetCursor(query.after, fingerprint, MEILI_MAX_TOTAL_HITS) : 0;
    const q = meiliQueryText(query.text);
    const common: MeiliSearchParams & { indexUid: string } = {
      indexUid: this.indexUid,
      q,
      attributesToSearchOn: SEARCH_ON[query.audience],
      matchingStrategy: 'all',
    };
    const active = Object.keys(filterConditions(query.filters, query.audience)) as FacetName[];
    const passive = query.facets ? FACET_NAMES.filter((f) => !active.includes(f)) : [];
    const facetAttributes = (names: FacetName[]) =>
      names.map((f) => facetAttribute(f, query.audience)).filter((a): a is string => !!a);
    const main: MeiliSearchParams & { indexUid: string } = {
      ...common,
      filter: buildFilter(query.filters, query.audience),
      sort: this.sortOf(query, q),
      // Page mode gives exact totals (up to maxTotalHits); an offset that is not a multiple of the
      // page size (the page size changed) pages by offset, with an estimated total.
      ...(offset % query.first === 0
        ? { page: offset / query.first + 1, hitsPerPage: query.first }
        : { offset, limit: query.first }),
      facets: facetAttributes(passive),
    };
    const disjunctive = query.facets
      ? active
          .filter((f) => facetAttribute(f, query.audience))
          .map((f) => ({
            ...common,
            filter: buildFilter(query.filters, query.audience, f),
            hitsPerPage: 0,
            facets: facetAttributes([f]),
          }))
      : [];
    const { results } = await this.client.multiSearch({ queries: [main, ...disjunctive] });
    const [first, ...others] = results;
    const total = first.totalHits ?? first.estimatedTotalHits ?? 0;
    const next = offset + query.first;
    return {
      hits: first.hits.map((h) => this.hitOf(h, query)),
      total,
      facets: query.facets ? this.facetsOf(query, [first, ...others]) : null,
      nextCursor: next < Math.min(total, MEILI_MAX_TOTAL_HITS) ? encodeOffsetCursor(fingerprint, next) : null,
    };
  }

  private sortOf(query: SearchQuery, q: string): string[] | undefined {
    const score = MEILI_ATTRIBUTES[query.audience].score;
    if (query.sort === 'NEWEST') return ['createdAt:desc'];
    if (query.sort === 'SCORE' || !q) return [...(score ? [`${score}:desc`] : []), 'createdAt:desc'];
    return undefined;
  }

  private facetsOf(query: SearchQuery, responses: MeiliSearchResponse[]): FacetCounts {
    const facets = Object.fromEntries(FACET_NAMES.map((n) => [n, []])) as unknown as FacetCounts;
    for (const response of responses) {
      for (const name of FACET_NAMES) {
        const attribute = facetAttribute(name, query.audience);
        const distribution = attribute ? response.facetDistribution?.[attribute] : undefined;
        if (!distribution || facets[name].length) continue;
        for (const [raw, count] of Object.entries(distribution)) {
          const value =
            name === 'FUNDING'
              ? bucketKey(FUNDING_BUCKETS, Number(raw))
              : name === 'SCORE'
                ? bucketKey(SCORE_BUCKETS, Number(raw))
                : raw;
          if (value !== null && count > 0) facets[name].push({ value, count });
        }
      }
    }
    return facets;
  }

  private hitOf(hit: Record<string, unknown>, query: SearchQuery): SearchHitDoc {
    const a = MEILI_ATTRIBUTES[query.audience];
    const read = <T>(name: string | null): T | null => (name ? ((hit[name] as T | undefined) ?? null) : null);
    const parse = (value: unknown): LocalizedText => {
      try {
        return typeof value === 'string' ? (JSON.parse(value) as LocalizedText) : {};
      } catch {
        return {};
      }
    };
    const full =
      query.audience === 'ORGANIZER' || (query.audience === 'MARKET' && hit['marketFull'] === true);
    return {
      projectId: String(hit['id']),
      competitionId: String(hit['competitionId']),
      fieldCode: read<string>('fieldCode'),
      status: hit['status'] as ProjectStatus,
      title: parse(hit['title']),
      summary: parse(hit['summary']),
      city: read<string>('city'),
      trl: read<number>(a.trl),
      stage: read<ProjectStage>(a.stage),
      seeking: full ? (read<SeekingKind[]>(a.seeking) ?? []) : null,
      fundingUsdMinor: read<number>(a.funding),
      score: read<number>(a.score),
      rankInField: read<number>(
        query.audience === 'ORGANIZER' ? 'rankInField' : query.audience === 'MARKET' ? 'm_rankInField' : null,
      ),
      awardPlace: read<number>(a.award),
    };
  }
}
