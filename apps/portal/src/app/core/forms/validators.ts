import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** An absolute http(s) address, as the server's `url` validation expects; empty passes. */
export const urlValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = typeof control.value === 'string' ? control.value.trim() : '';
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : { url: true };
  } catch {
    return { url: true };
  }
};

/** On a group of zh/en/ru controls: at least one language filled (the server's `anyLanguage`). */
export const anyLanguageValidator: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const value = (group.value ?? {}) as Record<string, unknown>;
  const filled = Object.values(value).some((text) => typeof text === 'string' && text.trim().length > 0);
  return filled ? null : { anyLanguage: true };
};

/** On a group: `field` must equal `other` (e.g. repeated password); the error is set on `other`. */
export function sameAsValidator(field: string, other: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const repeat = group.get(other);
    if (!repeat) return null;
    const mismatch = repeat.value && group.get(field)?.value !== repeat.value;
    const { passwordMismatch: _previous, ...rest } = repeat.errors ?? {};
    repeat.setErrors(mismatch ? { ...rest, passwordMismatch: true } : Object.keys(rest).length ? rest : null);
    return null;
  };
}
