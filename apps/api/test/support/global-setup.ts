import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

/**
 * Without TEST_DATABASE_URL, starts one in-memory PGlite for the whole run (PGlite cannot start
 * inside Jest's module sandbox, so it starts here) and hands its URL to the tests.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['TEST_DATABASE_URL']) {
    process.env['BRIDGE_TEST_ENGINE'] = 'postgresql';
    console.log(`\nIntegration tests on PostgreSQL (${redact(process.env['TEST_DATABASE_URL'])})`);
    return;
  }
  const embedded = await startEmbeddedPostgres({ maxConnections: 16 });
  (globalThis as { __bridgeEmbedded?: typeof embedded }).__bridgeEmbedded = embedded;
  process.env['BRIDGE_TEST_ENGINE'] = 'pglite';
  process.env['BRIDGE_TEST_PGLITE_URL'] = embedded.url;
  console.log('\nIntegration tests on embedded PGlite (set TEST_DATABASE_URL to use PostgreSQL)');
}

function redact(url: string): string {
  return url.replace(/:\/\/([^:@]+):[^@]+@/, '://$1:***@');
}
