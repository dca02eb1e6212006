import { anOffer } from '../testing/factories';
import { OfferFormValue, emptyOfferForm, formToInput, offerProblems, offerToForm } from './offer-form';

const TODAY = '2026-11-27';
const form = (change: (f: OfferFormValue) => void = () => undefined): OfferFormValue => {
  const value = emptyOfferForm();
  value.texts.title.ru = 'Офис в Харбине';
  change(value);
  return value;
};

describe('offer form', () => {
  it('needs a title in at least one language', () => {
    expect(offerProblems(emptyOfferForm(), TODAY)).toEqual([{ field: 'title', problem: 'required' }]);
    expect(offerProblems(form(), TODAY)).toEqual([]);
  });

  it('checks numbers, bounds and the deadline', () => {
    const sut = offerProblems(
      form((f) => {
        f.spaceSqm = '-3';
        f.rentFreeMonths = '2.5';
        f.subsidies = ['40', ''];
        f.trlMin = '7';
        f.trlMax = '3';
        f.fundingUsdMin = '500000';
        f.fundingUsdMax = '100000';
        f.deadline = '2026-11-01';
        f.maxCompanyAgeYears = '500';
      }),
      TODAY,
    );

    expect(sut).toEqual([
      { field: 'spaceSqm', problem: 'positive' },
      { field: 'rentFreeMonths', problem: 'integer' },
      { field: 'subsidy-1', problem: 'required' },
      { field: 'deadline', problem: 'past' },
      { field: 'maxCompanyAgeYears', problem: 'range' },
      { field: 'trlMax', problem: 'order' },
      { field: 'fundingUsdMax', problem: 'order' },
    ]);
  });

  it('sends money in minor units and empty texts as null', () => {
    const sut = formToInput(
      form((f) => {
        f.subsidies = ['40', '35.5'];
        f.cashGrantCny = '500 000';
        f.fundingUsdMax = '250000';
        f.services = ['LEGAL'];
        f.stages = ['MVP'];
      }),
    );

    expect(sut.title).toEqual({ zh: null, en: null, ru: 'Офис в Харбине' });
    expect(sut.description).toBeNull();
    expect(sut.rentSubsidyPerSqmMonthByYear).toEqual([4000, 3550]);
    expect(sut.cashGrantCnyMinor).toBe(50_000_000);
    expect(sut.rules).toMatchObject({
      fundingUsdMin: null,
      fundingUsdMax: 25_000_000,
      stages: ['MVP'],
      trlMin: null,
    });
    expect(sut.services).toEqual(['LEGAL']);
  });

  it('round-trips an offer through the form', () => {
    const offer = anOffer();
    const sut = formToInput(offerToForm(offer));

    expect(sut.rentSubsidyPerSqmMonthByYear).toEqual(offer.rentSubsidyPerSqmMonthByYear);
    expect(sut.cashGrantCnyMinor).toBe(offer.cashGrantCnyMinor);
    expect(sut.rules).toMatchObject({ maxCompanyAgeYears: 5, stages: ['MVP'], trlMin: 4, trlMax: 9 });
    expect(sut.title).toEqual({ zh: offer.title.zh, en: offer.title.en, ru: offer.title.ru });
  });
});
