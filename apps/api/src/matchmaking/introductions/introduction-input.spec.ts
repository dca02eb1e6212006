import { IntroductionInputCleaner } from './introduction-input';

const NOW = new Date('2026-11-27T10:00:00Z');
const at = (iso: string) => new Date(iso);

describe('IntroductionInputCleaner', () => {
  const sut = () => new IntroductionInputCleaner(NOW);

  it('trims the message and counts its length after trimming', () => {
    const clean = sut();
    expect(clean.message(`   ${'a'.repeat(20)}   `)).toBe('a'.repeat(20));
    expect(clean.errors).toEqual([]);
    const short = sut();
    short.message(`  ${'a'.repeat(19)}      `);
    expect(short.errors).toEqual([{ field: 'message', key: 'validation.minLength', params: { min: 20 } }]);
    const long = sut();
    long.message('a'.repeat(4001));
    expect(long.errors).toEqual([{ field: 'message', key: 'validation.maxLength', params: { max: 4000 } }]);
    const empty = sut();
    empty.message('    ');
    expect(empty.errors).toEqual([{ field: 'message', key: 'validation.required' }]);
  });

  it('sorts proposed slots, drops repeats, and names each bad slot by its index', () => {
    const clean = sut();
    const slots = clean.slots([
      { startsAt: at('2026-12-02T08:00:00Z'), minutes: 60 },
      { startsAt: at('2026-12-01T08:00:00Z'), minutes: 30 },
      { startsAt: at('2026-12-02T08:00:00Z'), minutes: 60 },
    ]);
    expect(slots).toEqual([
      { startsAt: '2026-12-01T08:00:00.000Z', minutes: 30 },
      { startsAt: '2026-12-02T08:00:00.000Z', minutes: 60 },
    ]);
    expect(clean.errors).toEqual([]);

    const bad = sut();
    bad.slots([
      { startsAt: NOW, minutes: 30 },
      { startsAt: at('2026-12-01T08:00:00Z'), minutes: 14 },
      { startsAt: at('2026-12-01T09:00:00Z'), minutes: 481 },
      { startsAt: at('2026-12-01T10:00:00Z'), minutes: 480 },
    ]);
    expect(bad.errors.map((e) => e.field)).toEqual([
      'proposedSlots.0.startsAt',
      'proposedSlots.1.minutes',
      'proposedSlots.2.minutes',
    ]);
  });

  it('refuses more than five slots, and takes none as none', () => {
    const clean = sut();
    clean.slots(
      Array.from({ length: 6 }, (_, i) => ({ startsAt: at(`2026-12-0${i + 1}T08:00:00Z`), minutes: 30 })),
    );
    expect(clean.errors).toEqual([
      { field: 'proposedSlots', key: 'validation.maxItems', params: { max: 5 } },
    ]);
    expect(sut().slots(null)).toEqual([]);
  });

  it('takes an empty decline note as none and bounds notes', () => {
    const clean = sut();
    expect(clean.declineNote('   ')).toBeNull();
    expect(clean.declineNote(' Later. ')).toBe('Later.');
    clean.declineNote('x'.repeat(1001));
    clean.note('y'.repeat(2001));
    expect(clean.errors).toEqual([
      { field: 'note', key: 'validation.maxLength', params: { max: 1000 } },
      { field: 'body', key: 'validation.maxLength', params: { max: 2000 } },
    ]);
    expect(() => clean.assertValid()).toThrow();
  });
});
