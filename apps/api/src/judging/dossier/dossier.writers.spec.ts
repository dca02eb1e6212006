import { Workbook } from 'exceljs';
import { assembleDossier } from './dossier.assemble';
import { Sheet, buildSheet, buildSheets } from './dossier.sheets';
import { writeCsv, writeXlsx } from './dossier.writers';
import { aDossierSource } from './testing/dossier-source.factory';

function aSheet(rows: Sheet['rows']): Sheet {
  return {
    key: 'scores',
    name: 'Scores',
    columns: [
      { key: 'text', header: 'Text, quoted', kind: 'text', width: 10 },
      { key: 'n', header: 'N', kind: 'number', width: 5 },
      { key: 'at', header: 'At', kind: 'date', width: 10 },
      { key: 'ok', header: 'OK', kind: 'boolean', width: 5 },
    ],
    rows,
  };
}

describe('writeCsv', () => {
  const sut = writeCsv;

  it('writes RFC 4180 CSV in UTF-8 with a byte-order mark, one line per row', () => {
    const csv = sut(
      aSheet([
        ['Робот "Альфа", 机器人', -1.23456789, new Date(Date.UTC(2020, 9, 9, 4)), true],
        [null, 3, null, false],
      ]),
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '"Text, quoted",N,At,OK',
      '"Робот ""Альфа"", 机器人",-1.234568,2020-10-09T04:00:00.000Z,true',
      ',3,,false',
      '',
    ]);
  });

  it('keeps spreadsheet programs from running a cell as a formula', () => {
    const csv = sut(
      aSheet([
        ['=HYPERLINK("http://evil")', 1, null, null],
        ['+7 900', 2, null, null],
        ['@cmd', -3, null, null],
      ]),
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil"")",1,,`);
    expect(lines[2]).toBe("'+7 900,2,,");
    expect(lines[3]).toBe("'@cmd,-3,,");
  });

  it('writes the scores of a dossier: a header and one line per criterion score', () => {
    const dossier = assembleDossier(aDossierSource());
    const lines = sut(buildSheet(dossier, 'scores')).slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + dossier.scores.length);
    expect(lines[0]).toContain('Judge offset');
    expect(lines[1]).toContain(`"'-2 for the market, ""but"" strong"`);
  });
});

describe('writeXlsx', () => {
  it('writes one worksheet per sheet that reads back with its headers, values and dates', async () => {
    const dossier = assembleDossier(aDossierSource());
    const buffer = await writeXlsx(buildSheets(dossier), { title: 'Dossier', created: dossier.generatedAt });
    const workbook = new Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Assignments',
      'Scores',
      'Judges',
      'Recusals',
      'Overrides',
      'Runs',
      'Results',
    ]);
    const scores = workbook.getWorksheet('Scores');
    expect(scores?.rowCount).toBe(1 + dossier.scores.length);
    const headers = (scores?.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain('Judge offset');
    const row = (scores?.getRow(2).values as unknown[]).slice(1);
    expect(row[headers.indexOf('Judge offset')]).toBe(9.5);
    expect(row[headers.indexOf('Submitted at (UTC)')]).toEqual(new Date(Date.UTC(2020, 8, 10, 8)));
    // A text that looks like a formula stays text.
    const recusals = workbook.getWorksheet('Recusals');
    const note = (recusals?.getRow(2).values as unknown[]).find(
      (v) => typeof v === 'string' && v.startsWith('=HYPERLINK'),
    );
    expect(note).toBeDefined();
  });
});
