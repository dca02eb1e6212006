import type { Env } from '../config/env.schema';

export interface SavedSearchSettings {
  /** Pause between alert runs (0: this process runs no alerts and no digests). */
  alertIntervalMs: number;
  /** Pause between checks for due digests (0: none). */
  digestIntervalMs: number;
}

export function savedSearchSettings(env: Env): SavedSearchSettings {
  return {
    alertIntervalMs: env.SAVED_SEARCH_ALERT_INTERVAL_MS,
    digestIntervalMs: env.SAVED_SEARCH_DIGEST_INTERVAL_MS,
  };
}
