import type { ImportRecord } from './import-columns';
import { DuplicateKeys, ValidationContext, validateRow } from './row-validation';

const context: ValidationContext = {
  currentYear: 2026,
  fields: [
    {
      id: 'f-ai',
      code: 'AI',
      name: { en: 'Artificial intelligence', ru: 'Искусственный интеллект', zh: '人工智能' },
    },
    {
      id: 'f-bio',
      code: 'BIOTECH',
      name: { en: 'Biotech / food tech', ru: 'Биотехнологии (фудтех)', zh: '生物技术（食品科技）' },
    },
  ],
};

/** A complete, valid row; override cells to test one rule at a time. */
function aRecord(overrides: ImportRecord = {}): ImportRecord {
  return {
    application_id: 'A-1',
    startup_name: 'Нейровижн',
    field: 'AI',
    title_en: 'Vision for farms',
    title_ru: 'Зрение для ферм',
    summary_en: 'Cameras count cattle.',
    description_zh: '用摄像头数牛。',
    trl: '6',
    stage: 'MVP',
    funding_amount: '5 000 000',
    currency: 'RUB',
    seeking: 'INVESTMENT; LANDING',
    team_size: '7',
    founded_year: '2021',
    city: 'Kazan',
    contact_email: 'Founder@Example.test',
    contact_phone: '+7 (900) 000-00-00',
    pitch_deck_url: 'https://example.test/deck.pdf',
    video_url: 'example.test/video',
    tags: 'vision, agro; cattle, vision',
    ...overrides,
  };
}

const sut = (record: ImportRecord, row = 2) => validateRow(record, row, context);
const errorsOf = (record: ImportRecord) => sut(record).errors.map((e) => [e.column, e.key]);

