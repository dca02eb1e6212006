import { formatMoney, fromMinorUnits, toMinorUnits } from './money';

describe('toMinorUnits', () => {
  it.each([
    [1500000, 150000000],
    [1234.56, 123456],
    [0.1 + 0.2, 30],
    [19.99, 1999],
    [0, 0],
    ['2 500 000', 250000000],
    ['1234,5', 123450],
  ])('%s → %s', (major, minor) => {
    expect(toMinorUnits(major)).toBe(minor);
  });

  it.each([[null], [undefined], [''], ['abc'], [-5], [Number.NaN]])('refuses %s', (major) => {
    expect(toMinorUnits(major)).toBeNull();
  });
});

describe('fromMinorUnits', () => {
  it('gives the major-unit amount back', () => {
    expect(fromMinorUnits(123456)).toBe(1234.56);
    expect(fromMinorUnits(toMinorUnits(1234.56))).toBe(1234.56);
    expect(fromMinorUnits(null)).toBeNull();
  });
});

describe('formatMoney', () => {
  it('formats in the UI language, without cents when whole', () => {
    expect(formatMoney(150000000, 'USD', 'en')).toBe('$1,500,000');
    expect(formatMoney(25000050, 'USD', 'en')).toBe('$250,000.50');
    expect(formatMoney(100000, 'RUB', 'ru').replace(/\s/g, ' ')).toBe('1 000 ₽');
    expect(formatMoney(100000, 'CNY', 'zh-CN')).toBe('¥1,000');
  });
});
