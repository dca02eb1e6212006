import { CsvFormatError, decodeCsv, detectSeparator, parseCsv } from './csv-parser';

describe('parseCsv', () => {
  const sut = parseCsv;

  it('splits records on LF, CRLF and CR and drops the final line break', () => {
    expect(sut('a,b\nc,d\r\ne,f\rg,h\r\n').rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('reads quoted fields with separators, line breaks and escaped quotes', () => {
    const text = 'name,summary\n"Acme, Inc.","Says ""hello""\r\non two lines"\n';
    expect(sut(text).rows).toEqual([
      ['name', 'summary'],
      ['Acme, Inc.', 'Says "hello"\r\non two lines'],
    ]);
  });

  it('keeps empty fields, empty lines and a trailing separator', () => {
    expect(sut('a,,c\n\n,b,\n').rows).toEqual([['a', '', 'c'], [''], ['', 'b', '']]);
  });

  it('skips a byte-order mark and detects the separator of the header', () => {
    const result = sut('\ufeffstartup;field;title_en\n"Neuro; Vision";AI;Eyes\n');
    expect(result.separator).toBe(';');
    expect(result.rows[0]).toEqual(['startup', 'field', 'title_en']);
    expect(result.rows[1]).toEqual(['Neuro; Vision', 'AI', 'Eyes']);
  });

  it('is lenient where Excel is: quotes inside unquoted values, text after a closing quote', () => {
    expect(sut('5" screen,"a"b\n').rows).toEqual([['5" screen', 'ab']]);
  });

  it('reports an unterminated quote at the row where it opens', () => {
    const run = () => sut('h1,h2\nok,fine\n"never closed,x\nmore\n');
    expect(run).toThrow(CsvFormatError);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({ key: 'import.unterminatedQuote', row: 3 });
    }
  });

  it('returns no rows for empty input', () => {
    expect(sut('').rows).toEqual([]);
    expect(sut('\ufeff').rows).toEqual([]);
  });

  it('parses 10,000 rows quickly', () => {
    const line = '"A-1","Startup, Ltd",AI,"Title ""quoted""",5,MVP\r\n';
    const started = Date.now();
    expect(sut(line.repeat(10_000)).rows).toHaveLength(10_000);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('detectSeparator', () => {
  it.each([
    ['a,b,c\n', ','],
    ['a;b;c\n', ';'],
    ['a\tb\tc\n', '\t'],
    ['"x;y;z",b,c\n', ','],
    ['single\n', ','],
  ])('%j → %j', (text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });
});

describe('decodeCsv', () => {
  const encodeUtf16le = (text: string) =>
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

  it('reads UTF-8 with or without BOM and UTF-16 with BOM', () => {
    expect(decodeCsv(Buffer.from('\ufeffСтартап,初创公司', 'utf8'))).toBe('Стартап,初创公司');
    expect(decodeCsv(Buffer.from('plain', 'utf8'))).toBe('plain');
    expect(decodeCsv(encodeUtf16le('Стартап\t初创公司'))).toBe('Стартап\t初创公司');
  });

  it('refuses other encodings (Windows-1251 bytes) with import.notUtf8', () => {
    const cp1251 = Buffer.from([0xd1, 0xf2, 0xe0, 0xf0, 0xf2, 0xe0, 0xef]); // "Стартап"
    expect(() => decodeCsv(cp1251)).toThrow(expect.objectContaining({ key: 'import.notUtf8', row: 1 }));
  });
});
