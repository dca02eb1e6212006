import { DEFAULT_COMPETITION_SETTINGS } from '@bridge/contracts';
import { validationMessage } from '../../../core/forms';
import {
  DEFAULT_SETTINGS,
  SETTINGS_SERVER_FIELDS,
  capacityShortfall,
  createSettingsForm,
  integerRange,
  settingsValue,
} from './settings-form';
import { FormControl } from '@angular/forms';

describe('settings form', () => {
  it('starts with the 2020 call and is valid', () => {
    const sut = createSettingsForm();

    expect(sut.valid).toBe(true);
    expect(settingsValue(sut)).toEqual({ ...DEFAULT_COMPETITION_SETTINGS });
  });

  it('refuses numbers outside the server bounds, with both bounds in the message', () => {
    const sut = createSettingsForm();

    sut.controls.minReviews.setValue(21);
    sut.controls.bootstrapRounds.setValue(-1);

    expect(sut.valid).toBe(false);
    expect(validationMessage(sut.controls.minReviews.errors)).toEqual({
      key: 'validation.range',
      params: { min: 1, max: 20 },
    });
    expect(validationMessage(sut.controls.bootstrapRounds.errors)).toEqual({
      key: 'validation.range',
      params: { min: 0, max: 2000 },
    });
  });

  it('refuses empty and fractional values', () => {
    const sut = createSettingsForm();

    sut.controls.finalistTotal.setValue(null as unknown as number);
    sut.controls.awardPlaces.setValue(2.5);

    expect(sut.controls.finalistTotal.hasError('required')).toBe(true);
    expect(validationMessage(sut.controls.awardPlaces.errors)?.key).toBe('validation.invalid');
  });

  it('keeps award places and the field cap within the finalist total, and lifts the error again', () => {
    const sut = createSettingsForm({ ...DEFAULT_SETTINGS, finalistTotal: 9 });

    sut.controls.awardPlaces.setValue(10);
    sut.controls.perFieldCap.setValue(12);

    expect(sut.valid).toBe(false);
    expect(validationMessage(sut.controls.awardPlaces.errors)).toEqual({
      key: 'validation.range',
      params: { min: 1, max: 9 },
    });
    expect(validationMessage(sut.controls.perFieldCap.errors)?.params).toEqual({ min: 1, max: 9 });

    sut.controls.finalistTotal.setValue(24);

    expect(sut.controls.awardPlaces.errors).toBeNull();
    expect(sut.controls.perFieldCap.errors).toBeNull();
    expect(sut.valid).toBe(true);
  });

  it('keeps a control’s own range error over the cross-field one', () => {
    const sut = createSettingsForm({ ...DEFAULT_SETTINGS, finalistTotal: 9 });

    sut.controls.awardPlaces.setValue(25);

    expect(validationMessage(sut.controls.awardPlaces.errors)?.params).toEqual({ min: 1, max: 20 });
  });

  it('maps server field names to its controls', () => {
    expect(SETTINGS_SERVER_FIELDS['settings.awardPlaces']).toBe('awardPlaces');
    expect(SETTINGS_SERVER_FIELDS['settings.normalizationMethod']).toBe('normalizationMethod');
  });

  it('warns when the fields cannot fill every finalist place', () => {
    expect(capacityShortfall({ finalistTotal: 18, perFieldCap: 6 }, 3)).toBeNull();
    expect(capacityShortfall({ finalistTotal: 24, perFieldCap: 6 }, 3)).toEqual({ capacity: 18, total: 24 });
  });

  it('checks integers in a range and passes empty values to `required`', () => {
    const sut = integerRange(1, 5);

    expect(sut(new FormControl(3))).toBeNull();
    expect(sut(new FormControl(''))).toBeNull();
    expect(sut(new FormControl(0))).toEqual({ min: { min: 1, max: 5, actual: 0 } });
    expect(sut(new FormControl(6))).toEqual({ max: { min: 1, max: 5, actual: 6 } });
  });
});
