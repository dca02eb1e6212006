import { randomBytes } from 'crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source.options';
import { runMigrations } from '../src/database/migrate';
import { createMeiliClient } from '../src/search/meili/meili-client';
import { MeiliSearchAdapter } from '../src/search/meili/meili-search.adapter';
import { PostgresSearchAdapter } from '../src/search/postgres/postgres-search.adapter';
import { meiliAvailability } from './support/meili-availability';
import { searchContract } from './support/search-contract';
import { createTestDatabase } from './support/test-database';

/**
 * The SearchPort contract on the PostgreSQL adapter — on the engine of this run: PostgreSQL with
 * TEST_DATABASE_URL, PGlite without — and on Meilisearch where one is reachable at MEILI_URL.
 */
searchContract(
  `PostgreSQL adapter (${process.env['BRIDGE_TEST_ENGINE'] ?? 'unknown engine'})`,
  async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource(dataSourceOptions(database.url, 3));
    await dataSource.initialize();
    await runMigrations(dataSource);
    return {
      port: new PostgresSearchAdapter(dataSource),
      close: async () => {
        await dataSource.destroy();
        await database.drop();
      },
    };
  },
  { relevanceThenScore: true },
);

const meili = meiliAvailability();
if ('reason' in meili) {
  describe('SearchPort contract on Meilisearch', () => {
    it('does not run here', () => {
      console.warn(`Meilisearch contract tests skipped: ${meili.reason}`);
    });
  });
} else {
  searchContract(`Meilisearch at ${meili.url}`, async () => {
    const client = await createMeiliClient(meili.url, meili.apiKey);
    const port = new MeiliSearchAdapter(client, `bridge_test_${randomBytes(4).toString('hex')}`);
    return { port, close: () => port.drop() };
  });
}
