import { audienceView } from '../../src/search/audience';
import type {
  ProjectSearchDoc,
  SearchHealth,
  SearchPort,
  SearchQuery,
  SearchResult,
} from '../../src/search/search.types';

/**
 * A stand-in for an external search engine (Meilisearch) in tests: it keeps documents in memory,
 * fails on demand, and counts writes. Its search lists what the audience may see (no text).
 */
export class MemorySearchPort implements SearchPort {
  readonly name = 'memory';
  readonly docs = new Map<string, ProjectSearchDoc>();
  failing = false;
  writes = 0;
  failures = 0;

  private check(): void {
    if (this.failing) {
      this.failures += 1;
      throw new Error('search engine unreachable (test)');
    }
  }

  async init(): Promise<void> {
    this.check();
  }

  async upsert(docs: ProjectSearchDoc[]): Promise<void> {
    this.check();
    for (const doc of docs) {
      if (doc.status === 'DRAFT') this.docs.delete(doc.projectId);
      else this.docs.set(doc.projectId, doc);
      this.writes += 1;
    }
  }

  async remove(projectIds: string[]): Promise<void> {
    this.check();
    for (const id of projectIds) this.docs.delete(id);
  }

  async clear(): Promise<void> {
    this.check();
    this.docs.clear();
  }

  async health(): Promise<SearchHealth> {
    return { up: !this.failing };
  }

  async documentCount(): Promise<number> {
    this.check();
    return this.docs.size;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    this.check();
    const visible = [...this.docs.values()].filter((d) => audienceView(d, query.audience).visible);
    return {
      hits: visible.slice(0, query.first).map((d) => {
        const view = audienceView(d, query.audience);
        return {
          projectId: d.projectId,
          competitionId: d.competitionId,
          fieldCode: d.fieldCode,
          status: d.status,
          title: d.title,
          summary: d.summary,
          city: d.city,
          trl: view.trl,
          stage: view.stage,
          seeking: view.full ? view.seeking : null,
          fundingUsdMinor: view.fundingUsdMinor,
          score: view.score,
          rankInField: view.rankInField,
          awardPlace: view.awardPlace,
        };
      }),
      total: visible.length,
      facets: null,
      nextCursor: null,
    };
  }
}
