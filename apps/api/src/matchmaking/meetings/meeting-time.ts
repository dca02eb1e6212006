import { MEETING_TIME_ZONES } from '@bridge/contracts';
import type { Locale } from '@bridge/contracts';

/** "2026-12-01 16:00–17:00 (UTC+08:00)": a slot's wall-clock time in a time zone. */
export function formatSlotIn(startsAt: Date, minutes: number, timeZone: string): string {
  const start = wallClock(startsAt, timeZone);
  const end = wallClock(new Date(startsAt.getTime() + minutes * 60_000), timeZone);
  const endText = end.date === start.date ? end.time : `${end.date} ${end.time}`;
  return `${start.date} ${start.time}–${endText} (${start.offset})`;
}

const LABELS: Record<Locale, { beijing: string; moscow: string }> = {
  en: { beijing: 'Beijing time', moscow: 'Moscow time' },
  ru: { beijing: 'Пекинское время', moscow: 'Московское время' },
  'zh-CN': { beijing: '北京时间', moscow: '莫斯科时间' },
};

/** The slot in Beijing and Moscow time (DESIGN.md §5), one line each, labelled in `locale`. */
export function slotInMeetingZones(startsAt: Date, minutes: number, locale: Locale): string[] {
  const labels = LABELS[locale] ?? LABELS.en;
  return [
    `${labels.beijing}: ${formatSlotIn(startsAt, minutes, MEETING_TIME_ZONES.beijing)}`,
    `${labels.moscow}: ${formatSlotIn(startsAt, minutes, MEETING_TIME_ZONES.moscow)}`,
  ];
}

function wallClock(date: Date, timeZone: string): { date: string; time: string; offset: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const zone = part('timeZoneName');
  const offset = zone === 'GMT' ? 'UTC+00:00' : zone.replace('GMT', 'UTC');
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
    offset,
  };
}
