import type { Locale } from '@bridge/contracts';

/** The currencies landing offers are shown in: the park's (CNY) and a comparable one (USD). */
export type OfferCurrency = 'CNY' | 'USD';

/** An amount in minor units (fen, cents) in the UI language, whole units: 150000000 → "¥1,500,000". */
export function formatMinor(amountMinor: number, currency: OfferCurrency, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(amountMinor / 100);
}

/** A small amount in major units with up to two decimals (rent subsidies per m² per month): "¥35.5". */
export function formatMajor(amount: number, currency: OfferCurrency, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** A plain number in the UI language (m², months). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** Whole yuan typed in a form → fen for the API; empty or invalid → null. */
export function yuanToMinor(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value.replace(/[\s\u00a0,]/g, '') : null;
  if (text === '') return null;
  const number = text === null ? (value as number) : Number(text);
  if (!Number.isFinite(number) || number < 0) return null;
  return Math.round(number * 100);
}

/** Fen from the API → yuan for a form. */
export function minorToYuan(minor: number | null | undefined): number | null {
  return minor === null || minor === undefined ? null : minor / 100;
}
