import { Locale } from '@bridge/contracts';

/** A number in the UI language; `digits` fixes the decimals (e.g. 1 for qualities). */
export function formatNumber(value: number | null | undefined, locale: Locale, digits?: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const options: Intl.NumberFormatOptions =
    digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return new Intl.NumberFormat(locale, options).format(value);
}

/** A share 0–1 as a percentage in the UI language. */
export function formatPercent(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/**
 * A calendar day of the API ('YYYY-MM-DD', no time zone) in the UI language. Formatted in UTC so that
 * the day stays the same in every time zone.
 */
export function formatDay(value: string | null | undefined, locale: Locale): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '';
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** "a, b and c" (or "a, b or c") in the UI language. */
export function formatList(
  items: readonly string[],
  locale: Locale,
  type: 'conjunction' | 'disjunction',
): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}

/** An amount in minor units (kopecks, fen, cents) with its currency, in the UI language. */
export function formatMoney(money: { amountMinor: number; currency: string }, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    maximumFractionDigits: 0,
  }).format(money.amountMinor / 100);
}

/** A file size in kB or MB, in the UI language. */
export function formatBytes(bytes: number, locale: Locale): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(megabytes ? bytes / (1024 * 1024) : Math.max(0.1, bytes / 1024));
}
