import { randomBytes } from 'crypto';
import { Client } from 'pg';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of this test file's own: on PostgreSQL a new database, on PGlite (one database only)
 * the `public` schema emptied. Either way it starts empty and is migrated by the app.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env['BRIDGE_TEST_ENGINE'] === 'pglite') {
    const url = process.env['BRIDGE_TEST_PGLITE_URL'] ?? '';
    await withClient(url, (c) => c.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;'));
    return { url, drop: async () => undefined };
  }
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) throw new Error('Run the integration tests through jest with test/jest.config.ts');
  const name = `bridge_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
