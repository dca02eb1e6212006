import { DEFAULT_FIELDS } from '@bridge/contracts';
import { readFileSync } from 'fs';
import { join } from 'path';
import { decodeCsv, parseCsv } from './csv-parser';
import { mapHeaders, recordOf } from './import-columns';
import { DuplicateKeys, validateRow } from './row-validation';

/** docs/samples/applications-sample.csv, which docs/imports.md points organizers to, imports cleanly. */
describe('the documented sample file', () => {
  const bytes = readFileSync(join(__dirname, '../../../../docs/samples/applications-sample.csv'));
  const context = {
    currentYear: new Date().getUTCFullYear(),
    fields: DEFAULT_FIELDS.map((f) => ({ id: `id-${f.code}`, code: f.code, name: f.name })),
  };

  it('has 10 valid rows with distinct keys and reads every column', () => {
    const [header, ...rows] = parseCsv(decodeCsv(bytes)).rows;
    const sut = mapHeaders(header);
    expect(sut.errors).toEqual([]);
    expect(sut.ignored).toEqual([]);
    expect(rows).toHaveLength(10);
    const duplicates = new DuplicateKeys();
    rows.forEach((cells, i) => {
      const record = recordOf(cells, sut.columns);
      const result = validateRow(record, i + 2, context);
      expect(result.errors).toEqual([]);
      expect(duplicates.check(result.row!, record)).toBeNull();
      expect(Object.keys(result.row!.content.title)).toEqual(['en', 'ru', 'zh']);
    });
  });
});
