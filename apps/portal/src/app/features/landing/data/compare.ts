import {
  LANDING_SERVICE_CODES,
  LANDING_SPACE_TYPES,
  LandingServiceCode,
  LandingSpaceType,
  Locale,
  LocalizedText,
  OFFER_VALUE_PARTS,
  OfferValuePart,
  resolveText,
} from '@bridge/contracts';
import type { TranslationKey, TranslationParams } from '../../../core/i18n';
import { formatMajor, formatMinor, formatNumber } from './money';
import type { OfferView } from './landing.types';

/** How many offers the comparison takes. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 3;

export interface CompareContext {
  t(key: TranslationKey, params?: TranslationParams): string;
  locale: Locale;
  /** Formats an ISO date (the deadline) in the UI language. */
  date(iso: string): string;
}

export interface CompareRow {
  key: string;
  label: string;
  cells: string[];
  /** A part of the three-year value (indented under it). */
  part?: boolean;
  /** Index of the column with the highest value in a money row, if one stands out. */
  best?: number | null;
}

export interface CompareTable {
  columns: { id: string; title: string; park: string }[];
  rows: CompareRow[];
}

const DASH = '—';
const isSpaceType = (value: unknown): value is LandingSpaceType =>
  LANDING_SPACE_TYPES.includes(value as LandingSpaceType);
export const isValuePart = (key: string): key is OfferValuePart =>
  (OFFER_VALUE_PARTS as readonly string[]).includes(key);
export const isServiceCode = (code: string): code is LandingServiceCode =>
  (LANDING_SERVICE_CODES as readonly string[]).includes(code);

function text(value: LocalizedText | null | undefined, locale: Locale): string {
  return resolveText(value, locale)?.text ?? DASH;
}

/** The index of the single largest value; null when none or a tie at the top. */
function bestOf(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const max = Math.max(...values);
  const at = values.flatMap((v, i) => (v === max ? [i] : []));
  return at.length === 1 && max > 0 ? at[0] : null;
}

/** The ids of `?ids=a,b,c`: trimmed, each once, at most three. */
export function parseCompareIds(value: string | null | undefined): string[] {
  const ids = (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return [...new Set(ids)].slice(0, COMPARE_MAX);
}

/** Toggles an offer in the selection, never beyond three. */
export function toggleSelection(selected: readonly string[], id: string): string[] {
  if (selected.includes(id)) return selected.filter((s) => s !== id);
  return selected.length >= COMPARE_MAX ? [...selected] : [...selected, id];
}

/** Rent subsidies per year (fen per m² per month): "year 1: ¥40 · year 2: ¥30". */
export function subsidiesText(byYear: readonly number[], context: CompareContext): string {
  if (!byYear.length) return DASH;
  return byYear
    .map((amount, index) =>
      context.t('landing.compare.subsidyYear', {
        year: index + 1,
        amount: formatMajor(amount / 100, 'CNY', context.locale),
      }),
    )
    .join(' · ');
}

/** Services: the listed ones translated, then the park's note. */
export function servicesText(
  offer: Pick<OfferView, 'services' | 'servicesNote'>,
  context: CompareContext,
): string {
  const listed = offer.services.map((code) =>
    isServiceCode(code) ? context.t(`landing.service.${code}`) : code,
  );
  const note = resolveText(offer.servicesNote, context.locale)?.text;
  const parts = [
    listed.length ? new Intl.ListFormat(context.locale, { type: 'unit' }).format(listed) : '',
    note ?? '',
  ];
  return parts.filter(Boolean).join('. ') || DASH;
}

/**
 * The side-by-side comparison: one column per offer, one row per aspect (space, rent-free months,
 * subsidies per year, grants, incentives, support, services, deadline) and the three-year value in
 * CNY and USD with its parts. Missing values show as "—".
 */
export function compareTable(offers: readonly OfferView[], context: CompareContext): CompareTable {
  const { t, locale } = context;
  const row = (key: string, label: TranslationKey, cell: (offer: OfferView) => string): CompareRow => ({
    key,
    label: t(label),
    cells: offers.map(cell),
  });
  const present = new Set(offers.flatMap((offer) => offer.threeYearValue.breakdown.map((part) => part.key)));
  // In the API's order; unknown parts after the known ones.
  const partKeys = [
    ...OFFER_VALUE_PARTS.filter((key) => present.has(key)),
    ...[...present].filter((k) => !isValuePart(k)),
  ];
  const rows: CompareRow[] = [
    row('space', 'landing.compare.space', (o) =>
      o.spaceSqm
        ? t('landing.compare.spaceValue', {
            sqm: formatNumber(o.spaceSqm, locale),
            type: isSpaceType(o.spaceType) ? t(`landing.spaceType.${o.spaceType}`) : '',
          }).trim()
        : DASH,
    ),
    row('rentFreeMonths', 'landing.compare.rentFreeMonths', (o) =>
      o.rentFreeMonths ? formatNumber(o.rentFreeMonths, locale) : DASH,
    ),
    row('subsidies', 'landing.compare.subsidies', (o) =>
      subsidiesText(o.rentSubsidyPerSqmMonthByYear, context),
    ),
    {
      ...row('cashGrant', 'landing.compare.cashGrant', (o) =>
        o.cashGrantCnyMinor ? formatMinor(o.cashGrantCnyMinor, 'CNY', locale) : DASH,
      ),
      best: bestOf(offers.map((o) => o.cashGrantCnyMinor ?? 0)),
    },
    row('taxIncentives', 'landing.compare.taxIncentives', (o) => text(o.taxIncentives, locale)),
    row('talentSupport', 'landing.compare.talentSupport', (o) => text(o.talentSupport, locale)),
    row('housingSupport', 'landing.compare.housingSupport', (o) => text(o.housingSupport, locale)),
    row('services', 'landing.compare.services', (o) => servicesText(o, context)),
    row('deadline', 'landing.compare.deadline', (o) => (o.deadline ? context.date(o.deadline) : DASH)),
    {
      ...row('valueCny', 'landing.compare.valueCny', (o) =>
        formatMinor(o.threeYearValue.cnyMinor, 'CNY', locale),
      ),
      best: bestOf(offers.map((o) => o.threeYearValue.cnyMinor)),
    },
    ...partKeys.map((key): CompareRow => ({
      key: `part:${key}`,
      label: isValuePart(key) ? t(`landing.valuePart.${key}`) : key,
      part: true,
      cells: offers.map((o) => {
        const part = o.threeYearValue.breakdown.find((p) => p.key === key);
        return part ? formatMinor(part.cnyMinor, 'CNY', locale) : DASH;
      }),
    })),
    {
      ...row('valueUsd', 'landing.compare.valueUsd', (o) =>
        formatMinor(o.threeYearValue.usdMinor, 'USD', locale),
      ),
      best: bestOf(offers.map((o) => o.threeYearValue.usdMinor)),
    },
  ];
  return {
    columns: offers.map((o) => ({ id: o.id, title: text(o.title, locale), park: text(o.park.name, locale) })),
    rows,
  };
}
