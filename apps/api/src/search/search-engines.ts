import { Inject, Injectable, Optional } from '@nestjs/common';
import { JsonLogger } from '../common/logging/json-logger';
import { PostgresSearchAdapter } from './postgres/postgres-search.adapter';
import { InvalidCursorError, SearchPort, SearchQuery, SearchResult } from './search.types';

/** The external engine (Meilisearch when MEILI_URL is set), or null. */
export const EXTERNAL_SEARCH_ENGINE = Symbol('EXTERNAL_SEARCH_ENGINE');

export interface EngineAnswer {
  result: SearchResult;
  engine: string;
  /** The external engine did not answer: PostgreSQL did. */
  degraded: boolean;
}

/** After an external engine fails, searches go straight to PostgreSQL for this long. */
const COOL_DOWN_MS = 5_000;

/**
 * The engines of this process. PostgreSQL always holds the documents (it is the default engine and
 * the fallback); an external engine, when configured, answers searches while it is up.
 */
@Injectable()
export class SearchEngines {
  private externalEngine: SearchPort | null;
  private readonly prepared = new WeakSet<SearchPort>();
  private downUntil = 0;

  constructor(
    readonly postgres: PostgresSearchAdapter,
    @Optional() @Inject(EXTERNAL_SEARCH_ENGINE) external: SearchPort | null,
    @Optional() private readonly logger?: JsonLogger,
  ) {
    this.externalEngine = external ?? null;
  }

  get external(): SearchPort | null {
    return this.externalEngine;
  }

  /** Sets or removes the external engine (tests put a failing one in; the reindex tool its own). */
  useExternal(engine: SearchPort | null): void {
    this.externalEngine = engine;
    this.downUntil = 0;
  }

  /** Every engine that must hold the documents, PostgreSQL first. */
  targets(): SearchPort[] {
    return this.externalEngine ? [this.postgres, this.externalEngine] : [this.postgres];
  }

  /** Applies an engine's settings once (retried on the next use after a failure). */
  async prepare(engine: SearchPort): Promise<void> {
    if (this.prepared.has(engine)) return;
    await engine.init();
    this.prepared.add(engine);
  }

  async search(query: SearchQuery): Promise<EngineAnswer> {
    const external = this.externalEngine;
    if (external && Date.now() >= this.downUntil) {
      try {
        await this.prepare(external);
        return { result: await external.search(query), engine: external.name, degraded: false };
      } catch (error) {
        if (error instanceof InvalidCursorError) throw error;
        this.downUntil = Date.now() + COOL_DOWN_MS;
        this.logger?.pino.warn(
          { err: error, engine: external.name },
          'search engine failed: answering from PostgreSQL',
        );
      }
    }
    const result = await this.postgres.search(query);
    return { result, engine: this.postgres.name, degraded: !!external };
  }
}
