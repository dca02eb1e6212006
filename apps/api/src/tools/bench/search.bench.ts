/**
 * Search benchmark: loads N synthetic trilingual projects (100,000 on PostgreSQL), indexes them
 * through the document builder, then prints for a fixed set of queries the p50/p95 of (a) the raw
 * SQL of the PostgreSQL adapter and (b) the same search through GraphQL over HTTP (as a verified
 * investor, facets and highlights included), their ratio, and the index lag after a write (commit
 * → searchable, through the outbox worker). Prints figures; asserts nothing.
 * BENCH_DATABASE_URL=postgres://… runs on that server (in a new database, dropped at the end);
 * without it, on in-memory PGlite with 10,000 projects. BENCH_SEARCH_PROJECTS changes N.
 */
import 'reflect-metadata';
import { randomUUID } from 'crypto';
import { AddressInfo } from 'net';
import { cpus, loadavg } from 'os';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createBridgeApp } from '../../bootstrap';
import { JsonLogger } from '../../common/logging/json-logger';
import { parseEnv } from '../../config/env.schema';
import { startEmbeddedPostgres } from '../../database/embedded-postgres';
import { PasswordService } from '../../identity/password.service';
import { SearchDocumentBuilder } from '../../search/document/search-document.builder';
import { SearchOutboxWorker } from '../../search/outbox/search-outbox.worker';
import { analyzeQuery } from '../../search/query/query-analyzer';
import { PostgresSearchAdapter } from '../../search/postgres/postgres-search.adapter';
import { Statement, typoCandidatesStatement } from '../../search/postgres/postgres-search.sql';
import type { SearchQuery } from '../../search/search.types';
import { SearchEngines } from '../../search/search-engines';
import { SearchService } from '../../search/search.service';
import { SearchModule } from '../../search/search.module';
import { searchSettings } from '../../search/search-settings';
import { loadWorld } from './search-bench.data';

const server = process.env['BENCH_DATABASE_URL'];
const COUNT = Number(process.env['BENCH_SEARCH_PROJECTS'] ?? (server ? 100_000 : 10_000));
const RUNS = 40;
const WARM_UP = 5;
const PASSWORD = 'bench-password-1';

/** A fixed set: common and specific words in each language, a typo, browsing, filters and sorts. */
const QUERIES: Array<{ name: string; input: Record<string, unknown> }> = [
  { name: 'en, specific word', input: { text: 'exoskeleton' } },
  { name: 'en, common word', input: { text: 'robots' } },
  { name: 'ru, stemmed', input: { text: 'пробиотиков' } },
  { name: 'zh, 2 characters', input: { text: '机器' } },
  { name: 'zh, concept + word', input: { text: '人工智能 诊断' } },
  { name: 'typo in a name', input: { text: 'agrovison' } },
  { name: 'browse, no filter', input: {} },
  {
    name: 'filters: field+TRL+seeking',
    input: { fieldCodes: ['AI'], trlMin: 5, trlMax: 9, seeking: ['INVESTMENT'] },
  },
  { name: 'text+funding, sort SCORE', input: { text: 'drone', fundingUsdMin: 100_000_00, sort: 'SCORE' } },
  { name: '2 words, sort NEWEST', input: { text: 'crispr vaccine', sort: 'NEWEST' } },
];

const SEARCH = `query Search($input: SearchInput!) { search(input: $input) {
  total nextCursor degraded
  hits { projectId language fallback title { text highlighted } summary { text highlighted } city trl stage seeking score rankInField awardPlace }
  facets { name values { value count selected label { en } } } } }`;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(9);

async function time(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b);
}

