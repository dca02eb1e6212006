import type { ImportFormat } from './import.types';

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The format a Content-Type names (parameters such as `charset` ignored), or null for any other type. */
export function formatOf(contentType: string | undefined): ImportFormat | null {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === CSV_TYPE) return 'CSV';
  if (type === XLSX_TYPE) return 'XLSX';
  return null;
}

/**
 * The file name from the `x-file-name` header (percent-encoded by the portal, as headers are ASCII):
 * no folders, no control or bidirectional-override characters, at most 200 characters.
 */
export function sanitizeFileName(header: string | undefined, format: ImportFormat): string {
  let name = header ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: keep as sent.
  }
  name = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  if (!name || /^\.+$/.test(name)) return format === 'CSV' ? 'applications.csv' : 'applications.xlsx';
  return name;
}
