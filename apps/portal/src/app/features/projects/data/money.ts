import type { Currency, Locale } from '@bridge/contracts';

/** Minor units per major unit of each currency Bridge accepts (kopecks, fen, cents). */
const MINOR_PER_MAJOR = 100;

/**
 * The amount the API stores (integer minor units) for an amount typed in major units: 1 234.56 → 123456.
 * Empty or invalid input gives null; negative amounts are refused (null) as the API does.
 */
export function toMinorUnits(major: number | string | null | undefined): number | null {
  if (major === null || major === undefined) return null;
  const value =
    typeof major === 'number' ? major : Number(major.replace(/[\s\u00a0]/g, '').replace(',', '.'));
  if (!Number.isFinite(value) || value < 0 || (typeof major === 'string' && major.trim() === '')) return null;
  return Math.round(value * MINOR_PER_MAJOR);
}

/** The major-unit amount to show in a form for a stored minor-unit amount: 123456 → 1234.56. */
export function fromMinorUnits(minor: number | null | undefined): number | null {
  return minor === null || minor === undefined ? null : minor / MINOR_PER_MAJOR;
}

/** A stored amount for display, e.g. "¥1,500,000", "1 500 000 ₽", "$250,000.50". */
export function formatMoney(amountMinor: number, currency: Currency, locale: Locale): string {
  const major = amountMinor / MINOR_PER_MAJOR;
  const whole = Number.isInteger(major);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(major);
}
