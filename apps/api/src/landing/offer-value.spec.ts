import { OfferMoney, offerValue } from './offer-value';

const offer = (over: Partial<OfferMoney> = {}): OfferMoney => ({
  spaceSqm: 100,
  spaceType: 'OFFICE',
  rentFreeMonths: 0,
  rentSubsidyPerSqmMonthByYear: [],
  cashGrantCnyMinor: null,
  ...over,
});
const part = (value: ReturnType<typeof offerValue>, key: string) =>
  value.breakdown.find((p) => p.key === key)?.cnyMinor;

describe('offerValue', () => {
  it('is zero for an offer without money', () => {
    const sut = offerValue(offer());
    expect(sut.cnyMinor).toBe(0);
    expect(sut.usdMinor).toBe(0);
    expect(sut.breakdown.map((p) => p.key)).toEqual([
      'RENT_FREE',
      'RENT_SUBSIDY_YEAR_1',
      'RENT_SUBSIDY_YEAR_2',
      'RENT_SUBSIDY_YEAR_3',
      'CASH_GRANT',
    ]);
  });

  it('values rent-free months at the reference rent of the space type', () => {
    // 6 months × CNY 90.00/m² × 100 m² = CNY 54,000.00
    expect(part(offerValue(offer({ rentFreeMonths: 6 })), 'RENT_FREE')).toBe(5_400_000);
    // lab: CNY 120.00/m²
    expect(part(offerValue(offer({ rentFreeMonths: 6, spaceType: 'LAB' })), 'RENT_FREE')).toBe(7_200_000);
    // no type counts as office
    expect(part(offerValue(offer({ rentFreeMonths: 1, spaceType: null })), 'RENT_FREE')).toBe(900_000);
    // at most 36 months count
    expect(part(offerValue(offer({ rentFreeMonths: 48 })), 'RENT_FREE')).toBe(36 * 9_000 * 100);
  });

  it('pays each year’s subsidy for the months of that year after the free months', () => {
    const sut = offerValue(
      offer({ rentFreeMonths: 18, rentSubsidyPerSqmMonthByYear: [5_000, 3_000, 1_000, 500] }),
    );
    expect(part(sut, 'RENT_SUBSIDY_YEAR_1')).toBe(0); // all 12 months free
    expect(part(sut, 'RENT_SUBSIDY_YEAR_2')).toBe(3_000 * 100 * 6); // months 19–24
    expect(part(sut, 'RENT_SUBSIDY_YEAR_3')).toBe(1_000 * 100 * 12);
    // year 4 lies beyond the 36 months
    expect(sut.cnyMinor).toBe(18 * 9_000 * 100 + 1_800_000 + 1_200_000);
  });

  it('counts a year without a subsidy as zero', () => {
    const sut = offerValue(offer({ rentSubsidyPerSqmMonthByYear: [2_000] }));
    expect(part(sut, 'RENT_SUBSIDY_YEAR_1')).toBe(2_000 * 100 * 12);
    expect(part(sut, 'RENT_SUBSIDY_YEAR_2')).toBe(0);
  });

  it('adds the cash grants once and converts the total to USD cents', () => {
    const sut = offerValue(
      offer({ rentFreeMonths: 12, rentSubsidyPerSqmMonthByYear: [0, 4_500], cashGrantCnyMinor: 50_000_000 }),
    );
    const cny = 12 * 9_000 * 100 + 4_500 * 100 * 12 + 50_000_000;
    expect(sut.cnyMinor).toBe(cny);
    expect(sut.usdMinor).toBe(Math.round(cny * 0.14));
    expect(part(sut, 'CASH_GRANT')).toBe(50_000_000);
  });

  it('uses the space need given instead of the offer’s space', () => {
    const money = offer({ rentFreeMonths: 12, spaceSqm: 500 });
    expect(offerValue(money, 50).cnyMinor).toBe(12 * 9_000 * 50);
    expect(offerValue(money).cnyMinor).toBe(12 * 9_000 * 500);
  });

  it('counts only the cash grants when no space is known', () => {
    const sut = offerValue(
      offer({
        spaceSqm: null,
        rentFreeMonths: 12,
        rentSubsidyPerSqmMonthByYear: [1_000],
        cashGrantCnyMinor: 7,
      }),
    );
    expect(sut.cnyMinor).toBe(7);
  });
});
