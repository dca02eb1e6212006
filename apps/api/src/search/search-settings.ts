import type { Env } from '../config/env.schema';

/**
 * Settings of the search feature, from the variables declared in env.schema.ts (see docs/search.md).
 */
export interface SearchSettings {
  /** Pause between polls of the outbox when it is empty. */
  outboxIntervalMs: number;
  /** Outbox rows per worker transaction. */
  outboxBatchSize: number;
  /** Run the outbox worker in this process. */
  workerEnabled: boolean;
  /** First retry delay after a failure; doubles per attempt up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Pause between sweeps for documents out of step with the database (0: none). */
  sweepIntervalMs: number;
  /** How long totals and facet counts of a search may be reused (0: never). */
  countsCacheMs: number;
  meiliUrl: string | null;
  meiliApiKey: string | null;
  meiliIndex: string;
}

export function searchSettings(env: Env): SearchSettings {
  return {
    outboxIntervalMs: env.SEARCH_OUTBOX_INTERVAL_MS,
    outboxBatchSize: env.SEARCH_OUTBOX_BATCH_SIZE,
    workerEnabled: env.SEARCH_WORKER_ENABLED,
    retryBaseMs: 1_000,
    retryMaxMs: env.SEARCH_RETRY_MAX_MS,
    sweepIntervalMs: env.SEARCH_SWEEP_INTERVAL_MS,
    countsCacheMs: env.SEARCH_COUNTS_CACHE_MS,
    meiliUrl: env.MEILI_URL ?? null,
    meiliApiKey: env.MEILI_API_KEY ?? null,
    meiliIndex: env.MEILI_INDEX,
  };
}
