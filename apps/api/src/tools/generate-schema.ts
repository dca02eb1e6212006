/** Writes apps/api/schema.gql from the API's code-first types: `npm run schema:generate`. */
import 'reflect-metadata';
import { writeFileSync } from 'fs';
import { createBridgeApp } from '../bootstrap';
import { JsonLogger } from '../common/logging/json-logger';
import { SCHEMA_FILE, printAppSchema } from '../common/graphql/print-schema';
import { parseEnv } from '../config/env.schema';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

async function main() {
  const embedded = await startEmbeddedPostgres({ maxConnections: 4 });
  const env = parseEnv({
    DATABASE_URL: embedded.url,
    DATABASE_POOL_SIZE: '2',
    SEED_DEMO_DATA: 'false',
    PORTAL_DIR: '',
  });
  const bridge = await createBridgeApp(env, new JsonLogger('warn'));
  try {
    writeFileSync(SCHEMA_FILE, printAppSchema(bridge.app));
    console.log(`Wrote ${SCHEMA_FILE}`);
  } finally {
    await bridge.close();
    await embedded.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
