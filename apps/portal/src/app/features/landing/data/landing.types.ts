import type {
  LandingApplicationOrigin,
  LandingApplicationStatus,
  LandingOfferStatus,
  LandingSpaceType,
  LocalizedText,
  OrganizationKind,
  ProjectStage,
  VerificationStatus,
} from '@bridge/contracts';

/**
 * What the landing screens show, in the shape of the API's `LandingOffer`, `Eligibility` and
 * `LandingApplication` (apps/api/schema.gql). The operations' generated types are assigned to these
 * in landing.api.ts, so the compiler checks that the selections give every field the screens need.
 */
export type OfferStatus = LandingOfferStatus;
export type SpaceType = LandingSpaceType;
export type ApplicationStatus = LandingApplicationStatus;

export interface ParkView {
  id: string;
  kind?: OrganizationKind;
  name: LocalizedText;
  verificationStatus?: VerificationStatus;
}

export interface EligibilityRulesView {
  maxCompanyAgeYears?: number | null;
  stages?: readonly ProjectStage[] | readonly string[] | null;
  trlMin?: number | null;
  trlMax?: number | null;
  fundingUsdMin?: number | null;
  fundingUsdMax?: number | null;
  fieldCodes?: readonly string[] | null;
}

export interface OfferValuePartView {
  key: string;
  cnyMinor: number;
}

export interface OfferValueView {
  cnyMinor: number;
  usdMinor: number;
  breakdown: readonly OfferValuePartView[];
}

export interface OfferView {
  id: string;
  status: OfferStatus;
  park: ParkView;
  title: LocalizedText;
  description?: LocalizedText | null;
  city?: string | null;
  spaceSqm?: number | null;
  spaceType?: SpaceType | string | null;
  rentFreeMonths?: number | null;
  /** CNY fen per m² per month, one entry per year of the stay. */
  rentSubsidyPerSqmMonthByYear: readonly number[];
  cashGrantCnyMinor?: number | null;
  taxIncentives?: LocalizedText | null;
  talentSupport?: LocalizedText | null;
  housingSupport?: LocalizedText | null;
  /** LANDING_SERVICE_CODES. */
  services: readonly string[];
  servicesNote?: LocalizedText | null;
  targetFieldCodes?: readonly string[] | null;
  deadline?: string | null;
  rules: EligibilityRulesView;
  threeYearValue: OfferValueView;
  createdAt?: string;
  updatedAt?: string;
  /** True when the viewer's organisation owns the offer. */
  mine?: boolean | null;
  /** OPEN and before its deadline. */
  acceptingApplications?: boolean | null;
  /** For the owning park only. */
  applicationCount?: number | null;
}

export interface EligibilityRuleView {
  key: string;
  /** true ✓, false ✗, null ? (the project does not say). */
  met?: boolean | null;
  params?: unknown;
}

export interface EligibilityView {
  eligible: boolean;
  rules: readonly EligibilityRuleView[];
}

export interface OfferEligibilityView {
  offer: OfferView;
  eligibility: EligibilityView;
}

export interface ApplicationView {
  id: string;
  offerId: string;
  offer?: Pick<OfferView, 'id' | 'title' | 'park'> | null;
  projectId: string;
  projectTitle: LocalizedText;
  status: ApplicationStatus;
  /** STARTUP (the start-up applied) or PARK (the park invited). */
  origin?: LandingApplicationOrigin | string | null;
  message?: string | null;
  rejectReason?: string | null;
  createdAt: string;
  updatedAt?: string | null;
  engagementId?: string | null;
}

export interface Page<T> {
  items: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number | null;
}
