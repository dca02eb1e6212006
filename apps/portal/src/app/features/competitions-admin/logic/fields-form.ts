import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { DEFAULT_FIELDS, LocalizedText } from '@bridge/contracts';
import { anyLanguageValidator } from '../../../core/forms';
import type { CompetitionFieldInput } from '../../../core/graphql/lazy/generated';

/** The server's rules (CompetitionFieldInput): a short code, a name in at least one language. */
export const FIELD_CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,31}$/;
export const MAX_NAME = 200;
export const MAX_FIELDS = 12;

export type LocalizedGroup = FormGroup<{
  zh: FormControl<string>;
  en: FormControl<string>;
  ru: FormControl<string>;
}>;

export type FieldGroup = FormGroup<{
  id: FormControl<string | null>;
  code: FormControl<string>;
  name: LocalizedGroup;
}>;

/** zh/en/ru controls of a short text; `required` = at least one language. */
export function localizedGroup(value: LocalizedText | null | undefined, required: boolean): LocalizedGroup {
  const control = (text: string | null | undefined) =>
    new FormControl(text ?? '', { nonNullable: true, validators: Validators.maxLength(MAX_NAME) });
  return new FormGroup(
    { zh: control(value?.zh), en: control(value?.en), ru: control(value?.ru) },
    required ? { validators: anyLanguageValidator } : {},
  );
}

export function fieldGroup(field?: { id?: string | null; code: string; name: LocalizedText }): FieldGroup {
  return new FormGroup({
    id: new FormControl<string | null>(field?.id ?? null),
    code: new FormControl(field?.code ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(FIELD_CODE_PATTERN)],
    }),
    name: localizedGroup(field?.name, true),
  });
}

/** On the array: every code once (the server refuses duplicates). */
export function uniqueCodesValidator(array: AbstractControl): ValidationErrors | null {
  const codes = (array.value as { code: string }[]).map((field) => field.code.trim()).filter(Boolean);
  return new Set(codes).size === codes.length ? null : { duplicateCode: true };
}

export function fieldsArray(fields: readonly { id?: string | null; code: string; name: LocalizedText }[]) {
  return new FormArray<FieldGroup>(
    fields.map((field) => fieldGroup(field)),
    { validators: [uniqueCodesValidator, Validators.required] },
  );
}

/** The default fields of a new edition: AI, Robotics, Biotech/Food tech. */
export function defaultFieldsArray() {
  return fieldsArray(DEFAULT_FIELDS.map((field) => ({ code: field.code, name: { ...field.name } })));
}

/** Trimmed; empty languages sent as null. */
export function localizedValue(value: { zh: string; en: string; ru: string }): LocalizedText {
  const clean = (text: string) => text.trim() || null;
  return { zh: clean(value.zh), en: clean(value.en), ru: clean(value.ru) };
}

export function fieldsValue(array: FormArray<FieldGroup>): CompetitionFieldInput[] {
  return array.getRawValue().map((field) => ({
    ...(field.id ? { id: field.id } : {}),
    code: field.code.trim(),
    name: localizedValue(field.name),
  }));
}

/** Moves a control of an array by `delta` places (reordering rows). */
export function moveControl(array: FormArray, index: number, delta: number): void {
  const target = index + delta;
  if (target < 0 || target >= array.length) return;
  const control = array.at(index);
  array.removeAt(index, { emitEvent: false });
  array.insert(target, control);
  array.markAsDirty();
}
