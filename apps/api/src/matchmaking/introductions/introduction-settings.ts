import type { Env } from '../../config/env.schema';

export interface IntroductionSettings {
  /** Days a request stays open. */
  expiryDays: number;
  /** Pause between expiry runs (0: this process runs none). */
  expiryIntervalMs: number;
}

export const DEFAULT_INTRODUCTION_SETTINGS: IntroductionSettings = { expiryDays: 14, expiryIntervalMs: 0 };

export function introductionSettings(env: Env): IntroductionSettings {
  return { expiryDays: env.INTRODUCTION_EXPIRY_DAYS, expiryIntervalMs: env.INTRODUCTION_EXPIRY_INTERVAL_MS };
}