async function scratchDatabase(serverUrl: string) {
  const name = `bridge_bench_search_${Date.now().toString(36)}`;
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

async function main() {
  const scratch = server ? await scratchDatabase(server) : undefined;
  const embedded = scratch ? undefined : await startEmbeddedPostgres({ maxConnections: 12 });
  const databaseUrl = scratch?.url ?? (embedded?.url as string);
  const env = parseEnv({
    DATABASE_URL: databaseUrl,
    SEED_DEMO_DATA: 'false',
    PORTAL_DIR: '',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
  });
  const bridge = await createBridgeApp(env, new JsonLogger('silent'), { imports: [SearchModule] });
  await bridge.app.listen(0, '127.0.0.1');
  const { port } = bridge.app.getHttpServer().address() as AddressInfo;
  const raw = [new Client({ connectionString: databaseUrl }), new Client({ connectionString: databaseUrl })];
  await Promise.all(raw.map((c) => c.connect()));
  try {
    console.log(
      `search benchmark on ${scratch ? 'PostgreSQL' : 'embedded PGlite (in memory)'}, ${COUNT} projects`,
    );
    let started = Date.now();
    const world = await loadWorld(raw[0], COUNT, (done) =>
      process.stdout.write(`\r  loading projects: ${done}/${COUNT}`),
    );
    console.log(
      `\r  projects written (SQL): ${world.projects} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const worker = bridge.app.get(SearchOutboxWorker);
    await worker.stop();
    await raw[0].query('DELETE FROM search_outbox');
    started = Date.now();
    const postgres = bridge.app.get(PostgresSearchAdapter);
    const indexed = await indexAll(
      bridge.app.get(DataSource),
      bridge.app.get(SearchDocumentBuilder),
      postgres,
    );
    await raw[0].query('VACUUM ANALYZE project_search_documents');
    console.log(
      `\r  indexed through the document builder: ${indexed} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    worker.start();

    const cookie = await investorSession(bridge.app.get(PasswordService), raw[0], port);
    const post = async (input: Record<string, unknown>) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: SEARCH, variables: { input: { first: 20, ...input } } }),
      });
      const body = (await res.json()) as { data?: { search: { total: number } }; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data?.search.total ?? 0;
    };
    const service = bridge.app.get(SearchService);
    const viewer = { capabilities: new Set(['MARKET']), memberships: [] } as never;

    const cacheMs = postgres.countsCacheMs;
    console.log(
      `\n  (a) raw SQL: the adapter's two statements (hits, counts) run side by side, as the adapter runs them.` +
        `\n  (b) GraphQL over HTTP as a verified investor, hits with highlights and every facet: uncached, then` +
        `\n      with the counts cache (${cacheMs} ms; hits are never cached). Ratio: (b) uncached p95 / (a) p95.\n`,
    );
    console.log(
      `  ${'query'.padEnd(27)} ${'hits'.padStart(6)} ${'SQL p50'.padStart(9)} ${'SQL p95'.padStart(9)} ${'GQL p50'.padStart(9)} ${'GQL p95'.padStart(9)} ${'ratio'.padStart(6)}  ${'cached p50'.padStart(10)} ${'cached p95'.padStart(10)}`,
    );
    const all = { sql: [] as number[], gql: [] as number[], cached: [] as number[] };
    for (const q of QUERIES) {
      const query = service.query(viewer, { first: 20, sort: 'RELEVANCE', ...q.input } as never, true);
      const sql = await time(RUNS, () => rawSearch(raw, postgres, query));
      let total = 0;
      postgres.countsCacheMs = 0;
      const gql = await time(RUNS, async () => {
        total = await post(q.input);
      });
      postgres.countsCacheMs = cacheMs;
      const cached = await time(RUNS, () => post(q.input));
      all.sql.push(...sql);
      all.gql.push(...gql);
      all.cached.push(...cached);
      const ratio = percentile(gql, 95) / percentile(sql, 95);
      console.log(
        `  ${q.name.padEnd(27)} ${String(total).padStart(6)} ${ms(percentile(sql, 50))} ${ms(percentile(sql, 95))} ${ms(percentile(gql, 50))} ${ms(percentile(gql, 95))} ${`${ratio.toFixed(2)}×`.padStart(6)}  ${ms(percentile(cached, 50)).padStart(10)} ${ms(percentile(cached, 95)).padStart(10)}`,
      );
    }
    for (const list of Object.values(all)) list.sort((a, b) => a - b);
    console.log(
      `  ${'all queries'.padEnd(27)} ${''.padStart(6)} ${ms(percentile(all.sql, 50))} ${ms(percentile(all.sql, 95))} ${ms(percentile(all.gql, 50))} ${ms(percentile(all.gql, 95))} ${`${(percentile(all.gql, 95) / percentile(all.sql, 95)).toFixed(2)}×`.padStart(6)}  ${ms(percentile(all.cached, 50)).padStart(10)} ${ms(percentile(all.cached, 95)).padStart(10)}`,
    );
    console.log(
      `  (load average of this machine at the end: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`,
    );
    await indexLag(
      raw[0],
      bridge.app.get(SearchEngines),
      searchSettings(env).outboxIntervalMs,
      world.competitions[0].id,
    );
  } finally {
    await Promise.all(raw.map((c) => c.end()));
    await bridge.close();
    await embedded?.stop();
    await scratch?.drop();
  }
}

