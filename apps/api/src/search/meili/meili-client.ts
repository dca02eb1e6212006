/**
 * The part of the official `meilisearch` client (0.5x/0.6x, ESM-only) that Bridge uses, typed here
 * so the API compiles and runs without the package; it is loaded with a dynamic import only when
 * MEILI_URL is set.
 */
export interface MeiliTask {
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';
  error?: { message?: string; code?: string } | null;
}

export interface MeiliEnqueued extends Promise<unknown> {
  waitTask(options?: { timeout?: number; interval?: number }): Promise<MeiliTask>;
}

export interface MeiliSearchParams {
  q?: string;
  filter?: string[];
  sort?: string[];
  facets?: string[];
  page?: number;
  hitsPerPage?: number;
  offset?: number;
  limit?: number;
  attributesToSearchOn?: string[];
  attributesToRetrieve?: string[];
  matchingStrategy?: 'all' | 'last' | 'frequency';
}

export interface MeiliSearchResponse {
  hits: Array<Record<string, unknown>>;
  totalHits?: number;
  estimatedTotalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

export interface MeiliIndexLike {
  addDocuments(documents: object[], options?: { primaryKey?: string }): MeiliEnqueued;
  deleteDocuments(ids: string[]): MeiliEnqueued;
  deleteAllDocuments(): MeiliEnqueued;
  updateSettings(settings: object): MeiliEnqueued;
  getStats(): Promise<{ numberOfDocuments: number }>;
}

export interface MeiliClientLike {
  index(uid: string): MeiliIndexLike;
  createIndex(uid: string, options?: { primaryKey?: string }): MeiliEnqueued;
  deleteIndex(uid: string): MeiliEnqueued;
  health(): Promise<{ status: string }>;
  multiSearch(request: { queries: Array<MeiliSearchParams & { indexUid: string }> }): Promise<{
    results: MeiliSearchResponse[];
  }>;
}

type MeiliModule = Record<string, unknown>;
type ClientConstructor = new (config: { host: string; apiKey?: string; timeout?: number }) => MeiliClientLike;

/** The module's name in a variable, so neither TypeScript nor webpack resolve it at build time. */
const MODULE = 'meilisearch';

/** Creates a client of the installed `meilisearch` package; a clear error when it is missing. */
export async function createMeiliClient(host: string, apiKey: string | undefined): Promise<MeiliClientLike> {
  let module: MeiliModule;
  try {
    module = (await import(/* webpackIgnore: true */ MODULE)) as MeiliModule;
  } catch (error) {
    throw new Error(
      `MEILI_URL is set but the "meilisearch" package cannot be loaded: ${(error as Error).message}`,
    );
  }
  // 0.5x exports `MeiliSearch`; newer releases `Meilisearch` (and keep a default export in some).
  const constructor = (module['Meilisearch'] ??
    module['MeiliSearch'] ??
    (module['default'] as MeiliModule | undefined)?.['Meilisearch']) as ClientConstructor | undefined;
  if (typeof constructor !== 'function') throw new Error('the "meilisearch" package exports no client class');
  return new constructor({ host, apiKey, timeout: 5_000 });
}
