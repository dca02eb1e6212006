import { ENGAGEMENT_LIMITS, VALIDATION_KEYS } from '@bridge/contracts';
import type { FieldError } from '@bridge/contracts';
import { AppException } from '../common/errors/app.exception';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` that exists, or null. */
export function calendarDate(value: string): string | null {
  const match = DATE.exec(value.trim());
  if (!match) return null;
  const date = new Date(`${match[0]}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === match[0] ? match[0] : null;
}

/**
 * Cleans what a party typed about an engagement — texts trimmed, lengths counted after trimming,
 * dates that exist — and collects one field error per problem, so the form can mark every field.
 */
export class EngagementInputCleaner {
  readonly errors: FieldError[] = [];

  constructor(private readonly now: Date = new Date()) {}

  /** An optional note: empty means none. */
  note(value: string | null | undefined, field = 'note'): string | null {
    const note = value?.trim() ?? '';
    if (note.length > ENGAGEMENT_LIMITS.noteMaxLength)
      this.errors.push({
        field,
        key: VALIDATION_KEYS.maxLength,
        params: { max: ENGAGEMENT_LIMITS.noteMaxLength },
      });
    return note || null;
  }

  text(field: string, value: string | null | undefined, max: number): string {
    const text = value?.trim() ?? '';
    if (!text) this.errors.push({ field, key: VALIDATION_KEYS.required });
    else if (text.length > max) this.errors.push({ field, key: VALIDATION_KEYS.maxLength, params: { max } });
    return text;
  }

  date(field: string, value: string | null | undefined, notAfterToday = false): string {
    if (!value?.trim()) {
      this.errors.push({ field, key: VALIDATION_KEYS.required });
      return '';
    }
    const date = calendarDate(value);
    if (!date || (notAfterToday && date > this.now.toISOString().slice(0, 10))) {
      this.errors.push({ field, key: VALIDATION_KEYS.invalid });
      return '';
    }
    return date;
  }

  /** The registered company a LANDING move to COMPANY_REGISTERED requires. */
  company(value: { name: string; registrationNumber: string; registeredOn: string } | null | undefined) {
    return {
      name: this.text('registeredCompany.name', value?.name, ENGAGEMENT_LIMITS.companyNameMaxLength),
      registrationNumber: this.text(
        'registeredCompany.registrationNumber',
        value?.registrationNumber,
        ENGAGEMENT_LIMITS.registrationNumberMaxLength,
      ),
      registeredOn: this.date('registeredCompany.registeredOn', value?.registeredOn, true),
    };
  }

  assertValid(): void {
    if (this.errors.length) throw AppException.invalid(this.errors);
  }
}
