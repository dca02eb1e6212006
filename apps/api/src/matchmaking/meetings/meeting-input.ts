import { MATCHMAKING_LIMITS, VALIDATION_KEYS } from '@bridge/contracts';
import type { FieldError } from '@bridge/contracts';
import { AppException } from '../../common/errors/app.exception';
import type { MeetingSlotValue } from './entities/meeting.entity';

export const MEETING_NOTE_MAX_LENGTH = 1000;

/**
 * Cleans a proposal: 1–5 slots, each starting in the future, 15–480 whole minutes long, no start
 * offered twice; slots sorted by start; note trimmed (≤ 1,000, empty → null). Throws
 * BAD_USER_INPUT with one field error per problem.
 */
export function cleanProposal(
  input: { slots: Array<{ startsAt: Date; minutes: number }>; note?: string | null },
  now: Date,
): { slots: MeetingSlotValue[]; note: string | null } {
  const errors: FieldError[] = [];
  const { slotsPerProposal, meetingMinMinutes: min, meetingMaxMinutes: max } = MATCHMAKING_LIMITS;
  if (input.slots.length < 1) errors.push({ field: 'slots', key: VALIDATION_KEYS.required });
  if (input.slots.length > slotsPerProposal) {
    errors.push({ field: 'slots', key: VALIDATION_KEYS.maxItems, params: { max: slotsPerProposal } });
  }
  const seen = new Set<number>();
  input.slots.forEach((slot, index) => {
    const field = `slots.${index}`;
    const time = slot.startsAt.getTime();
    if (Number.isNaN(time)) errors.push({ field: `${field}.startsAt`, key: VALIDATION_KEYS.invalid });
    else if (time <= now.getTime()) errors.push({ field: `${field}.startsAt`, key: VALIDATION_KEYS.range });
    else if (seen.has(time)) errors.push({ field: `${field}.startsAt`, key: VALIDATION_KEYS.invalid });
    seen.add(time);
    if (!Number.isInteger(slot.minutes) || slot.minutes < min || slot.minutes > max) {
      errors.push({ field: `${field}.minutes`, key: VALIDATION_KEYS.range, params: { min, max } });
    }
  });
  const note = input.note?.trim() || null;
  if (note && note.length > MEETING_NOTE_MAX_LENGTH) {
    errors.push({ field: 'note', key: VALIDATION_KEYS.maxLength, params: { max: MEETING_NOTE_MAX_LENGTH } });
  }
  if (errors.length) throw AppException.invalid(errors);
  const slots = [...input.slots]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((slot) => ({ startsAt: slot.startsAt.toISOString(), minutes: slot.minutes }));
  return { slots, note };
}

/** The offered slot that starts at `startsAt`, or a field error. */
export function offeredSlot(slots: MeetingSlotValue[], startsAt: Date): MeetingSlotValue {
  const slot = slots.find((s) => new Date(s.startsAt).getTime() === startsAt.getTime());
  if (!slot) throw AppException.invalid([{ field: 'startsAt', key: VALIDATION_KEYS.oneOf }]);
  return slot;
}
