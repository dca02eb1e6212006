import { Workbook } from 'exceljs';
import type { Cell, ColumnKind, Sheet } from './dossier.sheets';

/** Writes dossier sheets as an XLSX workbook (one worksheet each) or one sheet as CSV. */

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  date: 'yyyy-mm-dd hh:mm:ss',
  number: '0.###',
};

export async function writeXlsx(sheets: Sheet[], meta: { title: string; created: Date }): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Bridge';
  workbook.title = meta.title;
  workbook.created = meta.created;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({
      header: column.header,
      key: column.key,
      width: column.width,
      style: NUMBER_FORMATS[column.kind] ? { numFmt: NUMBER_FORMATS[column.kind] } : {},
    }));
    worksheet.addRows(sheet.rows);
    worksheet.getRow(1).font = { bold: true };
    if (sheet.columns.length) {
      worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvValue(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === 'number')
    return Number.isInteger(cell) ? String(cell) : String(Number(cell.toFixed(6)));
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * RFC 4180 CSV of one sheet: a header line, then one line per row; UTF-8 with a byte-order mark so
 * that spreadsheet programs read Chinese and Russian correctly; times in ISO 8601 UTC.
 */
export function writeCsv(sheet: Sheet): string {
  const lines = [
    sheet.columns.map((column) => csvField(column.header)),
    ...sheet.rows.map((row) => row.map((cell) => csvField(csvValue(cell)))),
  ];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}
