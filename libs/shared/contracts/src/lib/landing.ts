/**
 * Landing offers of science parks and the applications of start-ups to them (DESIGN.md §2): the
 * vocabulary the API and the portal share. Money is in minor units (fen for CNY, cents for USD).
 */

/** `DRAFT → OPEN → CLOSED`; only DRAFT and OPEN offers are edited, only OPEN ones take applications. */
export const LANDING_OFFER_STATUSES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export type LandingOfferStatus = (typeof LANDING_OFFER_STATUSES)[number];

export const LANDING_SPACE_TYPES = ['OFFICE', 'LAB', 'PRODUCTION'] as const;
export type LandingSpaceType = (typeof LANDING_SPACE_TYPES)[number];

/** Services a park offers besides space and money (the offer adds free text). */
export const LANDING_SERVICE_CODES = [
  'COMPANY_REGISTRATION',
  'LEGAL',
  'ACCOUNTING',
  'VISAS',
  'RECRUITING',
  'FINANCING',
  'PROTOTYPING',
  'MARKET_ACCESS',
  'IP_PROTECTION',
] as const;
export type LandingServiceCode = (typeof LANDING_SERVICE_CODES)[number];

/**
 * The eligibility rules an offer may set, in the order they are reported. A rule the offer does not
 * set is not reported.
 */
export const ELIGIBILITY_RULE_KEYS = ['COMPANY_AGE', 'STAGE', 'TRL', 'FUNDING_ASK', 'FIELD'] as const;
export type EligibilityRuleKey = (typeof ELIGIBILITY_RULE_KEYS)[number];

/**
 * `SUBMITTED → SHORTLISTED → INVITED | REJECTED`, `SUBMITTED → INVITED | REJECTED`, the start-up
 * withdraws any of SUBMITTED, SHORTLISTED, INVITED, and accepts an invitation (`INVITED → ACCEPTED`).
 */
export const LANDING_APPLICATION_STATUSES = [
  'SUBMITTED',
  'SHORTLISTED',
  'INVITED',
  'REJECTED',
  'WITHDRAWN',
  'ACCEPTED',
] as const;
export type LandingApplicationStatus = (typeof LANDING_APPLICATION_STATUSES)[number];

/** Who started an application: the start-up applied, or the park invited a project it found. */
export const LANDING_APPLICATION_ORIGINS = ['STARTUP', 'PARK'] as const;
export type LandingApplicationOrigin = (typeof LANDING_APPLICATION_ORIGINS)[number];

/** Project statuses that may apply to (or be invited to) an offer. */
export const LANDING_PROJECT_STATUSES = ['SUBMITTED', 'FINALIST', 'NOT_SELECTED', 'AWARDED'] as const;

/** Parts of the three-year figure of an offer (OfferValue.breakdown), in this order. */
export const OFFER_VALUE_PARTS = [
  'RENT_FREE',
  'RENT_SUBSIDY_YEAR_1',
  'RENT_SUBSIDY_YEAR_2',
  'RENT_SUBSIDY_YEAR_3',
  'CASH_GRANT',
] as const;
export type OfferValuePart = (typeof OFFER_VALUE_PARTS)[number];

/**
 * Reference rent used to value rent-free months, in CNY fen per m² per month, by space type (a
 * typical rent of a science-park space in a tier-2 Chinese city; an offer without a type counts as
 * office space).
 */
export const REFERENCE_RENT_CNY_MINOR_PER_SQM_MONTH: Readonly<Record<LandingSpaceType, number>> = {
  OFFICE: 9_000,
  LAB: 12_000,
  PRODUCTION: 4_500,
};

/** Limits of offers and applications, checked by the API and shown by the portal. */
export const LANDING_LIMITS = {
  messageMinLength: 20,
  messageMaxLength: 4000,
  rejectReasonMaxLength: 1000,
  cityMaxLength: 120,
  maxSpaceSqm: 100_000,
  maxRentFreeMonths: 60,
  /** Years of the stay a rent subsidy may be given for. */
  maxSubsidyYears: 10,
  maxServices: LANDING_SERVICE_CODES.length,
  maxFieldCodes: 20,
  maxCompanyAgeYears: 100,
  /** Start-up organisations told about one newly opened offer, at most. */
  notifyMaxOrganizations: 200,
  /** The three-year comparison covers this many months. */
  valueMonths: 36,
} as const;
