import { AbstractControl, ValidationErrors } from '@angular/forms';

const FALLBACK = ['UTC', 'Asia/Shanghai', 'Europe/Moscow'];

/** IANA time zones the browser knows (Beijing and Moscow first: the competition's two cities). */
export const TIME_ZONES: readonly string[] = (() => {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const all = intl.supportedValuesOf?.('timeZone') ?? [];
  return [...FALLBACK, ...all.filter((zone) => !FALLBACK.includes(zone))];
})();

/** A time zone `Intl` accepts. */
export function timeZoneValidator(control: AbstractControl): ValidationErrors | null {
  const value = typeof control.value === 'string' ? control.value : '';
  if (!value) return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return null;
  } catch {
    return { pattern: true };
  }
}
