import {
  isPhone,
  languageOf,
  parseAmountMinor,
  parseCurrency,
  parseInteger,
  parseSeeking,
  parseStage,
  parseYear,
  splitList,
  withScheme,
} from './import-values';

describe('cell values', () => {
  it.each([
    ['MVP', 'MVP'],
    ['early_revenue', 'EARLY_REVENUE'],
    ['Early revenue', 'EARLY_REVENUE'],
    ['Первая выручка', 'EARLY_REVENUE'],
    ['масштабирование', 'SCALING'],
    ['原型', 'PROTOTYPE'],
    ['创意', 'IDEA'],
    ['unicorn', undefined],
  ])('stage %s → %s', (text, stage) => {
    expect(parseStage(text)).toBe(stage);
  });

  it.each([
    ['RUB', 'RUB'],
    ['руб', 'RUB'],
    ['₽', 'RUB'],
    ['rmb', 'CNY'],
    ['人民币', 'CNY'],
    ['＄', 'USD'],
    ['美元', 'USD'],
    ['EUR', undefined],
  ])('currency %s → %s', (text, currency) => {
    expect(parseCurrency(text)).toBe(currency);
  });

  it('reads lists of needs in three languages and lists what it does not know', () => {
    expect(parseSeeking('INVESTMENT; landing, R&D partner')).toEqual({
      kinds: ['INVESTMENT', 'LANDING', 'RD_PARTNER'],
      unknown: [],
    });
    expect(parseSeeking('инвестиции；клиенты、落地、投资')).toEqual({
      kinds: ['INVESTMENT', 'CUSTOMERS', 'LANDING'],
      unknown: [],
    });
    expect(parseSeeking('money, landing')).toEqual({ kinds: ['LANDING'], unknown: ['money'] });
    expect(splitList(' a ,, b；c、 ')).toEqual(['a', 'b', 'c']);
  });

  it('reads whole numbers and years', () => {
    expect(parseInteger('7')).toBe(7);
    expect(parseInteger('5.0')).toBe(5);
    expect(parseInteger('TRL 6')).toBe(6);
    expect(parseInteger('1 200')).toBe(1200);
    expect(parseInteger('5.5')).toBeUndefined();
    expect(parseInteger('seven')).toBeUndefined();
    expect(parseYear('2019-03-01')).toBe(2019);
    expect(parseYear('2019')).toBe(2019);
  });

  it.each([
    ['5000000', 500_000_000],
    ['5 000 000', 500_000_000],
    ['5\u00a0000\u00a0000,50', 500_000_050],
    ['5,000,000', 500_000_000],
    ['5.000.000', 500_000_000],
    ['12.5', 1250],
    ['0', 0],
    ['-5', undefined],
    ['5.123', 512_300], // one group of three digits: thousands (Russian style), not three decimals
    ['5.1234', undefined],
    ['about 5M', undefined],
  ])('amount %s → %s minor units', (text, minor) => {
    expect(parseAmountMinor(text)).toBe(minor);
  });

  it('tells the language of a name by its script', () => {
    expect(languageOf('智农科技')).toBe('zh');
    expect(languageOf('Нейровижн')).toBe('ru');
    expect(languageOf('NeuroVision 2')).toBe('en');
  });

  it('adds https:// to a link without scheme and checks phones', () => {
    expect(withScheme('example.org/deck.pdf')).toBe('https://example.org/deck.pdf');
    expect(withScheme('http://example.org')).toBe('http://example.org');
    expect(isPhone('+7 (900) 000-00-00')).toBe(true);
    expect(isPhone('call me')).toBe(false);
    expect(isPhone('123')).toBe(false);
  });
});
