import { IMPORT_ROW_KEYS } from '@bridge/contracts';
import type { ImportRowKey } from '@bridge/contracts';

export type CsvSeparator = ',' | ';' | '\t';

/** A file-level problem of a CSV file, at spreadsheet row `row`. */
export class CsvFormatError extends Error {
  constructor(
    readonly key: ImportRowKey,
    readonly row: number,
  ) {
    super(key);
    this.name = 'CsvFormatError';
  }
}

/**
 * CSV bytes → text: UTF-8 with or without a byte-order mark, or UTF-16 with one (Excel's "Unicode
 * text"). Anything else (Windows-1251, GBK…) is refused rather than guessed at.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CsvFormatError(IMPORT_ROW_KEYS.notUtf8, 1);
  }
}

/** The separator of the header line: the most frequent of `,` `;` and tab outside quotes (`,` on a tie). */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted) {
      if (c === '\n' || c === '\r') break;
      if (c === ',' || c === ';' || c === '\t') counts[c] += 1;
    }
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

export interface CsvResult {
  separator: CsvSeparator;
  /** One array of cells per record; record i is spreadsheet row i + 1 (an empty line is `['']`). */
  rows: string[][];
}

/**
 * RFC 4180 CSV: fields separated by `separator` (detected when not given), records by CRLF, LF or CR;
 * a field in double quotes may hold separators, line breaks and `""` for a quote. A leading BOM is
 * skipped; a final line break does not start a record. Lenient where Excel is: a quote inside an
 * unquoted field is a plain character, and text after a closing quote is kept. An unterminated quote
 * is a CsvFormatError at the row where it opens.
 */
export function parseCsv(input: string, separator: CsvSeparator = detectSeparator(input)): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  const n = text.length;
  if (n === 0) return { separator, rows };
  let record: string[] = [];
  let i = 0;
  const endOfField = (from: number) => {
    let k = from;
    while (k < n) {
      const c = text[k];
      if (c === separator || c === '\n' || c === '\r') break;
      k++;
    }
    return k;
  };
  for (;;) {
    let value: string;
    if (text[i] === '"') {
      let out = '';
      let j = i + 1;
      for (;;) {
        const quote = text.indexOf('"', j);
        if (quote === -1) throw new CsvFormatError(IMPORT_ROW_KEYS.unterminatedQuote, rows.length + 1);
        out += text.slice(j, quote);
        if (text[quote + 1] === '"') {
          out += '"';
          j = quote + 2;
        } else {
          j = quote + 1;
          break;
        }
      }
      const end = endOfField(j);
      value = out + text.slice(j, end);
      i = end;
    } else {
      const end = endOfField(i);
      value = text.slice(i, end);
      i = end;
    }
    record.push(value);
    if (i >= n) break;
    if (text[i] === separator) {
      i++;
      if (i >= n) {
        record.push('');
        break;
      }
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(record);
    record = [];
    if (i >= n) return { separator, rows };
  }
  rows.push(record);
  return { separator, rows };
}
