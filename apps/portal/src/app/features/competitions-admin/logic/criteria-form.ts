import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { LocalizedText } from '@bridge/contracts';
import type { CriterionInput } from '../../../core/graphql/lazy/generated';
import { LocalizedGroup, localizedGroup, localizedValue } from './fields-form';

/** The server's bounds (CriterionInput). */
export const WEIGHT_LIMITS = { min: 0.01, max: 1000 } as const;
export const MAX_SCORE_LIMITS = { min: 1, max: 100 } as const;
export const MAX_CRITERIA = 20;

export type CriterionGroup = FormGroup<{
  id: FormControl<string | null>;
  name: LocalizedGroup;
  /** Kept as it is: the editor does not change descriptions, the API would clear a missing one. */
  description: FormControl<LocalizedText | null>;
  weight: FormControl<number>;
  maxScore: FormControl<number>;
}>;

function weightRange(control: { value: unknown }) {
  const value = control.value;
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'number' || Number.isNaN(value)) return { pattern: true };
  if (value < WEIGHT_LIMITS.min) return { min: { ...WEIGHT_LIMITS, actual: value } };
  if (value > WEIGHT_LIMITS.max) return { max: { ...WEIGHT_LIMITS, actual: value } };
  return null;
}

function maxScoreRange(control: { value: unknown }) {
  const value = control.value;
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'number' || !Number.isInteger(value)) return { pattern: true };
  if (value < MAX_SCORE_LIMITS.min) return { min: { ...MAX_SCORE_LIMITS, actual: value } };
  if (value > MAX_SCORE_LIMITS.max) return { max: { ...MAX_SCORE_LIMITS, actual: value } };
  return null;
}

export function criterionGroup(criterion?: {
  id?: string | null;
  name: LocalizedText;
  description?: LocalizedText | null;
  weight: number;
  maxScore: number;
}): CriterionGroup {
  return new FormGroup({
    id: new FormControl<string | null>(criterion?.id ?? null),
    name: localizedGroup(criterion?.name, true),
    description: new FormControl<LocalizedText | null>(criterion?.description ?? null),
    weight: new FormControl(criterion?.weight ?? 1, {
      nonNullable: true,
      validators: [Validators.required, weightRange],
    }),
    maxScore: new FormControl(criterion?.maxScore ?? 10, {
      nonNullable: true,
      validators: [Validators.required, maxScoreRange],
    }),
  });
}

export function criteriaArray(criteria: Parameters<typeof criterionGroup>[0][]): FormArray<CriterionGroup> {
  return new FormArray<CriterionGroup>(
    criteria.map((criterion) => criterionGroup(criterion)),
    { validators: Validators.required },
  );
}

export function criteriaValue(array: FormArray<CriterionGroup>): CriterionInput[] {
  return array.getRawValue().map((criterion) => ({
    ...(criterion.id ? { id: criterion.id } : {}),
    name: localizedValue(criterion.name),
    ...(criterion.description
      ? {
          description: {
            zh: criterion.description.zh ?? null,
            en: criterion.description.en ?? null,
            ru: criterion.description.ru ?? null,
          },
        }
      : {}),
    weight: criterion.weight,
    maxScore: criterion.maxScore,
  }));
}

/** Each criterion's share of the weighted total (0–1); 0 while weights are incomplete. */
export function weightShares(weights: readonly (number | null | undefined)[]): number[] {
  const valid = weights.map((weight) => (typeof weight === 'number' && weight > 0 ? weight : 0));
  const total = valid.reduce((sum, weight) => sum + weight, 0);
  return valid.map((weight) => (total > 0 ? weight / total : 0));
}