/**
 * The adapter's SQL, raw: hits and counts side by side; when the words match nothing and a word may
 * be a misspelt name, the look-alike titles, then hits and counts again with them.
 */
async function rawSearch(raw: Client[], postgres: PostgresSearchAdapter, query: SearchQuery) {
  const run = (statements: Statement[]) =>
    Promise.all(statements.map((s, i) => raw[i].query(s.text, s.params)));
  const [hits] = await run(postgres.statements(query));
  if (hits.rowCount || !query.text?.groups.some((g) => g.fuzzy)) return;
  const typos = new Map<number, string[]>();
  for (const [i, group] of query.text.groups.entries()) {
    if (!group.fuzzy) continue;
    const candidates = typoCandidatesStatement(query.audience, group.fuzzy, 200);
    const { rows } = await raw[0].query(candidates.text, candidates.params);
    if (rows.length)
      typos.set(
        i,
        rows.map((r: { project_id: string }) => r.project_id),
      );
  }
  if (typos.size) await run(postgres.statements(query, { typos }));
}

/**
 * Every project through the document builder into the PostgreSQL adapter, two batches in flight
 * (the reindex command does the same in one transaction, one batch at a time).
 */
async function indexAll(
  dataSource: DataSource,
  builder: SearchDocumentBuilder,
  postgres: PostgresSearchAdapter,
) {
  const inFlight = new Set<Promise<void>>();
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const docs = await builder.page(dataSource.manager, after, 1000);
    if (!docs.length) break;
    after = docs[docs.length - 1].projectId;
    const write: Promise<void> = postgres.upsert(docs).then(() => {
      done += docs.length;
      process.stdout.write(`\r  indexing: ${done}`);
      inFlight.delete(write);
    });
    inFlight.add(write);
    if (inFlight.size >= 2) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return done;
}

/** A verified investor, signed in over HTTP: the session cookie. */
async function investorSession(passwords: PasswordService, client: Client, port: number): Promise<string> {
  const organizationId = randomUUID();
  const userId = randomUUID();
  const email = `investor-${Date.now()}@bench.test`;
  await client.query(
    `INSERT INTO organizations (id, kind, name, verification_status, verified_at) VALUES ($1, 'INVESTOR', '{"en":"Bench fund"}', 'VERIFIED', now())`,
    [organizationId],
  );
  await client.query(
    `INSERT INTO users (id, email, display_name, password_hash, locale) VALUES ($1, $2, 'Bench investor', $3, 'en')`,
    [userId, email, await passwords.hash(PASSWORD)],
  );
  await client.query(`INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, 'OWNER')`, [
    userId,
    organizationId,
  ]);
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e:String!,$p:String!){ signIn(input:{email:$e,password:$p}) { user { id } } }',
      variables: { e: email, p: PASSWORD },
    }),
  });
  await res.text();
  return /bridge_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';
}

/** Commit → searchable: a title changes in a transaction with its outbox row; we poll the engine. */
async function indexLag(client: Client, engines: SearchEngines, intervalMs: number, competitionId: string) {
  const lags: number[] = [];
  const { rows } = await client.query(
    `SELECT id FROM projects WHERE competition_id = $1 AND status = 'FINALIST' ORDER BY id LIMIT 20`,
    [competitionId],
  );
  for (const [i, row] of rows.entries()) {
    // Writes come at any moment of the worker's polling cycle.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * intervalMs));
    const token = `lagprobe${i}x${Date.now().toString(36)}`;
    await client.query('BEGIN');
    await client.query(
      `UPDATE projects SET title = jsonb_set(title, '{en}', to_jsonb($2::text)) WHERE id = $1`,
      [row.id, token],
    );
    await client.query(`INSERT INTO search_outbox (project_id, op) VALUES ($1, 'UPSERT')`, [row.id]);
    await client.query('COMMIT');
    const committed = process.hrtime.bigint();
    for (;;) {
      const result = await engines.search({
        audience: 'ORGANIZER',
        text: analyzeQuery(token),
        filters: {},
        sort: 'RELEVANCE',
        first: 1,
        after: null,
        facets: false,
      });
      if (result.result.total > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    lags.push(Number(process.hrtime.bigint() - committed) / 1e6);
  }
  lags.sort((a, b) => a - b);
  console.log(
    `\n  index lag after a write (outbox worker polling every ${intervalMs} ms), ${lags.length} writes: p50 ${ms(percentile(lags, 50)).trim()}, p95 ${ms(percentile(lags, 95)).trim()}, max ${ms(lags[lags.length - 1]).trim()}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
