import { buildIcs, escapeText, foldLine, formatUtc, unfoldIcs } from './ics';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('ics', () => {
  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b; c, d\r\ne\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('writes date-times in UTC', () => {
    expect(formatUtc(new Date('2026-12-01T08:05:09.123Z'))).toBe('20261201T080509Z');
  });

  it('leaves a line of 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldLine(line)).toBe(line);
  });

  it('folds long ASCII lines at 75 octets, continuation lines starting with a space', () => {
    const line = `DESCRIPTION:${'a'.repeat(200)}`;
    const sut = foldLine(line).split('\r\n');
    // 212 octets: 75, then 74 + the leading space, then the last 63 + the space.
    expect(sut.map(octets)).toEqual([75, 75, 64]);
    expect(sut.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(
      sut[0] +
        sut
          .slice(1)
          .map((l) => l.slice(1))
          .join(''),
    ).toBe(line);
  });

  it('folds long UTF-8 lines without splitting a character', () => {
    const line = `SUMMARY:${'会议'.repeat(30)} Встреча ${'ё'.repeat(40)} 🤝🤝🤝`;
    const sut = foldLine(line).split('\r\n');
    expect(sut.length).toBeGreaterThan(2);
    for (const part of sut) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
    }
    expect(unfoldIcs(foldLine(line) + '\r\n')).toEqual([line]);
  });

  it('builds a calendar with one event whose lines read back', () => {
    const sut = buildIcs({
      uid: 'm-1@bridge',
      stamp: new Date('2026-11-27T10:00:00Z'),
      start: new Date('2026-12-01T08:00:00Z'),
      end: new Date('2026-12-01T09:00:00Z'),
      summary: 'Bridge meeting: AgroVision, seed; round',
      description: 'Beijing time: 16:00\nMoscow time: 11:00',
      organizer: { name: 'Ann "A" Lee', email: 'ann@example.test' },
    });
    expect(sut.endsWith('\r\n')).toBe(true);
    expect(sut.replace(/\r\n/g, '')).not.toContain('\n');
    const lines = unfoldIcs(sut);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toEqual(
      expect.arrayContaining([
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'UID:m-1@bridge',
        'DTSTAMP:20261127T100000Z',
        'DTSTART:20261201T080000Z',
        'DTEND:20261201T090000Z',
        'SUMMARY:Bridge meeting: AgroVision\\, seed\\; round',
        'DESCRIPTION:Beijing time: 16:00\\nMoscow time: 11:00',
        'ORGANIZER;CN="Ann A Lee":mailto:ann@example.test',
        'END:VEVENT',
      ]),
    );
  });
});
