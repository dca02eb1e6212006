import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { SearchDocumentBuilder } from './document/search-document.builder';
import { createMeiliClient } from './meili/meili-client';
import { MeiliSearchAdapter } from './meili/meili-search.adapter';
import { SearchOutboxWorker } from './outbox/search-outbox.worker';
import { PostgresSearchAdapter } from './postgres/postgres-search.adapter';
import { EXTERNAL_SEARCH_ENGINE, SearchEngines } from './search-engines';
import { SearchLabels } from './search-labels';
import { SearchReindexer } from './search-reindexer';
import { searchSettings } from './search-settings';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/**
 * Search (DESIGN.md §3): the `search` query, the engines behind SearchPort (PostgreSQL always;
 * Meilisearch when MEILI_URL is set), and the outbox worker that keeps them in step with the
 * database. Writers call `SearchOutbox.enqueue` inside their transactions.
 */
@Module({
  providers: [
    {
      provide: PostgresSearchAdapter,
      inject: [DataSource, AppConfig],
      useFactory: (dataSource: DataSource, config: AppConfig) => {
        const adapter = new PostgresSearchAdapter(dataSource);
        adapter.countsCacheMs = searchSettings(config.env).countsCacheMs;
        return adapter;
      },
    },
    {
      provide: EXTERNAL_SEARCH_ENGINE,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const settings = searchSettings(config.env);
        if (!settings.meiliUrl) return null;
        const client = await createMeiliClient(settings.meiliUrl, settings.meiliApiKey ?? undefined);
        return new MeiliSearchAdapter(client, settings.meiliIndex);
      },
    },
    SearchEngines,
    SearchDocumentBuilder,
    SearchOutboxWorker,
    SearchLabels,
    SearchReindexer,
    SearchService,
    SearchResolver,
  ],
  exports: [SearchService, SearchEngines, SearchOutboxWorker, SearchReindexer],
})
export class SearchModule {}