describe('validateRow', () => {
  it('normalises a valid row', () => {
    const { row, errors } = sut(aRecord());
    expect(errors).toEqual([]);
    expect(row).toEqual({
      row: 2,
      key: 'A-1',
      startupName: { ru: 'Нейровижн' },
      fieldCode: 'AI',
      content: {
        fieldId: 'f-ai',
        title: { en: 'Vision for farms', ru: 'Зрение для ферм' },
        summary: { en: 'Cameras count cattle.' },
        description: { zh: '用摄像头数牛。' },
        tags: ['vision', 'agro', 'cattle'],
        trl: 6,
        stage: 'MVP',
        fundingAskAmount: 500_000_000,
        fundingAskCurrency: 'RUB',
        seeking: ['INVESTMENT', 'LANDING'],
        teamSize: 7,
        foundedYear: 2021,
        city: 'Kazan',
        contactEmail: 'founder@example.test',
        contactPhone: '+7 (900) 000-00-00',
        pitchDeckUrl: 'https://example.test/deck.pdf',
        videoUrl: 'https://example.test/video',
      },
    });
  });

  it('accepts fields, stages, currencies and needs written in Russian or Chinese', () => {
    const { row, errors } = sut(
      aRecord({
        field: '生物技术（食品科技）',
        stage: 'Первая выручка',
        currency: '元',
        seeking: '投资、研发合作',
      }),
    );
    expect(errors).toEqual([]);
    expect(row?.content).toMatchObject({
      fieldId: 'f-bio',
      stage: 'EARLY_REVENUE',
      fundingAskCurrency: 'CNY',
      seeking: ['INVESTMENT', 'RD_PARTNER'],
    });
    expect(sut(aRecord({ field: 'искусственный интеллект' })).row?.fieldCode).toBe('AI');
  });

  it.each([
    ['5000000', 500_000_000],
    ['5,000,000.50', 500_000_050],
    ['5.000.000,5', 500_000_050],
    ['1234,5', 123_450],
  ])('reads the amount %s as %d minor units', (amount, minor) => {
    expect(sut(aRecord({ funding_amount: amount })).row?.content.fundingAskAmount).toBe(minor);
  });

  it('names the start-up in the language of its script, or per language columns', () => {
    expect(sut(aRecord({ startup_name: '智农科技' })).row?.startupName).toEqual({ zh: '智农科技' });
    const both = sut(aRecord({ startup_name: 'Neurovision', startup_name_ru: 'Нейровижн' }));
    expect(both.row?.startupName).toEqual({ en: 'Neurovision', ru: 'Нейровижн' });
    const explicitOnly = sut(aRecord({ startup_name: undefined, startup_name_zh: '智农' }));
    expect(explicitOnly.errors).toEqual([]);
  });

  it('requires a start-up name, field, title, summary and a valid contact e-mail', () => {
    const record = aRecord({ startup_name: undefined, field: undefined, contact_email: undefined });
    delete record.title_en;
    delete record.title_ru;
    delete record.summary_en;
    expect(errorsOf(record)).toEqual([
      ['startup_name', 'validation.required'],
      ['field', 'validation.required'],
      ['title', 'validation.anyLanguage'],
      ['summary', 'validation.anyLanguage'],
      ['contact_email', 'validation.required'],
    ]);
    expect(sut(record).row).toBeNull();
  });

  it('reports every problem of a row with its column and parameters', () => {
    const { errors, row } = sut(
      aRecord({
        field: 'Space',
        trl: '12',
        stage: 'Unicorn',
        team_size: 'seven',
        founded_year: '2031',
        contact_email: 'not-an-email',
        pitch_deck_url: 'ftp://example.test/deck',
        currency: 'EUR',
      }),
      9,
    );
    expect(row).toBeNull();
    expect(errors).toEqual([
      {
        row: 9,
        column: 'field',
        key: 'validation.oneOf',
        params: { value: 'Space', allowed: 'AI, BIOTECH' },
      },
      { row: 9, column: 'contact_email', key: 'validation.email', params: { value: 'not-an-email' } },
      { row: 9, column: 'trl', key: 'validation.range', params: { min: 1, max: 9, value: 12 } },
      expect.objectContaining({ row: 9, column: 'stage', key: 'validation.oneOf' }),
      expect.objectContaining({ row: 9, column: 'currency', key: 'validation.oneOf' }),
      { row: 9, column: 'team_size', key: 'validation.invalid', params: { value: 'seven' } },
      {
        row: 9,
        column: 'founded_year',
        key: 'validation.range',
        params: { min: 1950, max: 2026, value: 2031 },
      },
      {
        row: 9,
        column: 'pitch_deck_url',
        key: 'validation.url',
        params: { value: 'ftp://example.test/deck' },
      },
    ]);
  });

  it('wants the amount and the currency together', () => {
    expect(errorsOf(aRecord({ currency: undefined }))).toEqual([['currency', 'validation.required']]);
    expect(errorsOf(aRecord({ funding_amount: undefined }))).toEqual([
      ['funding_amount', 'validation.required'],
    ]);
    expect(errorsOf(aRecord({ funding_amount: '5 millions' }))).toEqual([
      ['funding_amount', 'validation.invalid'],
    ]);
  });

  it('limits lengths like the project form does', () => {
    expect(errorsOf(aRecord({ title_en: 'x'.repeat(201) }))).toEqual([['title_en', 'validation.maxLength']]);
    expect(errorsOf(aRecord({ tags: `ok, ${'t'.repeat(41)}` }))).toEqual([['tags', 'validation.maxLength']]);
    expect(errorsOf(aRecord({ application_id: 'k'.repeat(121) }))).toEqual([
      ['application_id', 'validation.maxLength'],
    ]);
  });

  it('keys rows without application id by e-mail and name', () => {
    const row = sut(aRecord({ application_id: undefined })).row;
    expect(row?.key).toMatch(/^auto:/);
  });
});

describe('DuplicateKeys', () => {
  it('reports a repeated key at the later row, naming the first', () => {
    const sut = new DuplicateKeys();
    const first = validateRow(aRecord(), 2, context).row!;
    const again = validateRow(aRecord({ title_en: 'Other' }), 5, context).row!;
    expect(sut.check(first, aRecord())).toBeNull();
    expect(sut.check(again, aRecord())).toEqual({
      row: 5,
      column: 'application_id',
      key: 'import.duplicateKey',
      params: { firstRow: 2, key: 'A-1' },
    });
  });
});
