import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SearchDocumentBuilder } from './document/search-document.builder';
import { SearchEngines } from './search-engines';
import type { SearchPort } from './search.types';

export interface ReindexProgress {
  engine: string;
  done: number;
  total: number;
}

/**
 * Rebuilds an engine's index from the database. PostgreSQL's is rebuilt in one transaction (searches
 * see the old documents until it commits); an external engine is cleared, then filled page by page.
 * Outbox rows that arrive meanwhile are drained as usual: documents are idempotent.
 */
@Injectable()
export class SearchReindexer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engines: SearchEngines,
    private readonly builder: SearchDocumentBuilder,
  ) {}

  async reindex(
    engine: SearchPort,
    options: { batchSize?: number; onProgress?: (progress: ReindexProgress) => void } = {},
  ): Promise<number> {
    const batchSize = options.batchSize ?? 500;
    const total = await this.builder.countIndexable(this.dataSource.manager);
    const report = (done: number) => options.onProgress?.({ engine: engine.name, done, total });
    const fill = async (manager = this.dataSource.manager) => {
      let done = 0;
      let after: string | null = null;
      report(0);
      for (;;) {
        const docs = await this.builder.page(manager, after, batchSize);
        if (!docs.length) return done;
        await engine.upsert(docs, { manager });
        done += docs.length;
        after = docs[docs.length - 1].projectId;
        report(done);
      }
    };
    if (engine === this.engines.postgres) {
      return this.dataSource.transaction(async (manager) => {
        await engine.clear({ manager });
        return fill(manager);
      });
    }
    await this.engines.prepare(engine);
    await engine.clear();
    return fill();
  }
}
