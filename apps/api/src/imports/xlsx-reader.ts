import ExcelJS from 'exceljs';

export interface SheetRow {
  /** The spreadsheet row number (1-based, as Excel shows it). */
  number: number;
  cells: string[];
}

export class TooManyRowsError extends Error {
  constructor() {
    super('too many rows');
    this.name = 'TooManyRowsError';
  }
}

/** `PK\x03\x04`: every XLSX file is a ZIP archive. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The text a cell shows: rich text joined, formulas by their result, dates as YYYY-MM-DD. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as {
      richText?: Array<{ text: string }>;
      text?: unknown;
      result?: unknown;
      error?: string;
    };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if ('text' in cell) return cellText(cell.text);
    if ('result' in cell) return cellText(cell.result);
    if ('error' in cell) return '';
  }
  return String(value);
}

/**
 * The non-empty rows of the first worksheet of an XLSX file; throws when the bytes are no workbook,
 * and TooManyRowsError past `maxRows` rows (before they fill the memory).
 *
 * Read with `workbook.xlsx.load`, not exceljs' streaming WorkbookReader: in exceljs 4.4 the streaming
 * reader decodes every inflated 16 KB chunk on its own and so breaks a Chinese or Cyrillic character
 * that straddles two chunks into U+FFFD (exceljs issues #2063, #2084; unfixed). It hit about one row
 * in ten of the 10,000-row benchmark file. `load` decodes each part whole: slower (≈2 s per 10,000
 * rows) and in memory (≈13 MB per 1,000 rows of 23 columns), bounded by the 20 MB upload limit and
 * the number of parses running at once.
 */
export async function readXlsxRows(bytes: Buffer, maxRows: number): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs reads `maxRows` (undeclared in its types) and stops a sheet with more rows early.
  const options = { ignoreNodes: ['dataValidations', 'conditionalFormatting', 'pageSetup'], maxRows };
  try {
    // exceljs types the input as its own ArrayBuffer-like `Buffer`; JSZip reads a Node Buffer as is.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, options);
  } catch (error) {
    if (error instanceof Error && /^Max row count/.test(error.message)) throw new TooManyRowsError();
    throw error;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet in the file');
  const rows: SheetRow[] = [];
  sheet.eachRow((row) => {
    const values = row.values as unknown[];
    const cells: string[] = [];
    for (let column = 1; column < values.length; column++) cells.push(cellText(values[column]));
    rows.push({ number: row.number, cells });
  });
  return rows;
}
