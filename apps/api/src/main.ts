import { createBridgeApp } from './bootstrap';
import { JsonLogger } from './common/logging/json-logger';
import { InvalidEnvironmentError, parseEnv } from './config/env.schema';
import { demoLoginsText } from './database/seed/demo-seed';

async function main(): Promise<void> {
  let env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      console.error(`Bridge cannot start. ${error.message}\nSee the configuration table in README.md.`);
      process.exit(1);
    }
    throw error;
  }
  const logger = new JsonLogger(env.LOG_LEVEL);
  const started = Date.now();
  const bridge = await createBridgeApp(env, logger);
  await bridge.app.listen(env.PORT, env.HOST);
  const url = `http://localhost:${env.PORT}`;
  logger.pino.info(
    { url, ms: Date.now() - started, database: bridge.config.embeddedDatabase ? 'pglite' : 'postgresql' },
    'Bridge is ready',
  );
  if (env.SEED_DEMO_DATA) console.log(`\nBridge is running on ${url}\n${demoLoginsText()}\n`);

  const shutdown = async (signal: string) => {
    logger.pino.info({ signal }, 'shutting down');
    await bridge.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error('Bridge failed to start:', error);
  process.exit(1);
});
