/**
 * Identity benchmark: boot time of the API on a new embedded database, and latencies of sign-in and
 * of a signed-in `me` query over HTTP. Prints figures; asserts nothing.
 * BENCH_DATABASE_URL=postgres://… runs it on that PostgreSQL server instead (in a new database,
 * dropped at the end).
 */
import 'reflect-metadata';
import { AddressInfo } from 'net';
import { Client } from 'pg';
import { createBridgeApp } from '../../bootstrap';
import { JsonLogger } from '../../common/logging/json-logger';
import { parseEnv } from '../../config/env.schema';
import { startEmbeddedPostgres } from '../../database/embedded-postgres';
import { DEMO_PASSWORD } from '../../database/seed/demo-accounts';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeAll(n: number, run: () => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b);
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main() {
  const server = process.env['BENCH_DATABASE_URL'];
  const scratch = server ? await scratchDatabase(server) : undefined;
  const external = scratch?.url;
  const bootStarted = Date.now();
  const embedded = external ? undefined : await startEmbeddedPostgres({ maxConnections: 12 });
  const env = parseEnv({
    DATABASE_URL: external ?? embedded?.url,
    SEED_DEMO_DATA: 'true',
    PORTAL_DIR: '',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    SIGN_IN_MAX_FAILURES_PER_ADDRESS: '1000',
  });
  const bridge = await createBridgeApp(env, new JsonLogger('silent'));
  await bridge.app.listen(0, '127.0.0.1');
  const bootMs = Date.now() - bootStarted;
  const { port } = bridge.app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  const post = (body: object, cookie?: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie && { cookie }) },
      body: JSON.stringify(body),
    });

  try {
    let cookie = '';
    const signIn = await timeAll(20, async () => {
      const res = await post({
        query: 'mutation($e:String!,$p:String!){ signIn(input:{email:$e,password:$p}) { user { id } } }',
        variables: { e: 'investor@bridge.demo', p: DEMO_PASSWORD },
      });
      cookie = /bridge_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';
      await res.text();
    });
    const meQuery = {
      query:
        '{ me { user { id displayName email } capabilities activeOrganization { id name { en } members { role user { displayName } } } } }',
    };
    await timeAll(50, async () => void (await (await post(meQuery, cookie)).text())); // warm-up
    const me = await timeAll(500, async () => void (await (await post(meQuery, cookie)).text()));

    console.log(`identity benchmark on ${external ? 'PostgreSQL' : 'embedded PGlite (in memory)'}`);
    console.log(`  boot (new database, migrations, demo seed, listen): ${bootMs} ms`);
    console.log(
      `  signIn (argon2id verify) x20: p50 ${fmt(percentile(signIn, 50))}  p95 ${fmt(percentile(signIn, 95))}`,
    );
    console.log(
      `  me + active organisation + members x500: p50 ${fmt(percentile(me, 50))}  p95 ${fmt(percentile(me, 95))}`,
    );
  } finally {
    await bridge.close();
    await embedded?.stop();
    await scratch?.drop();
  }
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
