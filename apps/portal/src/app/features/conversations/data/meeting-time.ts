import { MEETING_TIME_ZONES } from '@bridge/contracts';

/** Where a meeting time is shown: Beijing, Moscow, and the viewer's own zone. */
export type TimeZoneView = 'beijing' | 'moscow' | 'local';

export interface ZonedTime {
  view: TimeZoneView;
  /** The IANA zone the time is shown in. */
  timeZone: string;
  /** The time (or span, when a duration is given) in the UI language. */
  text: string;
}

const FORMAT: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/** Whether the runtime knows this IANA zone. */
export function isTimeZone(timeZone: string | null | undefined): timeZone is string {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The viewer's zone: their profile's when it is a real zone, else the browser's, else UTC. */
export function viewerTimeZone(profileZone?: string | null): string {
  if (isTimeZone(profileZone)) return profileZone;
  const browser = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isTimeZone(browser) ? browser : 'UTC';
}

/**
 * An instant (ISO string) as a date and time in `timeZone`, in the UI language; with `minutes`, the
 * span from it to its end ("Tue, 1 Dec 2026, 10:00–11:00"). '' for an invalid instant.
 */
export function formatInZone(iso: string, timeZone: string, locale: string, minutes?: number | null): string {
  const start = new Date(iso);
  if (Number.isNaN(start.getTime())) return '';
  const format = new Intl.DateTimeFormat(locale, { ...FORMAT, timeZone });
  if (!minutes || minutes <= 0) return format.format(start);
  return format.formatRange(start, new Date(start.getTime() + minutes * 60_000));
}

/**
 * Every time shown three ways (DESIGN.md §5): Beijing (Asia/Shanghai), Moscow (Europe/Moscow) and
 * the viewer's own zone, in that order.
 */
export function meetingTimes(
  iso: string,
  options: { locale: string; viewerZone: string; minutes?: number | null },
): ZonedTime[] {
  const zones: [TimeZoneView, string][] = [
    ['beijing', MEETING_TIME_ZONES.beijing],
    ['moscow', MEETING_TIME_ZONES.moscow],
    ['local', options.viewerZone],
  ];
  return zones.map(([view, timeZone]) => ({
    view,
    timeZone,
    text: formatInZone(iso, timeZone, options.locale, options.minutes),
  }));
}
