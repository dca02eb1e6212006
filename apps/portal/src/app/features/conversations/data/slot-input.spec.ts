import { defaultSlot, isoToSlotInput, slotToIso, toSlotValues } from './slot-input';

const NOW = new Date('2026-11-27T12:00:00Z');

describe('slotToIso', () => {
  it('reads the date and time in the viewer’s zone', () => {
    expect(slotToIso('2026-12-01', '10:00', 'Asia/Shanghai')).toBe('2026-12-01T02:00:00.000Z');
    expect(slotToIso('2026-12-01', '10:00', 'Europe/Moscow')).toBe('2026-12-01T07:00:00.000Z');
    expect(slotToIso('2026-12-01', '10:00', 'UTC')).toBe('2026-12-01T10:00:00.000Z');
  });

  it('follows daylight saving time in zones that have it', () => {
    expect(slotToIso('2026-07-01', '10:00', 'Europe/Berlin')).toBe('2026-07-01T08:00:00.000Z');
    expect(slotToIso('2026-12-01', '10:00', 'Europe/Berlin')).toBe('2026-12-01T09:00:00.000Z');
    // 02:30 does not exist in Berlin on 29 March 2026: it is taken as 03:30 summer time.
    expect(slotToIso('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses dates and times that do not exist', () => {
    expect(slotToIso('2026-02-30', '10:00', 'UTC')).toBeNull();
    expect(slotToIso('2026-12-01', '24:00', 'UTC')).toBeNull();
    expect(slotToIso('', '10:00', 'UTC')).toBeNull();
    expect(slotToIso('2026-12-01', 'noon', 'UTC')).toBeNull();
  });

  it('is undone by isoToSlotInput', () => {
    const iso = slotToIso('2026-12-31', '23:45', 'America/Los_Angeles') as string;

    expect(isoToSlotInput(iso, 'America/Los_Angeles')).toEqual({ date: '2026-12-31', time: '23:45' });
    expect(isoToSlotInput(iso, 'Asia/Shanghai')).toEqual({ date: '2027-01-01', time: '15:45' });
  });
});

describe('toSlotValues', () => {
  it('gives the API’s slots when every one is complete, future and of a valid length', () => {
    const sut = toSlotValues(
      [
        { date: '2026-12-01', time: '10:00', minutes: 60 },
        { date: '2026-12-02', time: '15:30', minutes: 30 },
      ],
      'Europe/Moscow',
      NOW,
    );

    expect(sut.problems).toEqual([null, null]);
    expect(sut.values).toEqual([
      { startsAt: '2026-12-01T07:00:00.000Z', minutes: 60 },
      { startsAt: '2026-12-02T12:30:00.000Z', minutes: 30 },
    ]);
  });

  it('names the problem of each wrong slot and gives no values then', () => {
    const sut = toSlotValues(
      [
        { date: '2026-12-01', time: '', minutes: 60 },
        { date: '2026-11-27', time: '14:00', minutes: 60 },
        { date: '2026-12-01', time: '10:00', minutes: 5 },
        { date: '2026-12-03', time: '10:00', minutes: 60 },
        { date: '2026-12-03', time: '10:00', minutes: 30 },
      ],
      'Europe/Moscow',
      NOW,
    );

    // 14:00 in Moscow on 27 November is 11:00 UTC, before NOW.
    expect(sut.problems).toEqual(['incomplete', 'past', 'duration', null, 'duplicate']);
    expect(sut.values).toEqual([]);
  });
});

describe('defaultSlot', () => {
  it('offers tomorrow at 10:00 in the viewer’s zone, for an hour', () => {
    expect(defaultSlot('Asia/Shanghai', new Date('2026-11-27T20:00:00Z'))).toEqual({
      date: '2026-11-29',
      time: '10:00',
      minutes: 60,
    });
    expect(defaultSlot('Europe/Moscow', new Date('2026-11-27T20:00:00Z')).date).toBe('2026-11-28');
  });
});
