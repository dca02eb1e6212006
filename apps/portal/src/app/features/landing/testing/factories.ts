import type {
  ApplicationView,
  EligibilityRuleView,
  OfferEligibilityView,
  OfferView,
} from '../data/landing.types';

let sequence = 0;

export function anOffer(overrides: Partial<OfferView> = {}): OfferView {
  const id = overrides.id ?? `offer-${++sequence}`;
  return {
    id,
    status: 'OPEN',
    park: {
      id: 'park-1',
      kind: 'SCIENCE_PARK',
      name: { en: 'Harbin Tech Park', zh: '哈尔滨科技园', ru: 'Технопарк Харбин' },
    },
    title: { en: `Offer ${id}`, zh: `政策 ${id}`, ru: `Предложение ${id}` },
    description: null,
    city: 'Harbin',
    spaceSqm: 120,
    spaceType: 'OFFICE',
    rentFreeMonths: 6,
    rentSubsidyPerSqmMonthByYear: [4000, 3000],
    cashGrantCnyMinor: 50_000_000,
    taxIncentives: { en: '15% income tax' },
    talentSupport: null,
    housingSupport: null,
    services: ['LEGAL', 'VISAS'],
    servicesNote: null,
    targetFieldCodes: ['AI'],
    deadline: '2027-03-31T15:59:59.000Z',
    rules: {
      maxCompanyAgeYears: 5,
      stages: ['MVP'],
      trlMin: 4,
      trlMax: 9,
      fundingUsdMin: null,
      fundingUsdMax: null,
      fieldCodes: [],
    },
    threeYearValue: {
      cnyMinor: 120_000_000,
      usdMinor: 16_600_000,
      breakdown: [
        { key: 'RENT_FREE', cnyMinor: 6_480_000 },
        { key: 'CASH_GRANT', cnyMinor: 50_000_000 },
      ],
    },
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    mine: false,
    acceptingApplications: true,
    applicationCount: null,
    ...overrides,
  };
}

export function aRule(overrides: Partial<EligibilityRuleView> = {}): EligibilityRuleView {
  return { key: 'TRL', met: true, params: { min: 4, max: 9, actual: 6 }, ...overrides };
}

export function anOfferEligibility(
  offer: Partial<OfferView> = {},
  rules: EligibilityRuleView[] = [aRule()],
): OfferEligibilityView {
  return { offer: anOffer(offer), eligibility: { eligible: rules.every((r) => r.met === true), rules } };
}

export function anApplication(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: `application-${++sequence}`,
    offerId: 'offer-1',
    offer: null,
    projectId: 'project-1',
    projectTitle: { en: 'Smart greenhouse', ru: 'Умная теплица' },
    status: 'SUBMITTED',
    origin: 'STARTUP',
    message: 'We would like to open our first office in Harbin next spring.',
    rejectReason: null,
    createdAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    engagementId: null,
    ...overrides,
  };
}
