import { formatInZone, isTimeZone, meetingTimes, viewerTimeZone } from './meeting-time';

// 02:00 UTC on 1 December 2026: 10:00 in Beijing (UTC+8), 05:00 in Moscow (UTC+3).
const INSTANT = '2026-12-01T02:00:00.000Z';

describe('meetingTimes', () => {
  it('shows a time in Beijing, Moscow and the viewer’s zone, in that order', () => {
    const sut = meetingTimes(INSTANT, { locale: 'en', viewerZone: 'America/New_York' });

    expect(sut.map((time) => [time.view, time.timeZone])).toEqual([
      ['beijing', 'Asia/Shanghai'],
      ['moscow', 'Europe/Moscow'],
      ['local', 'America/New_York'],
    ]);
    expect(sut[0].text).toContain('10:00');
    expect(sut[0].text).toContain('Dec 1');
    expect(sut[1].text).toContain('05:00');
    // New York is at UTC−5 in winter: the evening before.
    expect(sut[2].text).toContain('21:00');
    expect(sut[2].text).toContain('Nov 30');
  });

  it('shows a span with the duration, across midnight where it crosses it', () => {
    const [beijing, moscow] = meetingTimes('2026-12-01T15:30:00.000Z', {
      locale: 'en',
      viewerZone: 'UTC',
      minutes: 90,
    });

    expect(moscow.text).toMatch(/18:30\s*–\s*20:00/);
    expect(beijing.text).toContain('23:30');
    expect(beijing.text).toContain('01:00');
    expect(beijing.text).toContain('Dec 2');
  });

  it('writes the time in the UI language', () => {
    expect(formatInZone(INSTANT, 'Europe/Moscow', 'ru')).toContain('дек');
    expect(formatInZone(INSTANT, 'Asia/Shanghai', 'zh-CN')).toContain('12月');
  });

  it('gives nothing for an invalid instant', () => {
    expect(formatInZone('not a date', 'UTC', 'en')).toBe('');
  });
});

describe('viewerTimeZone', () => {
  it('takes the profile’s zone when it is a real one, else the browser’s', () => {
    expect(viewerTimeZone('Asia/Novosibirsk')).toBe('Asia/Novosibirsk');
    expect(isTimeZone(viewerTimeZone('Mars/Olympus'))).toBe(true);
    expect(viewerTimeZone('Mars/Olympus')).toBe(viewerTimeZone(null));
  });
});
