import { AppException } from '../../common/errors/app.exception';
import { cleanProposal, offeredSlot } from './meeting-input';

const now = new Date('2026-11-27T10:00:00Z');
const at = (iso: string) => new Date(iso);
const fieldsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as AppException).fields.map((f) => `${f.field}:${f.key}`);
  }
  throw new Error('expected a validation error');
};

describe('cleanProposal', () => {
  it('sorts the slots by start and trims the note', () => {
    const sut = cleanProposal(
      {
        slots: [
          { startsAt: at('2026-12-02T08:00:00Z'), minutes: 60 },
          { startsAt: at('2026-12-01T08:00:00Z'), minutes: 30 },
        ],
        note: '  Video call  ',
      },
      now,
    );
    expect(sut).toEqual({
      slots: [
        { startsAt: '2026-12-01T08:00:00.000Z', minutes: 30 },
        { startsAt: '2026-12-02T08:00:00.000Z', minutes: 60 },
      ],
      note: 'Video call',
    });
  });

  it('refuses past starts, repeated starts and lengths outside 15–480 minutes', () => {
    const slots = [
      { startsAt: at('2026-11-27T09:00:00Z'), minutes: 60 },
      { startsAt: at('2026-12-01T08:00:00Z'), minutes: 14 },
      { startsAt: at('2026-12-01T08:00:00Z'), minutes: 481 },
      { startsAt: at('2026-12-03T08:00:00Z'), minutes: 30.5 },
    ];
    expect(fieldsOf(() => cleanProposal({ slots }, now))).toEqual([
      'slots.0.startsAt:validation.range',
      'slots.1.minutes:validation.range',
      'slots.2.startsAt:validation.invalid',
      'slots.2.minutes:validation.range',
      'slots.3.minutes:validation.range',
    ]);
  });

  it('takes 1–5 slots and a note of at most 1,000 characters', () => {
    const slot = (day: number) => ({ startsAt: at(`2026-12-0${day}T08:00:00Z`), minutes: 30 });
    expect(fieldsOf(() => cleanProposal({ slots: [] }, now))).toEqual(['slots:validation.required']);
    expect(fieldsOf(() => cleanProposal({ slots: [1, 2, 3, 4, 5, 6].map(slot) }, now))).toEqual([
      'slots:validation.maxItems',
    ]);
    expect(fieldsOf(() => cleanProposal({ slots: [slot(1)], note: 'n'.repeat(1001) }, now))).toEqual([
      'note:validation.maxLength',
    ]);
  });
});

describe('offeredSlot', () => {
  const slots = [{ startsAt: '2026-12-01T08:00:00.000Z', minutes: 30 }];

  it('finds the offered slot by its start, whatever the notation', () => {
    expect(offeredSlot(slots, at('2026-12-01T16:00:00+08:00'))).toBe(slots[0]);
  });

  it('refuses a time that was not offered', () => {
    expect(fieldsOf(() => offeredSlot(slots, at('2026-12-01T08:30:00Z')))).toEqual([
      'startsAt:validation.oneOf',
    ]);
  });
});
