import type { Locale } from '@bridge/contracts';

/**
 * Ticket sizes: typed in whole US dollars, sent and stored in USD cents (as the search's
 * `fundingUsdMin`/`fundingUsdMax` and the hits' `fundingAskUsdMinor`).
 */

/** Dollars typed in the form → cents for the API: 250000 → 25000000. Empty → null (an open end). */
export function usdToCents(dollars: number | string | null | undefined): number | null {
  if (dollars === null || dollars === undefined) return null;
  const text = typeof dollars === 'string' ? dollars.replace(/[\s\u00a0,]/g, '') : null;
  if (text === '') return null;
  const value = text === null ? (dollars as number) : Number(text);
  if (!Number.isFinite(value) || value < 0) return null;
  return Math.round(value * 100);
}

/** Cents from the API → dollars for the form: 25000000 → 250000. */
export function centsToUsd(cents: number | null | undefined): number | null {
  return cents === null || cents === undefined ? null : cents / 100;
}

/** An amount in USD cents in the UI language, whole dollars: 25000000 → "$250,000" (en). */
export function formatUsdCents(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  }).format(cents / 100);
}
