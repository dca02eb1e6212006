/**
 * Rebuilds the search index from the database, with progress:
 *   node tools/run-ts.mjs apps/api/src/tools/reindex.ts [--engine=all|postgres|meilisearch] [--batch=500]
 * Connects to DATABASE_URL, or opens the embedded database in DATA_DIR (stop the API first: one
 * process at a time may open an embedded database). Meilisearch is rebuilt when MEILI_URL is set.
 */
import 'reflect-metadata';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { InvalidEnvironmentError, parseEnv } from '../config/env.schema';
import { dataSourceOptions } from '../database/data-source.options';
import { EmbeddedPostgres, startEmbeddedPostgres } from '../database/embedded-postgres';
import { runMigrations } from '../database/migrate';
import { SearchDocumentBuilder } from '../search/document/search-document.builder';
import { createMeiliClient } from '../search/meili/meili-client';
import { MeiliSearchAdapter } from '../search/meili/meili-search.adapter';
import { PostgresSearchAdapter } from '../search/postgres/postgres-search.adapter';
import { SearchEngines } from '../search/search-engines';
import { ReindexProgress, SearchReindexer } from '../search/search-reindexer';
import { searchSettings } from '../search/search-settings';
import type { SearchPort } from '../search/search.types';

const ENGINES = ['all', 'postgres', 'meilisearch'] as const;
type EngineChoice = (typeof ENGINES)[number];

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv
    .slice(2)
    .find((a) => a.startsWith(prefix))
    ?.slice(prefix.length);
}

function progressPrinter(started: number) {
  let lastShown = -1;
  return ({ engine, done, total }: ReindexProgress) => {
    const percent = total ? Math.floor((done / total) * 100) : 100;
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const line = `${engine}: ${done}/${total} projects (${percent}%), ${rate}/s`;
    if (process.stdout.isTTY) process.stdout.write(`\r${line}   `);
    else if (percent >= lastShown + 10 || done === total) {
      lastShown = percent;
      console.log(line);
    }
  };
}

async function main(): Promise<number> {
  const engine = (option('engine') ?? 'all') as EngineChoice;
  const batchSize = Number(option('batch') ?? 500);
  if (!ENGINES.includes(engine) || !Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000) {
    console.error('Usage: reindex.ts [--engine=all|postgres|meilisearch] [--batch=1..5000]');
    return 2;
  }
  let env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const settings = searchSettings(env);
  if (engine === 'meilisearch' && !settings.meiliUrl) {
    console.error('MEILI_URL is not set: there is no Meilisearch index to rebuild.');
    return 2;
  }
  let embedded: EmbeddedPostgres | undefined;
  let url = env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: join(env.DATA_DIR, 'pglite'), maxConnections: 4 });
    url = embedded.url;
  }
  console.log(
    `Reindexing from ${env.DATABASE_URL ? 'PostgreSQL' : `the embedded database in ${env.DATA_DIR}`}`,
  );
  const dataSource = new DataSource(dataSourceOptions(url, 3));
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
    const postgres = new PostgresSearchAdapter(dataSource);
    const external =
      settings.meiliUrl && engine !== 'postgres'
        ? new MeiliSearchAdapter(
            await createMeiliClient(settings.meiliUrl, settings.meiliApiKey ?? undefined),
            settings.meiliIndex,
          )
        : null;
    const engines = new SearchEngines(postgres, external);
    const reindexer = new SearchReindexer(dataSource, engines, new SearchDocumentBuilder());
    const targets: SearchPort[] = [
      ...(engine !== 'meilisearch' ? [postgres] : []),
      ...(external ? [external] : []),
    ];
    for (const target of targets) {
      const started = Date.now();
      const count = await reindexer.reindex(target, { batchSize, onProgress: progressPrinter(started) });
      if (process.stdout.isTTY) process.stdout.write('\n');
      console.log(
        `${target.name}: ${count} projects indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    return 0;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error('Reindex failed:', error);
    process.exitCode = 1;
  },
);
