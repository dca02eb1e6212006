import { formatSlotIn, slotInMeetingZones } from './meeting-time';

describe('meeting time', () => {
  const startsAt = new Date('2026-12-01T08:00:00Z');

  it('shows a slot in Beijing time (UTC+8) and Moscow time (UTC+3)', () => {
    expect(formatSlotIn(startsAt, 60, 'Asia/Shanghai')).toBe('2026-12-01 16:00–17:00 (UTC+08:00)');
    expect(formatSlotIn(startsAt, 60, 'Europe/Moscow')).toBe('2026-12-01 11:00–12:00 (UTC+03:00)');
  });

  it('names the end date when the slot runs past midnight in that zone', () => {
    const late = new Date('2026-12-01T15:30:00Z');
    expect(formatSlotIn(late, 90, 'Asia/Shanghai')).toBe('2026-12-01 23:30–2026-12-02 01:00 (UTC+08:00)');
    expect(formatSlotIn(late, 90, 'Europe/Moscow')).toBe('2026-12-01 18:30–20:00 (UTC+03:00)');
  });

  it('writes UTC itself as UTC+00:00', () => {
    expect(formatSlotIn(startsAt, 15, 'UTC')).toBe('2026-12-01 08:00–08:15 (UTC+00:00)');
  });

  it('labels both zones in the reader’s language', () => {
    expect(slotInMeetingZones(startsAt, 30, 'ru')).toEqual([
      'Пекинское время: 2026-12-01 16:00–16:30 (UTC+08:00)',
      'Московское время: 2026-12-01 11:00–11:30 (UTC+03:00)',
    ]);
    expect(slotInMeetingZones(startsAt, 30, 'zh-CN')[0]).toBe('北京时间: 2026-12-01 16:00–16:30 (UTC+08:00)');
    expect(slotInMeetingZones(startsAt, 30, 'en')[1]).toBe('Moscow time: 2026-12-01 11:00–11:30 (UTC+03:00)');
  });
});
