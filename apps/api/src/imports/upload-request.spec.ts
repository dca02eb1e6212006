import { formatOf, sanitizeFileName } from './upload-request';

describe('upload request', () => {
  it.each([
    ['text/csv', 'CSV'],
    ['text/csv; charset=utf-8', 'CSV'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX'],
    ['application/json', null],
    ['text/plain', null],
    ['multipart/form-data; boundary=x', null],
    [undefined, null],
  ])('content type %s → %s', (type, format) => {
    expect(formatOf(type)).toBe(format);
  });

  it.each([
    [encodeURIComponent('заявки 2024.csv'), 'заявки 2024.csv'],
    ['..%2F..%2Fetc%2Fpasswd', 'passwd'],
    ['C:\\Users\\me\\apps.xlsx', 'apps.xlsx'],
    ['evil\u202Excod.csv', 'evilxcod.csv'],
    ['%E0%A4%A', '%E0%A4%A'],
    ['', 'applications.csv'],
    ['..', 'applications.csv'],
  ])('file name %j → %j', (header, name) => {
    expect(sanitizeFileName(header, 'CSV')).toBe(name);
  });

  it('caps the length', () => {
    expect(sanitizeFileName('a'.repeat(500), 'XLSX')).toHaveLength(200);
  });
});
