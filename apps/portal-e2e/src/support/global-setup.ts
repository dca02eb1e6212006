import { ChildProcess, spawn } from 'child_process';
import { existsSync, mkdtempSync } from 'fs';
import { get } from 'http';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../../../..');

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject()));
    });
  });
}

/** A fresh database for the run: a new PostgreSQL database, or a new PGlite data folder. */
async function freshDatabase(): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'bridge-e2e-'));
    return { env: { DATA_DIR: dataDir }, cleanup: async () => undefined };
  }
  const name = `bridge_e2e_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    cleanup: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** One GET without keep-alive (an open pooled socket would keep Jest from exiting). */
function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get(url, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    request.on('error', () => resolve(false));
  });
}

/** Starts the built API (which serves the built portal) and waits for /health. */
export default async function globalSetup(): Promise<void> {
  const main = join(ROOT, 'dist/apps/api/main.js');
  const portal = join(ROOT, 'dist/apps/portal/browser/index.html');
  if (!existsSync(main) || !existsSync(portal)) {
    throw new Error('Build first: npx nx run-many -t build -p api portal (npm test does it).');
  }
  const port = await freePort();
  const database = await freshDatabase();
  const server: ChildProcess = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...database.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'true',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The API exited with code ${server.exitCode}`);
    const ok = await healthy(`${baseUrl}/health`);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  if (Date.now() >= deadline) throw new Error('The API did not become healthy within 90 s');
  process.env['E2E_BASE_URL'] = baseUrl;
  (globalThis as Record<string, unknown>)['__bridgeE2E'] = { server, cleanup: database.cleanup };
  console.log(`\nBrowser tests against ${baseUrl}`);
}
