import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  DEFAULT_COMPETITION_SETTINGS,
  NormalizationMethodName,
  UnfilledSlotRuleName,
} from '@bridge/contracts';

/** The server's bounds of each number (CompetitionSettingsInput). */
export const SETTINGS_LIMITS = {
  applicationTarget: { min: 1, max: 100000 },
  finalistTotal: { min: 1, max: 500 },
  perFieldCap: { min: 1, max: 500 },
  minReviews: { min: 1, max: 20 },
  awardPlaces: { min: 1, max: 20 },
  reviewsPerProject: { min: 1, max: 20 },
  judgeLoadLimit: { min: 1, max: 10000 },
  zscoreMinScores: { min: 2, max: 100 },
  bootstrapRounds: { min: 0, max: 2000 },
} as const;

export type NumericSetting = keyof typeof SETTINGS_LIMITS;
export const NUMERIC_SETTINGS = Object.keys(SETTINGS_LIMITS) as NumericSetting[];

export type SettingsValue = { [K in NumericSetting]: number } & {
  unfilledSlotRule: UnfilledSlotRuleName;
  normalizationMethod: NormalizationMethodName;
};

export type SettingsForm = FormGroup<
  { [K in NumericSetting]: FormControl<number> } & {
    unfilledSlotRule: FormControl<UnfilledSlotRuleName>;
    normalizationMethod: FormControl<NormalizationMethodName>;
  }
>;

/** The 2020 call: the values a new edition starts with. */
export const DEFAULT_SETTINGS: SettingsValue = {
  applicationTarget: DEFAULT_COMPETITION_SETTINGS.applicationTarget,
  finalistTotal: DEFAULT_COMPETITION_SETTINGS.finalistTotal,
  perFieldCap: DEFAULT_COMPETITION_SETTINGS.perFieldCap,
  minReviews: DEFAULT_COMPETITION_SETTINGS.minReviews,
  awardPlaces: DEFAULT_COMPETITION_SETTINGS.awardPlaces,
  reviewsPerProject: DEFAULT_COMPETITION_SETTINGS.reviewsPerProject,
  judgeLoadLimit: DEFAULT_COMPETITION_SETTINGS.judgeLoadLimit,
  zscoreMinScores: DEFAULT_COMPETITION_SETTINGS.zscoreMinScores,
  bootstrapRounds: DEFAULT_COMPETITION_SETTINGS.bootstrapRounds,
  unfilledSlotRule: DEFAULT_COMPETITION_SETTINGS.unfilledSlotRule,
  normalizationMethod: DEFAULT_COMPETITION_SETTINGS.normalizationMethod,
};

/**
 * A whole number within [min, max]. Errors carry both bounds, so the message reads "between min and
 * max" like the server's validation.range.
 */
export function integerRange(min: number, max: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value: unknown = control.value;
    if (value === null || value === undefined || value === '') return null;
    if (typeof value !== 'number' || !Number.isInteger(value)) return { pattern: true };
    if (value < min) return { min: { min, max, actual: value } };
    if (value > max) return { max: { min, max, actual: value } };
    return null;
  };
}

const BOUNDED_BY_TOTAL = ['awardPlaces', 'perFieldCap'] as const;

/**
 * On the settings group: award places and the per-field cap cannot exceed the finalist total (the
 * server's rule). The error is set on the control at fault, marked `cross` so it can be lifted again.
 */
export const settingsCrossValidator: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const total: unknown = group.get('finalistTotal')?.value;
  for (const name of BOUNDED_BY_TOTAL) {
    const control = group.get(name);
    if (!control) continue;
    const { max, ...rest } = control.errors ?? {};
    const own: ValidationErrors = max && !max.cross ? { ...rest, max } : rest;
    const exceeds =
      Object.keys(own).length === 0 &&
      typeof total === 'number' &&
      Number.isInteger(total) &&
      total >= 1 &&
      typeof control.value === 'number' &&
      control.value > total;
    const next = exceeds ? { max: { min: 1, max: total, actual: control.value, cross: true } } : own;
    if (JSON.stringify(next) !== JSON.stringify(control.errors ?? {})) {
      control.setErrors(Object.keys(next).length ? next : null, { emitEvent: false });
    }
  }
  return null;
};

/** The settings form, with the server's bounds and rules, starting from `initial`. */
export function createSettingsForm(initial: SettingsValue = DEFAULT_SETTINGS): SettingsForm {
  const numeric = Object.fromEntries(
    NUMERIC_SETTINGS.map((name) => [
      name,
      new FormControl<number>(initial[name], {
        nonNullable: true,
        validators: [Validators.required, integerRange(SETTINGS_LIMITS[name].min, SETTINGS_LIMITS[name].max)],
      }),
    ]),
  ) as { [K in NumericSetting]: FormControl<number> };
  return new FormGroup(
    {
      ...numeric,
      unfilledSlotRule: new FormControl<UnfilledSlotRuleName>(initial.unfilledSlotRule, {
        nonNullable: true,
      }),
      normalizationMethod: new FormControl<NormalizationMethodName>(initial.normalizationMethod, {
        nonNullable: true,
      }),
    },
    { validators: settingsCrossValidator },
  );
}

/** The value of a (valid) settings form as the API takes it. */
export function settingsValue(form: SettingsForm): SettingsValue {
  return form.getRawValue();
}

/** Server field names (`settings.awardPlaces`) → controls of the settings form. */
export const SETTINGS_SERVER_FIELDS: Readonly<Record<string, string>> = Object.fromEntries(
  [...NUMERIC_SETTINGS, 'unfilledSlotRule', 'normalizationMethod'].map((name) => [`settings.${name}`, name]),
);

/** Whether the fields can fill the finalist places: fields × cap ≥ total (otherwise places stay empty). */
export function capacityShortfall(
  value: Pick<SettingsValue, 'finalistTotal' | 'perFieldCap'>,
  fields: number,
) {
  const capacity = value.perFieldCap * fields;
  return capacity < value.finalistTotal ? { capacity, total: value.finalistTotal } : null;
}
