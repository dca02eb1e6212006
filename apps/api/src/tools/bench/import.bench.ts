/**
 * Import benchmark: a synthetic, trilingual 10,000-row XLSX file of applications is uploaded to a
 * fresh API (embedded in-memory PGlite), parsed and validated to READY, committed, imported again
 * (all rows UNCHANGED) and imported once more with 1,000 edited rows (UPDATE). Prints figures;
 * asserts nothing. BENCH_DATABASE_URL=postgres://… runs it on that PostgreSQL server instead (in a
 * new database, dropped at the end). BENCH_IMPORT_ROWS changes the number of rows.
 */
import 'reflect-metadata';
import ExcelJS from 'exceljs';
import { AddressInfo } from 'net';
import { PassThrough } from 'stream';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createBridgeApp } from '../../bootstrap';
import { JsonLogger } from '../../common/logging/json-logger';
import { parseEnv } from '../../config/env.schema';
import { startEmbeddedPostgres } from '../../database/embedded-postgres';
import { MembershipEntity } from '../../identity/entities/membership.entity';
import { OrganizationEntity } from '../../identity/entities/organization.entity';
import { UserEntity } from '../../identity/entities/user.entity';
import { PasswordService } from '../../identity/password.service';

const ROWS = Number(process.env['BENCH_IMPORT_ROWS'] ?? 10_000);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FIELDS = ['AI', 'ROBOTICS', 'BIOTECH'];
const STAGES = ['IDEA', 'PROTOTYPE', 'MVP', 'EARLY_REVENUE', 'GROWTH', 'SCALING'];
const CITIES = ['Moscow', 'Kazan', 'Novosibirsk', 'Tomsk', 'Saint Petersburg', 'Innopolis'];
const HEADER = [
  'application_id',
  'startup_name',
  'field',
  'title_en',
  'title_ru',
  'title_zh',
  'summary_en',
  'summary_ru',
  'summary_zh',
  'description_en',
  'trl',
  'stage',
  'funding_amount',
  'currency',
  'seeking',
  'team_size',
  'founded_year',
  'city',
  'contact_email',
  'contact_phone',
  'pitch_deck_url',
  'video_url',
  'tags',
];

/** One synthetic application; `edition` changes the TRL and English title of the edited rows. */
function application(n: number, edited: boolean): Array<string | number> {
  return [
    `BENCH-${String(n).padStart(5, '0')}`,
    `Стартап ${n}`,
    FIELDS[n % 3],
    edited ? `Project ${n}, revised` : `Project ${n}: sensors for precision farming`,
    `Проект ${n}: датчики для точного земледелия`,
    `项目 ${n}：精准农业传感器`,
    `Project ${n} measures soil moisture and nitrogen with low-cost sensors and a forecasting model.`,
    `Проект ${n} измеряет влажность почвы и азот недорогими датчиками и прогнозной моделью.`,
    `项目 ${n} 使用低成本传感器和预测模型测量土壤湿度和氮含量。`,
    `A longer description of project ${n}: the team, the market, the pilots run so far and the plan. `.repeat(
      3,
    ),
    edited ? 9 : 1 + (n % 8),
    STAGES[n % STAGES.length],
    1_000_000 + n * 1000,
    n % 2 ? 'RUB' : 'CNY',
    n % 3 ? 'INVESTMENT; LANDING' : 'RD_PARTNER, CUSTOMERS',
    2 + (n % 40),
    2010 + (n % 15),
    CITIES[n % CITIES.length],
    `founder${n}@bench.example`,
    '+7 900 000 00 00',
    `https://example.org/decks/${n}.pdf`,
    n % 4 ? '' : `https://video.example.org/${n}`,
    'agritech, sensors, ai',
  ];
}

/** A workbook written with exceljs' streaming writer (shared strings, like Excel's own files). */
async function workbook(editedRows: number): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: false });
  const sheet = writer.addWorksheet('Applications');
  sheet.addRow(HEADER).commit();
  for (let n = 1; n <= ROWS; n++) sheet.addRow(application(n, n <= editedRows)).commit();
  sheet.commit();
  await writer.commit();
  return Buffer.concat(chunks);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const perSecond = (rows: number, ms: number) =>
  `${Math.round((rows * 1000) / ms).toLocaleString('en')} rows/s`;

