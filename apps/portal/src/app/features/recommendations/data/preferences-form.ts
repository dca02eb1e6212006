import { FormControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { ProjectStage, SeekingKind } from '@bridge/contracts';
import { ValidationMessage, validationMessage } from '../../../core/forms';
import { centsToUsd, usdToCents } from './ticket';

/** The organisation's market preferences as the API takes them (tickets in USD cents). */
export interface PreferencesValue {
  fieldCodes: string[];
  stages: ProjectStage[];
  trlMin: number | null;
  trlMax: number | null;
  ticketMinUsd: number | null;
  ticketMaxUsd: number | null;
  offers: SeekingKind[];
  cities: string[];
}

/** Preferences as the API sends them (open ends may be null or absent). */
export interface PreferencesLike {
  fieldCodes: readonly string[];
  stages: readonly ProjectStage[];
  trlMin?: number | null;
  trlMax?: number | null;
  ticketMinUsd?: number | null;
  ticketMaxUsd?: number | null;
  offers: readonly SeekingKind[];
  cities: readonly string[];
}

export const TRL_MIN = 1;
export const TRL_MAX = 9;

/** On a group: `min` must not be above `max` when both are set; the error `minAboveMax` goes on `max`. */
export function orderedRangeValidator(min: string, max: string): ValidatorFn {
  return (group): ValidationErrors | null => {
    const low = group.get(min);
    const high = group.get(max);
    if (!low || !high) return null;
    const above = typeof low.value === 'number' && typeof high.value === 'number' && low.value > high.value;
    const { minAboveMax: _previous, ...rest } = high.errors ?? {};
    const errors = above ? { ...rest, minAboveMax: true } : rest;
    high.setErrors(Object.keys(errors).length ? errors : null);
    return null;
  };
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/** A whole number from `min` to `max` (TRL levels); empty passes. */
export function levelValidator(min: number, max: number): ValidatorFn {
  return (control) => {
    if (isEmpty(control.value)) return null;
    const value = Number(control.value);
    // `min` and `max` together: the shared message says "between {min} and {max}".
    return Number.isInteger(value) && value >= min && value <= max ? null : { min: { min, max } };
  };
}

/** Zero or more (ticket sizes); empty passes. */
export const notNegativeValidator: ValidatorFn = (control) =>
  isEmpty(control.value) || Number(control.value) >= 0 ? null : { negative: true };

/** The message of a preference control: the range rules of this form, else the shared messages. */
export function preferenceMessage(errors: ValidationErrors | null | undefined): ValidationMessage | null {
  if (!errors) return null;
  if (errors['server']) return validationMessage(errors);
  if (errors['minAboveMax']) return { key: 'recommendations.form.minAboveMax', params: {} };
  if (errors['negative']) return { key: 'recommendations.form.notNegative', params: {} };
  return validationMessage(errors);
}

export function preferencesForm() {
  return new FormGroup(
    {
      fieldCodes: new FormControl<string[]>([], { nonNullable: true }),
      stages: new FormControl<ProjectStage[]>([], { nonNullable: true }),
      trlMin: new FormControl<number | null>(null, [levelValidator(TRL_MIN, TRL_MAX)]),
      trlMax: new FormControl<number | null>(null, [levelValidator(TRL_MIN, TRL_MAX)]),
      ticketMinUsd: new FormControl<number | null>(null, [notNegativeValidator]),
      ticketMaxUsd: new FormControl<number | null>(null, [notNegativeValidator]),
      offers: new FormControl<SeekingKind[]>([], { nonNullable: true }),
      /** Comma-separated, as typed. */
      cities: new FormControl<string>('', { nonNullable: true }),
    },
    {
      validators: [
        orderedRangeValidator('trlMin', 'trlMax'),
        orderedRangeValidator('ticketMinUsd', 'ticketMaxUsd'),
      ],
    },
  );
}

export type PreferencesForm = ReturnType<typeof preferencesForm>;
export type PreferencesFormValue = PreferencesForm['value'];

/** The cities typed, split on commas (Latin or Chinese) or semicolons, trimmed, without repeats. */
export function parseCities(text: string | null | undefined): string[] {
  const seen = new Set<string>();
  const cities: string[] = [];
  for (const part of (text ?? '').split(/[,;，；、]/)) {
    const city = part.trim();
    if (city && !seen.has(city.toLocaleLowerCase())) {
      seen.add(city.toLocaleLowerCase());
      cities.push(city);
    }
  }
  return cities;
}

/** The form's value for saved preferences: tickets from cents to dollars, cities as one text. */
export function toFormValue(preferences: PreferencesLike | null | undefined) {
  return {
    fieldCodes: [...(preferences?.fieldCodes ?? [])],
    stages: [...(preferences?.stages ?? [])],
    trlMin: preferences?.trlMin ?? null,
    trlMax: preferences?.trlMax ?? null,
    ticketMinUsd: centsToUsd(preferences?.ticketMinUsd),
    ticketMaxUsd: centsToUsd(preferences?.ticketMaxUsd),
    offers: [...(preferences?.offers ?? [])],
    cities: (preferences?.cities ?? []).join(', '),
  };
}

/** What the API takes from the form: tickets from dollars to cents, empty values as null. */
export function toPreferencesInput(value: PreferencesFormValue): PreferencesValue {
  const level = (trl: number | null | undefined) => (isEmpty(trl) ? null : Number(trl));
  return {
    fieldCodes: [...(value.fieldCodes ?? [])],
    stages: [...(value.stages ?? [])],
    trlMin: level(value.trlMin),
    trlMax: level(value.trlMax),
    ticketMinUsd: usdToCents(value.ticketMinUsd),
    ticketMaxUsd: usdToCents(value.ticketMaxUsd),
    offers: [...(value.offers ?? [])],
    cities: parseCities(value.cities),
  };
}

/** True when nothing is set: recommendations need at least one preference. */
export function isEmptyPreferences(preferences: PreferencesLike | null | undefined): boolean {
  if (!preferences) return true;
  return (
    !preferences.fieldCodes.length &&
    !preferences.stages.length &&
    isEmpty(preferences.trlMin) &&
    isEmpty(preferences.trlMax) &&
    isEmpty(preferences.ticketMinUsd) &&
    isEmpty(preferences.ticketMaxUsd) &&
    !preferences.offers.length &&
    !preferences.cities.length
  );
}
