import { AbstractControl, FormGroup, ValidationErrors } from '@angular/forms';
import type { AppError } from '../errors/app-error';
import { TranslationKey, TranslationParams } from '../i18n';

/** A validation message to translate: the key and its parameters. */
export interface ValidationMessage {
  key: string;
  params: TranslationParams;
}

/** The error set on a control when the server rejected its value. */
export interface ServerControlError {
  key: string;
  params: TranslationParams;
}

const SIMPLE: Readonly<Record<string, TranslationKey>> = {
  required: 'validation.required',
  email: 'validation.email',
  url: 'validation.url',
  anyLanguage: 'validation.anyLanguage',
  passwordMismatch: 'validation.passwordMismatch',
  pattern: 'validation.invalid',
};

/** The first message of a control's errors, with the same keys as the server's validation messages. */
export function validationMessage(errors: ValidationErrors | null | undefined): ValidationMessage | null {
  if (!errors) return null;
  if (errors['server']) return errors['server'] as ServerControlError;
  for (const name of Object.keys(errors)) {
    if (SIMPLE[name]) return { key: SIMPLE[name], params: {} };
    if (name === 'minlength')
      return { key: 'validation.minLength', params: { min: errors[name].requiredLength } };
    if (name === 'maxlength')
      return { key: 'validation.maxLength', params: { max: errors[name].requiredLength } };
    if (name === 'min' || name === 'max') {
      return {
        key: 'validation.range',
        params: { min: errors[name].min ?? '', max: errors[name].max ?? '' },
      };
    }
  }
  return { key: 'validation.invalid', params: {} };
}

export interface ServerErrorTargets {
  /** Server field name → control path, where they differ. */
  fields?: Readonly<Record<string, string>>;
  /** Error key → control path, for errors the server sends without a field (e.g. a wrong password). */
  keys?: Readonly<Record<string, string>>;
  /** Control path → a more telling key to show when the server only says `validation.invalid` there. */
  invalidMeans?: Readonly<Record<string, string>>;
}

/**
 * Puts the server's field errors next to the fields at fault. Returns true when at least one error
 * found its control; otherwise the caller shows the error for the whole form.
 */
export function applyServerErrors(
  form: FormGroup,
  error: AppError,
  targets: ServerErrorTargets = {},
): boolean {
  const fieldErrors = [...error.fields];
  const keyTarget = error.key ? targets.keys?.[error.key] : undefined;
  if (keyTarget && error.key) fieldErrors.push({ field: keyTarget, key: error.key, params: error.params });
  let applied = false;
  for (const fieldError of fieldErrors) {
    const path = targets.fields?.[fieldError.field] ?? fieldError.field;
    const control: AbstractControl | null = form.get(path);
    if (!control) continue;
    const key =
      fieldError.key === 'validation.invalid'
        ? (targets.invalidMeans?.[path] ?? fieldError.key)
        : fieldError.key;
    const server: ServerControlError = { key, params: fieldError.params };
    control.setErrors({ ...(control.errors ?? {}), server });
    control.markAsTouched();
    applied = true;
  }
  return applied;
}
