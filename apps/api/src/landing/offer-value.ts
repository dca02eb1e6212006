import {
  LANDING_LIMITS,
  REFERENCE_RENT_CNY_MINOR_PER_SQM_MONTH,
  usdEquivalentMinor,
} from '@bridge/contracts';
import type { LandingSpaceType, OfferValuePart } from '@bridge/contracts';

/** The money terms of an offer (CNY fen). */
export interface OfferMoney {
  spaceSqm: number | null;
  spaceType: LandingSpaceType | null;
  rentFreeMonths: number | null;
  /** Subsidy per m² per month, for year 1, 2, … of the stay. */
  rentSubsidyPerSqmMonthByYear: readonly number[];
  cashGrantCnyMinor: number | null;
}

export interface OfferValue {
  cnyMinor: number;
  usdMinor: number;
  breakdown: Array<{ key: OfferValuePart; cnyMinor: number }>;
}

/**
 * One comparable figure for an offer: what its money is worth to a start-up over its first 36
 * months (LANDING_LIMITS.valueMonths), for a space of `sqm` m² (default: the offer's own space).
 *
 *   RENT_FREE             = min(rentFreeMonths, 36) × reference rent of the space type × m²
 *   RENT_SUBSIDY_YEAR_y   = subsidy of year y × m² × the months of year y after the free months
 *                           (y = 1, 2, 3; a year the offer gives no subsidy for counts 0)
 *   CASH_GRANT            = the cash grants, once
 *   total (CNY fen)       = the sum of the parts; USD cents at the shared reference rate
 *
 * The reference rent is REFERENCE_RENT_CNY_MINOR_PER_SQM_MONTH (office when no type is given).
 * Subsidies are not capped at the reference rent: a park may pay more than the rent.
 */
export function offerValue(offer: OfferMoney, sqm: number | null = offer.spaceSqm): OfferValue {
  const area = Math.max(0, sqm ?? 0);
  const months = LANDING_LIMITS.valueMonths;
  const freeMonths = Math.min(Math.max(0, offer.rentFreeMonths ?? 0), months);
  const rent = REFERENCE_RENT_CNY_MINOR_PER_SQM_MONTH[offer.spaceType ?? 'OFFICE'];
  const parts: OfferValue['breakdown'] = [
    { key: 'RENT_FREE', cnyMinor: Math.round(freeMonths * rent * area) },
  ];
  (['RENT_SUBSIDY_YEAR_1', 'RENT_SUBSIDY_YEAR_2', 'RENT_SUBSIDY_YEAR_3'] as const).forEach((key, year) => {
    const paidMonths = Math.max(0, 12 - Math.max(0, freeMonths - year * 12));
    const subsidy = Math.max(0, offer.rentSubsidyPerSqmMonthByYear[year] ?? 0);
    parts.push({ key, cnyMinor: Math.round(subsidy * area * paidMonths) });
  });
  parts.push({ key: 'CASH_GRANT', cnyMinor: Math.max(0, offer.cashGrantCnyMinor ?? 0) });
  const cnyMinor = parts.reduce((sum, part) => sum + part.cnyMinor, 0);
  return { cnyMinor, usdMinor: usdEquivalentMinor(cnyMinor, 'CNY'), breakdown: parts };
}
