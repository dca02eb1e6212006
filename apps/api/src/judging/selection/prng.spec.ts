import { mulberry32 } from './prng';

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const sut = mulberry32;
    const a = sut(42);
    const b = sut(42);
    const c = sut(43);

    const first = Array.from({ length: 1000 }, () => a.next());
    const again = Array.from({ length: 1000 }, () => b.next());
    const other = Array.from({ length: 1000 }, () => c.next());

    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    first.forEach((x) => expect(x >= 0 && x < 1).toBe(true));
    expect(first.reduce((s, x) => s + x, 0) / first.length).toBeCloseTo(0.5, 1);
    const ints = Array.from({ length: 500 }, () => a.int(7));
    expect(new Set(ints)).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
  });
});
