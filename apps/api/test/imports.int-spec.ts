import ExcelJS from 'exceljs';
import { GraphQLClient } from './support/graphql-client';
import { Edition, createEdition } from './support/edition';
import { TestApp } from './support/test-app';
import {
  COMMIT,
  IMPORT_JOB,
  IMPORT_JOBS,
  PROJECTS,
  anApplication,
  range,
  toCsv,
} from './support/import-operations';

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('application import', () => {
  let sut: TestApp;
  let organizer: GraphQLClient;
  let edition: Edition;

  beforeAll(async () => {
    sut = await TestApp.start();
    organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
    edition = await createEdition(organizer);
  });
  afterAll(() => sut?.close());

  const upload = async (
    client: GraphQLClient,
    body: string | Buffer,
    contentType = CSV,
    options: { competitionId?: string; fileName?: string } = {},
  ) => {
    const query = new URLSearchParams({ competitionId: options.competitionId ?? edition.id });
    const res = await fetch(`${sut.url}/imports/applications?${query}`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-file-name': encodeURIComponent(options.fileName ?? 'заявки.csv'),
        ...(client.cookie && { cookie: client.cookie }),
      },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  /** Polls `importJob` like the portal until the job leaves PARSING/COMMITTING. */
  const settled = async (id: string) => {
    for (let attempt = 0; attempt < 600; attempt++) {
      const { importJob } = await organizer.data(IMPORT_JOB, { id });
      if (importJob.status !== 'PARSING' && importJob.status !== 'COMMITTING') return importJob;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`import ${id} did not settle`);
  };

  const uploaded = async (body: string | Buffer, contentType = CSV, fileName?: string) => {
    const response = await upload(organizer, body, contentType, { fileName });
    expect(response.status).toBe(202);
    return settled(response.body['importId'] as string);
  };

  const databaseCounts = async () => {
    const [row] = await sut.dataSource.query(
      `SELECT (SELECT count(*)::int FROM projects) AS projects,
              (SELECT count(*)::int FROM organizations) AS organizations,
              (SELECT count(*)::int FROM audit_events) AS audit`,
    );
    return row as { projects: number; organizations: number; audit: number };
  };

  const projects = async () =>
    (await organizer.data(PROJECTS, { competitionId: edition.id })).competitionProjects;

  const firstFive = range(1, 5).map((n) => anApplication(n));

  it('previews a CSV row by row, writing nothing but the job', async () => {
    const before = await databaseCounts();
    const job = await uploaded(toCsv(firstFive), CSV, 'заявки 2024.csv');
    expect(job).toMatchObject({
      status: 'READY',
      fileName: 'заявки 2024.csv',
      format: 'CSV',
      totalRows: 5,
      processedRows: 5,
      progress: 1,
      counts: { new: 5, update: 0, unchanged: 0, invalid: 0 },
      errorCount: 0,
      errors: [],
      ignoredColumns: [],
    });
    expect(job.sample).toHaveLength(5);
    expect(job.sample[0]).toEqual({
      row: 2,
      externalKey: 'APP-1',
      action: 'NEW',
      startupName: { en: null, ru: 'Стартап 1', zh: null },
      title: { en: 'Project 1' },
      fieldCode: 'ROBOTICS',
      trl: 2,
    });
    expect(await databaseCounts()).toEqual(before);
  });

  it('commits all rows at once: SUBMITTED projects of new, unverified start-ups', async () => {
    const job = await uploaded(toCsv(firstFive));
    const before = await databaseCounts();
    const { commitImport } = await organizer.data(COMMIT, { id: job.id });
    expect(commitImport).toMatchObject({ status: 'COMMITTED', counts: { new: 5, update: 0, unchanged: 0 } });
    expect(commitImport.committedAt).toBeTruthy();

    const after = await databaseCounts();
    expect(after).toEqual({
      projects: before.projects + 5,
      organizations: before.organizations + 5,
      audit: before.audit + 1, // one audit row for the whole import
    });
    const list = await projects();
    expect(list.totalCount).toBe(5);
    const first = list.edges
      .map((e: { node: Record<string, unknown> }) => e.node)
      .find((p: { title: { en: string } }) => p.title.en === 'Project 1');
    expect(first).toMatchObject({
      status: 'SUBMITTED',
      trl: 2,
      title: { en: 'Project 1', ru: 'Проект 1', zh: '项目 1' },
      organizationName: { ru: 'Стартап 1' },
      contacts: { email: 'founder1@example.test' },
    });
    const [organization] = await sut.dataSource.query(
      'SELECT kind, verification_status, contact_email FROM organizations WHERE id = $1',
      [first.organizationId],
    );
    expect(organization).toEqual({
      kind: 'STARTUP',
      verification_status: 'UNVERIFIED',
      contact_email: 'founder1@example.test',
    });

    const again = await organizer.error(COMMIT, { id: job.id });
    expect(again).toMatchObject({ code: 'CONFLICT', key: 'errors.import.notReady' });
  });

  it('re-importing the same file changes nothing and duplicates nothing', async () => {
    const before = await databaseCounts();
    const job = await uploaded(toCsv(firstFive));
    expect(job.counts).toEqual({ new: 0, update: 0, unchanged: 5, invalid: 0 });
    expect(job.sample.map((s: { action: string }) => s.action)).toEqual(Array(5).fill('UNCHANGED'));
    const { commitImport } = await organizer.data(COMMIT, { id: job.id });
    expect(commitImport.counts).toMatchObject({ new: 0, update: 0, unchanged: 5 });
    expect(await databaseCounts()).toEqual({ ...before, audit: before.audit + 1 });
    expect((await projects()).totalCount).toBe(5);
  });

  it('imports an edited row as an UPDATE of content, never of status or organisation', async () => {
    const beforeList = await projects();
    const stored = beforeList.edges.find(
      (e: { node: { title: { en: string } } }) => e.node.title.en === 'Project 2',
    ).node;
    const edited = [...firstFive];
    edited[1] = anApplication(2, { trl: '9', title_en: 'Project 2, revised' });
    // `;`-separated this time, as Russian Excel writes it.
    const job = await uploaded(toCsv(edited, ';'));
    expect(job.counts).toEqual({ new: 0, update: 1, unchanged: 4, invalid: 0 });
    expect(job.sample[1]).toMatchObject({ row: 3, action: 'UPDATE', trl: 9 });
    await organizer.data(COMMIT, { id: job.id });

    const after = await projects();
    expect(after.totalCount).toBe(5);
    const updated = after.edges.find((e: { node: { id: string } }) => e.node.id === stored.id).node;
    expect(updated).toMatchObject({
      status: 'SUBMITTED',
      organizationId: stored.organizationId,
      trl: 9,
      title: { en: 'Project 2, revised', ru: 'Проект 2' },
    });
  });

  it('reads an XLSX file with Russian and Chinese headers, keyed by e-mail and name', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Заявки');
    sheet.addRow([
      'Стартап',
      '领域',
      'Название (рус.)',
      '标题（中文）',
      'Краткое описание (рус.)',
      'УГТ',
      'Стадия',
      'Сумма инвестиций',
      'Валюта',
      '联系邮箱',
      'Примечание',
    ]);
    for (const n of [11, 12, 13]) {
      sheet.addRow([
        `智能农业 ${n}`,
        'Искусственный интеллект',
        `Агро ${n}`,
        `农业 ${n}`,
        `Коротко ${n}`,
        4,
        'Прототип',
        1_500_000,
        '元',
        `agro${n}@example.test`,
        'заметка',
      ]);
    }
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = await databaseCounts();

    const job = await uploaded(bytes, XLSX, 'applications.xlsx');
    expect(job).toMatchObject({
      status: 'READY',
      format: 'XLSX',
      totalRows: 3,
      counts: { new: 3, update: 0, unchanged: 0, invalid: 0 },
      ignoredColumns: ['Примечание'],
    });
    expect(job.sample[0]).toMatchObject({ startupName: { zh: '智能农业 11' }, fieldCode: 'AI', trl: 4 });
    expect(job.sample[0].externalKey).toMatch(/^auto:[0-9a-f]{32}$/);
    await organizer.data(COMMIT, { id: job.id });
    expect(await databaseCounts()).toMatchObject({
      projects: before.projects + 3,
      organizations: before.organizations + 3,
    });

    const again = await uploaded(bytes, XLSX);
    expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 3, invalid: 0 });
  });

  it('a broken file changes nothing: INVALID with a row-by-row report, commit refused', async () => {
    const rows = range(21, 50).map((n) => anApplication(n));
    rows[9] = anApplication(30, { trl: '12', contact_email: 'not-an-email' }); // spreadsheet row 11
    rows[20] = anApplication(21); // repeats row 2's application id: spreadsheet row 22
    const before = await databaseCounts();

    const job = await uploaded(toCsv(rows));
    expect(job.status).toBe('INVALID');
    expect(job.counts).toMatchObject({ invalid: 2 });
    expect(job.errorCount).toBe(3);
    expect(job.errors).toEqual([
      { row: 11, column: 'contact_email', key: 'validation.email', params: { value: 'not-an-email' } },
      { row: 11, column: 'trl', key: 'validation.range', params: { min: 1, max: 9, value: 12 } },
      {
        row: 22,
        column: 'application_id',
        key: 'import.duplicateKey',
        params: { firstRow: 2, key: 'APP-21' },
      },
    ]);

    const refused = await organizer.error(COMMIT, { id: job.id });
    expect(refused).toMatchObject({ code: 'CONFLICT', key: 'errors.import.hasErrors' });
    expect(await databaseCounts()).toEqual(before);
    expect((await settled(job.id)).status).toBe('INVALID');
  });

  it.each([
    [
      'a header without required columns',
      'startup_name,title_en\n"Acme","Title"\n',
      'import.missingColumn',
      1,
    ],
    ['an unterminated quote', `${toCsv([anApplication(60)])}\r\n"APP-61,oops`, 'import.unterminatedQuote', 3],
    ['a header only', toCsv([anApplication(62)]).split('\r\n')[0], 'import.noRows', 2],
    [
      'a file that is not UTF-8',
      Buffer.from([0xd1, 0xf2, 0xe0, 0xf0, 0xf2, 0xe0, 0xef, 0x0a]),
      'import.notUtf8',
      1,
    ],
  ])('reports %s as a file error', async (_name, body, key, row) => {
    const before = await databaseCounts();
    const job = await uploaded(body);
    expect(job.status).toBe('INVALID');
    expect(job.errors[0]).toMatchObject({ key, row });
    expect(await databaseCounts()).toEqual(before);
  });

  it('rolls the whole commit back when the database fails half-way, and marks the job FAILED', async () => {
    // 600 rows: the first batch of 500 is written before the poisoned row of the second fails.
    const rows = range(100, 699).map((n) => anApplication(n));
    rows[599] = anApplication(699, { title_en: 'POISON' });
    const job = await uploaded(toCsv(rows));
    expect(job).toMatchObject({ status: 'READY', counts: { new: 600 } });
    await sut.dataSource.query(`
      CREATE FUNCTION test_poison() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.title->>'en' = 'POISON' THEN RAISE EXCEPTION 'poisoned row'; END IF;
        RETURN NEW;
      END $$`);
    await sut.dataSource.query(
      'CREATE TRIGGER test_poison BEFORE INSERT ON projects FOR EACH ROW EXECUTE FUNCTION test_poison()',
    );
    const before = await databaseCounts();
    try {
      const failed = await organizer.error(COMMIT, { id: job.id });
      expect(failed).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', key: 'errors.import.failed' });
    } finally {
      await sut.dataSource.query('DROP TRIGGER test_poison ON projects; DROP FUNCTION test_poison()');
    }
    expect(await databaseCounts()).toEqual(before);
    expect(await settled(job.id)).toMatchObject({ status: 'FAILED', failureKey: 'errors.import.failed' });
  });

  it('lets only one of two organizers racing to commit win', async () => {
    const other = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
    const job = await uploaded(toCsv([anApplication(800), anApplication(801)]));
    const before = await databaseCounts();
    const results = await Promise.all(
      [organizer, other].map((client) => client.request(COMMIT, { id: job.id })),
    );
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers[0].errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.import.notReady',
    });
    expect(await databaseCounts()).toEqual({
      projects: before.projects + 2,
      organizations: before.organizations + 2,
      audit: before.audit + 1,
    });
  });

  it('ends a job that a crash left PARSING as FAILED (errors.import.interrupted)', async () => {
    const [{ id }] = await sut.dataSource.query(
      `INSERT INTO import_jobs (competition_id, file_name, file_size, format, status, updated_at)
       VALUES ($1, 'crashed.csv', 10, 'CSV', 'PARSING', now() - interval '1 hour') RETURNING id`,
      [edition.id],
    );
    const { importJob } = await organizer.data(IMPORT_JOB, { id });
    expect(importJob).toMatchObject({ status: 'FAILED', failureKey: 'errors.import.interrupted' });
    expect(await organizer.error(COMMIT, { id })).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.import.notReady',
    });
  });

  it('lists the recent imports of an edition, newest first', async () => {
    const { importJobs } = await organizer.data(IMPORT_JOBS, { competitionId: edition.id, first: 2 });
    expect(importJobs.totalCount).toBeGreaterThan(10);
    expect(importJobs.edges).toHaveLength(2);
    expect(importJobs.edges[0].node.fileName).toBe('crashed.csv'); // the newest, above
  });

  it('is for organizers only, on the upload and on the preview', async () => {
    const job = await uploaded(toCsv([anApplication(900)]));
    const startup = (await sut.signedIn({ kind: 'STARTUP' })).client;
    expect(await upload(startup, toCsv([anApplication(901)]))).toEqual({
      status: 403,
      body: { code: 'FORBIDDEN', key: 'errors.identity.organizerRequired', params: {} },
    });
    expect(await startup.error(IMPORT_JOB, { id: job.id })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await startup.error(COMMIT, { id: job.id })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await upload(sut.client(), toCsv([anApplication(902)]))).status).toBe(401);
  });

  it('refuses other content types (415), mislabelled files and files over 20 MB before creating a job', async () => {
    const { importJobs: before } = await organizer.data(IMPORT_JOBS, { competitionId: edition.id });
    expect(await upload(organizer, toCsv(firstFive), 'text/plain')).toMatchObject({
      status: 415,
      body: { code: 'BAD_USER_INPUT', key: 'errors.import.unsupportedType' },
    });
    expect(await upload(organizer, 'a=1', 'application/x-www-form-urlencoded')).toMatchObject({
      status: 415,
    });
    expect(await upload(organizer, toCsv(firstFive), XLSX)).toMatchObject({
      status: 400,
      body: { key: 'errors.import.invalidFile' },
    });
    expect(await upload(organizer, Buffer.alloc(21 * 1024 * 1024, 'a'))).toMatchObject({
      status: 413,
      body: { key: 'errors.import.fileTooLarge', params: { maxMb: 20 } },
    });
    expect(await upload(organizer, '')).toMatchObject({
      status: 400,
      body: { key: 'errors.import.emptyFile' },
    });
    expect(await upload(organizer, 'x', CSV, { competitionId: 'not-a-uuid' })).toMatchObject({ status: 400 });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await upload(organizer, 'x', CSV, { competitionId: unknown })).toMatchObject({ status: 404 });
    const { importJobs: after } = await organizer.data(IMPORT_JOBS, { competitionId: edition.id });
    expect(after.totalCount).toBe(before.totalCount);
  });

  it('refuses imports outside the stages that allow them (errors.competition.wrongStage)', async () => {
    const job = await uploaded(toCsv([anApplication(950)]));
    const before = await databaseCounts();
    await sut.dataSource.query(`UPDATE competitions SET stage = 'FINALISTS_ANNOUNCED' WHERE id = $1`, [
      edition.id,
    ]);
    try {
      expect(await organizer.error(COMMIT, { id: job.id })).toMatchObject({
        code: 'CONFLICT',
        key: 'errors.competition.wrongStage',
      });
      expect(await upload(organizer, toCsv([anApplication(951)]))).toMatchObject({
        status: 409,
        body: { code: 'CONFLICT', key: 'errors.competition.wrongStage' },
      });
    } finally {
      await sut.dataSource.query(`UPDATE competitions SET stage = 'SETUP' WHERE id = $1`, [edition.id]);
    }
    expect(await databaseCounts()).toEqual(before);
    expect((await settled(job.id)).status).toBe('READY'); // refused before it was claimed: can commit later
  });
});
