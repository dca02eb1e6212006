import { centsToUsd, formatUsdCents, usdToCents } from './ticket';

describe('ticket sizes (US dollars in the form, cents for the API)', () => {
  it.each([
    [250_000, 25_000_000],
    ['1 000 000', 100_000_000],
    ['1,500,000', 150_000_000],
    [0, 0],
    [99.99, 9_999],
  ])('sends %p dollars as %p cents', (dollars, cents) => {
    expect(usdToCents(dollars)).toBe(cents);
  });

  it.each([null, undefined, '', '  ', 'abc', -5])('leaves the end open for %p', (dollars) => {
    expect(usdToCents(dollars)).toBeNull();
  });

  it('shows stored cents as dollars in the form, round trip included', () => {
    expect(centsToUsd(25_000_000)).toBe(250_000);
    expect(centsToUsd(null)).toBeNull();
    expect(usdToCents(centsToUsd(123_456_700))).toBe(123_456_700);
  });

  it('formats cents as whole dollars in the UI language', () => {
    expect(formatUsdCents(25_000_000, 'en')).toBe('$250,000');
    expect(formatUsdCents(25_000_000, 'ru').replace(/\s/g, ' ')).toBe('250 000 $');
  });
});
