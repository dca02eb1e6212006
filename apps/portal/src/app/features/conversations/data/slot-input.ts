import { MATCHMAKING_LIMITS } from '@bridge/contracts';

/** A slot as typed: a date and a time of day in the viewer's zone, and a duration. */
export interface SlotInput {
  /** `YYYY-MM-DD` (an `<input type="date">` value). */
  date: string;
  /** `HH:mm` (an `<input type="time">` value). */
  time: string;
  minutes: number;
}

/** A slot as the API takes it: the start as an ISO instant (UTC) and the duration. */
export interface SlotValue {
  startsAt: string;
  minutes: number;
}

export type SlotProblem = 'incomplete' | 'invalid' | 'past' | 'duration' | 'duplicate';

export const DURATION_CHOICES = [30, 45, 60, 90, 120] as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::\d{2})?$/;

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant (ISO, UTC) of a wall-clock date and time in `timeZone`; null when the date or time is
 * not a real one. A time skipped by a daylight-saving change moves forward by the change.
 */
export function slotToIso(date: string, time: string, timeZone: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [+d[1], +d[2], +d[3], +t[1], +t[2]];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null; // e.g. 31 April
  let instant = wall - zoneOffset(wall, timeZone);
  const offset = zoneOffset(instant, timeZone);
  if (wall - offset !== instant) instant = wall - offset;
  return new Date(instant).toISOString();
}

/** The date and time of day an instant has in `timeZone`, as the inputs take them. */
export function isoToSlotInput(iso: string, timeZone: string): { date: string; time: string } {
  const instant = new Date(iso).getTime();
  const local = new Date(instant + zoneOffset(instant, timeZone)).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** A first slot to offer: tomorrow at 10:00 in the viewer's zone, for an hour. */
export function defaultSlot(timeZone: string, now: Date = new Date()): SlotInput {
  const tomorrow = isoToSlotInput(new Date(now.getTime() + 24 * 3600_000).toISOString(), timeZone);
  return { date: tomorrow.date, time: '10:00', minutes: 60 };
}

/** What is wrong with one slot, or null. */
export function slotProblem(slot: SlotInput, timeZone: string, now: Date = new Date()): SlotProblem | null {
  if (!slot.date || !slot.time) return 'incomplete';
  const iso = slotToIso(slot.date, slot.time, timeZone);
  if (!iso) return 'invalid';
  if (new Date(iso).getTime() <= now.getTime()) return 'past';
  const { meetingMinMinutes, meetingMaxMinutes } = MATCHMAKING_LIMITS;
  if (!Number.isInteger(slot.minutes) || slot.minutes < meetingMinMinutes || slot.minutes > meetingMaxMinutes)
    return 'duration';
  return null;
}

/**
 * The slots as the API takes them, or the problem of each (index → problem) when one is wrong.
 * A slot starting at the same instant as an earlier one is a duplicate.
 */
export function toSlotValues(
  slots: readonly SlotInput[],
  timeZone: string,
  now: Date = new Date(),
): { values: SlotValue[]; problems: (SlotProblem | null)[] } {
  const seen = new Set<string>();
  const values: SlotValue[] = [];
  const problems = slots.map((slot) => {
    const problem = slotProblem(slot, timeZone, now);
    if (problem) return problem;
    const startsAt = slotToIso(slot.date, slot.time, timeZone) as string;
    if (seen.has(startsAt)) return 'duplicate';
    seen.add(startsAt);
    values.push({ startsAt, minutes: slot.minutes });
    return null;
  });
  return { values: problems.some((p) => p) ? [] : values, problems };
}
