import {
  isEmptyPreferences,
  parseCities,
  preferenceMessage,
  preferencesForm,
  toFormValue,
  toPreferencesInput,
} from './preferences-form';

describe('preferences form', () => {
  it('shows saved preferences with tickets in dollars and sends them back in cents', () => {
    const saved = {
      fieldCodes: ['AI'],
      stages: ['MVP' as const],
      trlMin: 4,
      trlMax: 7,
      ticketMinUsd: 10_000_000,
      ticketMaxUsd: 50_000_000,
      offers: ['INVESTMENT' as const],
      cities: ['Harbin', '哈尔滨'],
    };
    const sut = preferencesForm();

    sut.setValue(toFormValue(saved));

    expect(sut.controls.ticketMinUsd.value).toBe(100_000);
    expect(sut.controls.cities.value).toBe('Harbin, 哈尔滨');
    expect(toPreferencesInput(sut.value)).toEqual(saved);
  });

  it('sends empty values as open ends and empty lists', () => {
    const sut = preferencesForm();

    expect(toPreferencesInput(sut.value)).toEqual({
      fieldCodes: [],
      stages: [],
      trlMin: null,
      trlMax: null,
      ticketMinUsd: null,
      ticketMaxUsd: null,
      offers: [],
      cities: [],
    });
    expect(isEmptyPreferences(toPreferencesInput(sut.value))).toBe(true);
  });

  it('splits cities on Latin and Chinese commas, without repeats', () => {
    expect(parseCities(' Harbin，Moscow; harbin 、 哈尔滨 ,, ')).toEqual(['Harbin', 'Moscow', '哈尔滨']);
  });

  it('refuses a TRL outside 1–9 or not whole, with the shared range message', () => {
    const sut = preferencesForm();

    sut.controls.trlMin.setValue(0);
    sut.controls.trlMax.setValue(4.5);

    expect(preferenceMessage(sut.controls.trlMin.errors)).toEqual({
      key: 'validation.range',
      params: { min: 1, max: 9 },
    });
    expect(sut.controls.trlMax.invalid).toBe(true);
  });

  it('refuses a range whose upper end is below its lower end, on the upper end', () => {
    const sut = preferencesForm();

    sut.patchValue({ trlMin: 7, trlMax: 3, ticketMinUsd: 500_000, ticketMaxUsd: 100_000 });

    expect(preferenceMessage(sut.controls.trlMax.errors)?.key).toBe('recommendations.form.minAboveMax');
    expect(preferenceMessage(sut.controls.ticketMaxUsd.errors)?.key).toBe('recommendations.form.minAboveMax');
    expect(sut.valid).toBe(false);

    sut.patchValue({ trlMax: 8, ticketMaxUsd: 600_000 });

    expect(sut.valid).toBe(true);
  });

  it('refuses a negative ticket', () => {
    const sut = preferencesForm();

    sut.controls.ticketMinUsd.setValue(-1);

    expect(preferenceMessage(sut.controls.ticketMinUsd.errors)?.key).toBe('recommendations.form.notNegative');
  });

  it('shows a server error on the field it names', () => {
    expect(preferenceMessage({ server: { key: 'validation.range', params: { min: 1, max: 9 } } })).toEqual({
      key: 'validation.range',
      params: { min: 1, max: 9 },
    });
  });
});
