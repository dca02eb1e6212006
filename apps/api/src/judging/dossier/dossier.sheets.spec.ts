import { assembleDossier } from './dossier.assemble';
import { DOSSIER_SHEETS, buildSheet, buildSheets } from './dossier.sheets';
import { aDossierSource, ids } from './testing/dossier-source.factory';

describe('dossier sheets', () => {
  const dossier = assembleDossier(aDossierSource());
  const sut = buildSheet;
  const column = (sheet: ReturnType<typeof buildSheet>, key: string) =>
    sheet.columns.findIndex((c) => c.key === key);

  it('builds every sheet as a table: one header per column, one value per column in every row', () => {
    const sheets = buildSheets(dossier);
    expect(sheets.map((s) => s.name)).toEqual([
      'Summary',
      'Assignments',
      'Scores',
      'Judges',
      'Recusals',
      'Overrides',
      'Runs',
      'Results',
    ]);
    expect(sheets.map((s) => s.key)).toEqual([...DOSSIER_SHEETS]);
    for (const sheet of sheets) {
      expect(new Set(sheet.columns.map((c) => c.key)).size).toBe(sheet.columns.length);
      for (const row of sheet.rows) expect(row).toHaveLength(sheet.columns.length);
    }
  });

  it('has one scores row per criterion score, with the judge’s offset and scale', () => {
    const sheet = sut(dossier, 'scores');
    expect(sheet.rows).toHaveLength(dossier.scores.length);
    const first = sheet.rows[0];
    expect(first[column(sheet, 'judgeName')]).toBe('Anna Lenient');
    expect(first[column(sheet, 'judgeOffset')]).toBe(9.5);
    expect(first[column(sheet, 'judgeScale')]).toBe(1.25);
    expect(first[column(sheet, 'project')]).toBe('Alpha robot');
    expect(first[column(sheet, 'criterion')]).toBe('Innovation');
    expect(first[column(sheet, 'value')]).toBe(8);
    expect(first[column(sheet, 'submittedAt')]).toEqual(expect.any(Date));
  });

  it('writes headers and texts in the reader’s language, falling back as the portal does', () => {
    const zh = sut(dossier, 'scores', 'zh');
    expect(zh.name).toBe('评分');
    expect(zh.columns[column(zh, 'judgeOffset')].header).toBe('评委宽严偏移');
    expect(zh.rows[0][column(zh, 'project')]).toBe('阿尔法机器人');
    expect(zh.rows[0][column(zh, 'criterion')]).toBe('创新性');
    const ru = sut(dossier, 'scores', 'ru');
    expect(ru.columns[column(ru, 'value')].header).toBe('Балл');
    const beta = ru.rows.find((r) => r[column(ru, 'projectId')] === ids.beta);
    expect(beta?.[column(ru, 'project')]).toBe('Бета-сервис');
    expect(ru.rows[0][column(ru, 'project')]).toBe('Alpha robot');
  });

  it('lists recusals with their reason, overrides with theirs, and runs with their fingerprints', () => {
    const recusals = sut(dossier, 'recusals');
    expect(recusals.rows.map((r) => r[column(recusals, 'kind')])).toEqual([
      'ABSTENTION',
      'DECLARED_CONFLICT',
      'DETECTED_CONFLICT',
    ]);
    expect(recusals.rows[1][column(recusals, 'organization')]).toBe('Beta LLC');
    const overrides = sut(dossier, 'overrides');
    expect(overrides.rows[0][column(overrides, 'reason')]).toBe('Withdrew from the final');
    expect(overrides.rows[0][column(overrides, 'applied')]).toBe(true);
    const runs = sut(dossier, 'runs');
    expect(runs.rows.map((r) => r[column(runs, 'inputHash')])).toEqual([
      'a'.repeat(64),
      'b'.repeat(64),
      'c'.repeat(64),
    ]);
  });

  it('sums the edition up: settings, counts, publication times and the latest runs', () => {
    const summary = sut(dossier, 'summary');
    const value = (item: string) => summary.rows.find((r) => r[0] === item)?.[1];
    expect(value('Edition')).toBe('Test edition 2020');
    expect(value('Normalisation method')).toBe('JUDGE_EFFECTS');
    expect(value('Criterion scores')).toBe(11);
    expect(value('Abstentions')).toBe(1);
    expect(value('Preliminary reviews (submitted / abstained)')).toBe('6 (5 / 1)');
    expect(value('Finalists published (UTC)')).toEqual(new Date(Date.UTC(2020, 8, 22, 8)));
    expect(value('Latest selection run')).toContain(
      `${ids.secondRun} · PUBLISHED · SHA-256 ${'b'.repeat(64)}`,
    );
    expect(value('Dates: REGISTRATION')).toBe('2020-06-01 – 2020-08-31');
    expect(sut(dossier, 'summary', 'zh').rows[0][0]).toBe('届次');
  });
});
