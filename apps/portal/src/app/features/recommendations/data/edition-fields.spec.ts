import { EditionLike, fieldOptions } from './edition-fields';

let sequence = 0;
function anEdition(year: number, fields: Array<[string, string]>): EditionLike {
  return {
    id: `edition-${++sequence}`,
    year,
    editionNumber: year - 2015,
    fields: fields.map(([code, en], position) => ({ code, position, name: { en, zh: null, ru: null } })),
  };
}

describe('fieldOptions', () => {
  it('lists each field code once, named as in the newest edition', () => {
    const sut = fieldOptions([
      anEdition(2025, [
        ['AI', 'AI (old name)'],
        ['BIO', 'Biotech'],
      ]),
      anEdition(2026, [
        ['ROBOTICS', 'Robotics'],
        ['AI', 'Artificial intelligence'],
      ]),
    ]);

    expect(sut.map((field) => [field.code, field.name.en])).toEqual([
      ['ROBOTICS', 'Robotics'],
      ['AI', 'Artificial intelligence'],
      ['BIO', 'Biotech'],
    ]);
  });
});
