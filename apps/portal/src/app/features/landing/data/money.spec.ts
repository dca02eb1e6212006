import { formatMajor, formatMinor, formatNumber, minorToYuan, yuanToMinor } from './money';

describe('landing money', () => {
  it('shows minor units as whole yuan and dollars in each UI language', () => {
    expect(formatMinor(150_000_000, 'CNY', 'en')).toBe('CN¥1,500,000');
    expect(formatMinor(25_000_000, 'USD', 'en')).toBe('$250,000');
    expect(formatMinor(150_000_000, 'CNY', 'zh-CN')).toBe('¥1,500,000');
    expect(formatMinor(25_000_000, 'USD', 'ru').replace(/\s/g, ' ')).toBe('250 000 $');
  });

  it('keeps cents of small per-m² amounts', () => {
    expect(formatMajor(35.5, 'CNY', 'zh-CN')).toBe('¥35.5');
    expect(formatMajor(40, 'CNY', 'zh-CN')).toBe('¥40');
    expect(formatNumber(1200, 'ru').replace(/\s/g, ' ')).toBe('1 200');
  });

  it('turns typed yuan into fen and back; empty or negative is no amount', () => {
    expect(yuanToMinor('1 500 000')).toBe(150_000_000);
    expect(yuanToMinor(12.34)).toBe(1234);
    expect(yuanToMinor('')).toBeNull();
    expect(yuanToMinor('-5')).toBeNull();
    expect(yuanToMinor('abc')).toBeNull();
    expect(minorToYuan(150_000_000)).toBe(1_500_000);
    expect(minorToYuan(null)).toBeNull();
  });
});
