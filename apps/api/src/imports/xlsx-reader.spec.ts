import ExcelJS from 'exceljs';
import { TooManyRowsError, cellText, looksLikeZip, readXlsxRows } from './xlsx-reader';

describe('xlsx reader', () => {
  it('shows cells as text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(5000000)).toBe('5000000');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2019, 2, 1)))).toBe('2019-03-01');
    expect(cellText({ richText: [{ text: 'Нейро' }, { text: 'вижн' }] })).toBe('Нейровижн');
    expect(cellText({ text: 'deck', hyperlink: 'https://example.test' })).toBe('deck');
    expect(cellText({ formula: 'A1*2', result: 10 })).toBe('10');
    expect(cellText({ error: '#N/A' })).toBe('');
  });

  it('reads the rows of the first worksheet with their numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Applications');
    sheet.addRow(['startup_name', 'trl', '标题（中文）']);
    sheet.addRow(['Нейровижн', 6, '视觉']);
    sheet.getRow(4).values = ['Acme', 3, { richText: [{ text: 'rich' }] }];
    workbook.addWorksheet('Other').addRow(['not read']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(looksLikeZip(bytes)).toBe(true);

    expect(await readXlsxRows(bytes, 100)).toEqual([
      { number: 1, cells: ['startup_name', 'trl', '标题（中文）'] },
      { number: 2, cells: ['Нейровижн', '6', '视觉'] },
      { number: 4, cells: ['Acme', '3', 'rich'] },
    ]);
  });

  it('keeps Chinese and Cyrillic text whole in a large file', async () => {
    // exceljs' streaming reader turns characters split across 16 KB chunks into U+FFFD.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Applications');
    const text = (n: number) => [
      `项目 ${n}：精准农业传感器和预测模型`,
      `Проект ${n}: датчики для точного земледелия`,
    ];
    for (let n = 1; n <= 3000; n++) sheet.addRow(text(n));
    const rows = await readXlsxRows(Buffer.from(await workbook.xlsx.writeBuffer()), 5000);
    expect(rows).toHaveLength(3000);
    expect(rows.filter((row, i) => row.cells.join() !== text(i + 1).join())).toEqual([]);
  });

  it('stops at too many rows and fails on bytes that are no workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Applications');
    for (let n = 1; n <= 20; n++) sheet.addRow([n]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    await expect(readXlsxRows(bytes, 10)).rejects.toThrow(TooManyRowsError);
    await expect(readXlsxRows(Buffer.from('PK\u0003\u0004 definitely not a zip file'), 10)).rejects.toThrow();
    expect(looksLikeZip(Buffer.from('a,b,c'))).toBe(false);
  });
});