async function main() {
  const generated = Date.now();
  const file = await workbook(0);
  const editedFile = await workbook(Math.round(ROWS / 10));
  const generateMs = Date.now() - generated;

  const server = process.env['BENCH_DATABASE_URL'];
  const scratch = server ? await scratchDatabase(server) : undefined;
  const embedded = scratch ? undefined : await startEmbeddedPostgres({ maxConnections: 12 });
  const env = parseEnv({
    DATABASE_URL: scratch?.url ?? embedded?.url,
    SEED_DEMO_DATA: 'false',
    PORTAL_DIR: '',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
  });
  const bridge = await createBridgeApp(env, new JsonLogger('silent'));
  await bridge.app.listen(0, '127.0.0.1');
  const { port } = bridge.app.getHttpServer().address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  try {
    const cookie = await signedInOrganizer(bridge.app.get(DataSource), bridge.app.get(PasswordService), base);
    const graphql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown[] };
      if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
      return body.data as T;
    };
    const { createCompetition } = await graphql<{ createCompetition: { id: string } }>(
      `
        mutation ($input: CreateCompetitionInput!) {
          createCompetition(input: $input) {
            id
          }
        }
      `,
      { input: { name: { en: 'Benchmark edition' }, year: 2099, editionNumber: 1 } },
    );
    const competitionId = createCompetition.id;

    interface Job {
      status: string;
      processedRows: number;
      counts: { new: number; update: number; unchanged: number; invalid: number };
      errorCount: number;
    }
    const jobQuery = `query($id: ID!) { importJob(id: $id) { status processedRows errorCount
      counts { new update unchanged invalid } } }`;

    /** Upload → READY (polling like the portal), then commit; returns the timings. */
    const run = async (bytes: Buffer) => {
      const started = Date.now();
      const res = await fetch(`${base}/imports/applications?competitionId=${competitionId}`, {
        method: 'POST',
        headers: { 'content-type': XLSX, 'x-file-name': 'bench.xlsx', cookie },
        body: new Uint8Array(bytes),
      });
      const { importId } = (await res.json()) as { importId: string };
      const acceptedMs = Date.now() - started;
      const progress = new Set<number>();
      let job: Job;
      for (;;) {
        job = (await graphql<{ importJob: Job }>(jobQuery, { id: importId })).importJob;
        progress.add(job.processedRows);
        if (job.status !== 'PARSING') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const readyMs = Date.now() - started;
      if (job.status !== 'READY') throw new Error(`import ended ${job.status}: ${JSON.stringify(job)}`);
      const committing = Date.now();
      let committed = false;
      const commit = graphql(
        `
          mutation ($id: ID!) {
            commitImport(id: $id) {
              status
            }
          }
        `,
        { id: importId },
      ).finally(() => (committed = true));
      // The portal polls during the commit too (on PGlite a poll waits for the transaction to end).
      const commitProgress = new Set<number>();
      while (!committed) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (!committed)
          commitProgress.add(
            (await graphql<{ importJob: Job }>(jobQuery, { id: importId })).importJob.processedRows,
          );
      }
      await commit;
      const commitMs = Date.now() - committing;
      return {
        acceptedMs,
        readyMs,
        commitMs,
        counts: job.counts,
        polls: progress.size,
        commitPolls: commitProgress.size,
      };
    };

    const first = await run(file);
    const again = await run(file);
    const edited = await run(editedFile);
    const [{ projects }] = await bridge.app
      .get(DataSource)
      .query('SELECT count(*)::int AS projects FROM projects WHERE competition_id = $1', [competitionId]);

    const engine = scratch ? 'PostgreSQL' : 'embedded PGlite (in memory)';
    console.log(`import benchmark on ${engine}: ${ROWS.toLocaleString('en')} rows, 23 columns, en/ru/zh`);
    console.log(
      `  XLSX file: ${(file.length / 1024 / 1024).toFixed(2)} MB (generated in ${seconds(generateMs)})`,
    );
    const line = (name: string, r: typeof first) =>
      console.log(
        `  ${name}: upload answered in ${r.acceptedMs} ms; parsed + validated to READY in ${seconds(r.readyMs)} ` +
          `(${perSecond(ROWS, r.readyMs)}, ${r.polls} progress values seen); commit ${seconds(r.commitMs)} ` +
          `(${perSecond(ROWS, r.commitMs)}, ${r.commitPolls} progress values seen); ${JSON.stringify(r.counts)}`,
      );
    line('first import (all NEW)', first);
    line('same file again (all UNCHANGED)', again);
    line('10% of rows edited (UPDATE)', edited);
    console.log(`  projects in the edition afterwards: ${projects} (no duplicates)`);
  } finally {
    await bridge.close();
    await embedded?.stop();
    await scratch?.drop();
  }
}

/** An organizer written to the database and signed in over GraphQL; returns the session cookie. */
async function signedInOrganizer(dataSource: DataSource, passwords: PasswordService, base: string) {
  const email = 'bench-organizer@bench.example';
  const password = 'bench-password-2026';
  await dataSource.transaction(async (manager) => {
    const user = await manager.save(
      manager.create(UserEntity, {
        email,
        displayName: 'Bench Organizer',
        passwordHash: await passwords.hash(password),
        locale: 'en',
      }),
    );
    const organization = await manager.save(
      manager.create(OrganizationEntity, {
        kind: 'ORGANIZER',
        name: { en: 'Bench committee' },
        description: {},
        verificationStatus: 'VERIFIED',
        verifiedAt: new Date(),
      }),
    );
    await manager.insert(MembershipEntity, {
      userId: user.id,
      organizationId: organization.id,
      role: 'OWNER',
    });
  });
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e:String!,$p:String!){ signIn(input:{email:$e,password:$p}) { user { id } } }',
      variables: { e: email, p: password },
    }),
  });
  await res.text();
  return /bridge_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';
}

/** A new database on the server for this run, so the benchmark never touches existing data. */
async function scratchDatabase(serverUrl: string) {
  const name = `bridge_bench_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
