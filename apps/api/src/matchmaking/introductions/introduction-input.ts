import { MATCHMAKING_LIMITS, VALIDATION_KEYS } from '@bridge/contracts';
import type { FieldError } from '@bridge/contracts';
import { AppException } from '../../common/errors/app.exception';
import type { ProposedSlot } from '../entities/introduction.entity';

/** Bounds of the texts of an introduction besides MATCHMAKING_LIMITS (the GraphQL contract). */
export const INTRODUCTION_LIMITS = { noteMinLength: 1, noteMaxLength: 2000 } as const;

/**
 * Cleans what a requester or a start-up typed — texts trimmed, lengths counted after trimming,
 * proposed slots in the future, 15–480 minutes, at most five, sorted and without repeats — and
 * collects one field error per problem, so the dialog can mark every field at once.
 */
export class IntroductionInputCleaner {
  readonly errors: FieldError[] = [];

  constructor(private readonly now: Date = new Date()) {}

  message(value: string): string {
    return this.text(
      'message',
      value,
      MATCHMAKING_LIMITS.messageMinLength,
      MATCHMAKING_LIMITS.messageMaxLength,
    );
  }

  note(value: string): string {
    return this.text('body', value, INTRODUCTION_LIMITS.noteMinLength, INTRODUCTION_LIMITS.noteMaxLength);
  }

  /** An optional decline note: empty means none. */
  declineNote(value: string | null | undefined): string | null {
    const note = value?.trim() ?? '';
    if (note.length > MATCHMAKING_LIMITS.declineNoteMaxLength) {
      this.errors.push({
        field: 'note',
        key: VALIDATION_KEYS.maxLength,
        params: { max: MATCHMAKING_LIMITS.declineNoteMaxLength },
      });
    }
    return note || null;
  }

  slots(value: ReadonlyArray<{ startsAt: Date; minutes: number }> | null | undefined): ProposedSlot[] {
    const slots = value ?? [];
    const { slotsPerProposal, meetingMinMinutes, meetingMaxMinutes } = MATCHMAKING_LIMITS;
    if (slots.length > slotsPerProposal) {
      this.errors.push({
        field: 'proposedSlots',
        key: VALIDATION_KEYS.maxItems,
        params: { max: slotsPerProposal },
      });
      return [];
    }
    const seen = new Set<string>();
    const clean: ProposedSlot[] = [];
    slots.forEach((slot, index) => {
      const startsAt = slot.startsAt instanceof Date ? slot.startsAt : new Date(slot.startsAt);
      if (Number.isNaN(startsAt.getTime()) || startsAt.getTime() <= this.now.getTime()) {
        this.errors.push({
          field: `proposedSlots.${index}.startsAt`,
          key: VALIDATION_KEYS.invalid,
          params: { index },
        });
        return;
      }
      if (
        !Number.isInteger(slot.minutes) ||
        slot.minutes < meetingMinMinutes ||
        slot.minutes > meetingMaxMinutes
      ) {
        this.errors.push({
          field: `proposedSlots.${index}.minutes`,
          key: VALIDATION_KEYS.range,
          params: { min: meetingMinMinutes, max: meetingMaxMinutes, index },
        });
        return;
      }
      const iso = startsAt.toISOString();
      if (seen.has(iso)) return;
      seen.add(iso);
      clean.push({ startsAt: iso, minutes: slot.minutes });
    });
    return clean.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }

  /** Throws BAD_USER_INPUT with every field error collected so far. */
  assertValid(): void {
    if (this.errors.length) throw AppException.invalid(this.errors);
  }

  private text(field: string, value: string, min: number, max: number): string {
    const text = (value ?? '').trim();
    if (!text) this.errors.push({ field, key: VALIDATION_KEYS.required });
    else if (text.length < min) this.errors.push({ field, key: VALIDATION_KEYS.minLength, params: { min } });
    else if (text.length > max) this.errors.push({ field, key: VALIDATION_KEYS.maxLength, params: { max } });
    return text;
  }
}
