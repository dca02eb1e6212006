import { Injectable, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { JsonLogger } from '../../common/logging/json-logger';
import { AppConfig } from '../../config/app-config';
import { SearchDocumentBuilder } from '../document/search-document.builder';
import { SearchEngines } from '../search-engines';
import { searchSettings } from '../search-settings';

/** Namespace of the per-project advisory locks (two-key form: this, hashtext(project id)). */
const LOCK_CLASS = 7_272_031;

export interface WorkerOptions {
  intervalMs: number;
  /** Pause between sweeps for documents out of step with the database (0: none). */
  sweepIntervalMs: number;
  batchSize: number;
  retryBaseMs: number;
  retryMaxMs: number;
}

export interface DrainReport {
  /** Outbox rows done (deleted). */
  done: number;
  /** Outbox rows that failed and wait for a retry. */
  failed: number;
}

interface OutboxRow {
  id: string;
  project_id: string;
}

/**
 * Drains the search outbox in the API process: a batch of due rows is locked (`FOR UPDATE SKIP
 * LOCKED`, so several API processes share the work), each project also by a transaction-level
 * advisory lock (so two processes never write one project's document in the wrong order), the
 * documents are rebuilt from the database and written to every engine, and the rows are deleted —
 * or, when an engine fails, kept with their attempt count, the error, and a retry time that backs
 * off exponentially (capped). PostgreSQL's documents are written in a savepoint first, so they stay
 * current (they serve searches) even while the external engine is down.
 */
@Injectable()
export class SearchOutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private options: WorkerOptions;
  private readonly enabled: boolean;
  private timer: NodeJS.Timeout | null = null;
  private sweepTimer: NodeJS.Timeout | null = null;
  private current: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engines: SearchEngines,
    private readonly builder: SearchDocumentBuilder,
    @Optional() config?: AppConfig,
    @Optional() private readonly logger?: JsonLogger,
  ) {
    const settings = config ? searchSettings(config.env) : null;
    this.enabled = settings?.workerEnabled ?? false;
    this.options = {
      intervalMs: settings?.outboxIntervalMs ?? 250,
      sweepIntervalMs: settings?.sweepIntervalMs ?? 300_000,
      batchSize: settings?.outboxBatchSize ?? 100,
      retryBaseMs: settings?.retryBaseMs ?? 1_000,
      retryMaxMs: settings?.retryMaxMs ?? 60_000,
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    await this.backfillExternal().catch((error) =>
      this.logger?.pino.warn(
        { err: error },
        'search: could not compare the external index with the database',
      ),
    );
    // Catches what was written before this process started (the demo seed runs before it).
    await this.sweep().catch((error) => this.logger?.pino.warn({ err: error }, 'search: sweep failed'));
    this.start();
  }

  /** Before the database connection closes (that happens on application shutdown). */
  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  /**
   * An external engine that is empty while PostgreSQL holds documents (a new Meilisearch, or one
   * that lost its data) is filled through the outbox: every indexed project is enqueued once.
   */
  async backfillExternal(): Promise<number> {
    const external = this.engines.external;
    if (!external) return 0;
    const [mine, theirs] = await Promise.all([
      this.engines.postgres.documentCount(),
      external.documentCount(),
    ]);
    if (theirs > 0 || mine === 0) return 0;
    const [{ n }] = await this.dataSource.query(
      `WITH queued AS (
         INSERT INTO search_outbox (project_id, op)
         SELECT project_id, 'UPSERT' FROM project_search_documents RETURNING 1
       ) SELECT count(*)::int AS n FROM queued`,
    );
    this.logger?.pino.info({ engine: external.name, projects: n }, 'search: filling an empty external index');
    return n;
  }

  /** Changes timings (tests, the benchmark). */
  configure(options: Partial<WorkerOptions>): void {
    this.options = { ...this.options, ...options };
  }

  start(): void {
    this.stopped = false;
    if (!this.timer) this.schedule(0);
    if (!this.sweepTimer && this.options.sweepIntervalMs > 0) {
      this.sweepTimer = setInterval(() => {
        this.sweep().catch((error) => this.logger?.pino.warn({ err: error }, 'search: sweep failed'));
      }, this.options.sweepIntervalMs);
      this.sweepTimer.unref?.();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    this.timer = null;
    this.sweepTimer = null;
    await this.current?.catch(() => undefined);
  }

  /**
   * Belt and braces: enqueues the projects whose document is missing or older than the project
   * (a writer that forgot the outbox, a raw SQL fix), and the documents whose project is gone or a
   * draft again (a cascaded delete). Returns the rows enqueued. Cheap: two anti-joins.
   */
  async sweep(): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `WITH stale AS (
         SELECT p.id AS project_id, 'UPSERT' AS op
           FROM projects p LEFT JOIN project_search_documents d ON d.project_id = p.id
          WHERE p.status <> 'DRAFT' AND (d.project_id IS NULL OR d.project_updated_at < date_trunc('milliseconds', p.updated_at) OR d.status <> p.status)
         UNION ALL
         SELECT d.project_id, 'DELETE'
           FROM project_search_documents d LEFT JOIN projects p ON p.id = d.project_id
          WHERE p.id IS NULL OR p.status = 'DRAFT'
       ), queued AS (
         INSERT INTO search_outbox (project_id, op)
         SELECT s.project_id, s.op FROM stale s
          WHERE NOT EXISTS (SELECT 1 FROM search_outbox o WHERE o.project_id = s.project_id)
         RETURNING 1
       ) SELECT count(*)::int AS n FROM queued`,
    );
    if (n)
      this.logger?.pino.warn(
        { projects: n },
        'search: documents out of step with the database were enqueued',
      );
    return n;
  }

  private schedule(delay: number) {
    this.timer = setTimeout(() => {
      this.timer = null;
      const run = this.runUntilIdle();
      this.current = run;
      void run.finally(() => {
        if (this.current === run) this.current = null;
        if (!this.stopped) this.schedule(this.options.intervalMs);
      });
    }, delay);
    this.timer.unref?.();
  }

  private async runUntilIdle(): Promise<void> {
    try {
      for (;;) {
        if (this.stopped) return;
        const report = await this.drainOnce();
        if (report.done + report.failed < this.options.batchSize) return;
      }
    } catch (error) {
      this.logger?.pino.error({ err: error }, 'search outbox worker failed');
    }
  }

  /** Drains every due row now (tests; the worker's own loop does this in the background). */
  async drain(): Promise<DrainReport> {
    const total: DrainReport = { done: 0, failed: 0 };
    for (;;) {
      const report = await this.drainOnce();
      total.done += report.done;
      total.failed += report.failed;
      if (report.done + report.failed < this.options.batchSize) return total;
    }
  }

  /** One batch in one transaction. */
  async drainOnce(): Promise<DrainReport> {
    const report = await this.drainBatch();
    // Counts cached while the transaction was open may predate its commit.
    if (report.done || report.failed) this.engines.postgres.invalidateCounts();
    return report;
  }

  private async drainBatch(): Promise<DrainReport> {
    let rowIds: string[] = [];
    try {
      return await this.dataSource.transaction(async (manager) => {
        const rows: OutboxRow[] = await manager.query(
          `SELECT id::text, project_id FROM search_outbox WHERE next_attempt_at <= now()
            ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [this.options.batchSize],
        );
        if (!rows.length) return { done: 0, failed: 0 };
        const lockedIds = await this.lockProjects(manager, [...new Set(rows.map((r) => r.project_id))]);
        const mine = rows.filter((r) => lockedIds.has(r.project_id));
        rowIds = mine.map((r) => r.id);
        if (!mine.length) return { done: 0, failed: 0 };
        const error = await this.apply(manager, [...lockedIds]);
        if (error) {
          await this.postpone(manager, rowIds, error);
          return { done: 0, failed: rowIds.length };
        }
        await manager.query('DELETE FROM search_outbox WHERE id = ANY($1::bigint[])', [rowIds]);
        return { done: rowIds.length, failed: 0 };
      });
    } catch (error) {
      // The batch's transaction failed (the database itself): count the attempt if we still can.
      if (rowIds.length) {
        await this.postpone(this.dataSource.manager, rowIds, (error as Error).message).catch(() => undefined);
      }
      throw error;
    }
  }

  private async lockProjects(manager: EntityManager, projectIds: string[]): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id::text FROM unnest($1::uuid[]) AS id WHERE pg_try_advisory_xact_lock($2, hashtext(id::text))`,
      [projectIds, LOCK_CLASS],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Writes the projects' documents to every engine; the first error, or null. */
  private async apply(manager: EntityManager, projectIds: string[]): Promise<string | null> {
    const { docs, absent } = await this.builder.build(manager, projectIds);
    const errors: string[] = [];
    for (const engine of this.engines.targets()) {
      try {
        if (engine === this.engines.postgres) {
          await manager.query('SAVEPOINT search_documents');
          try {
            await engine.upsert(docs, { manager });
            await engine.remove(absent, { manager });
            await manager.query('RELEASE SAVEPOINT search_documents');
          } catch (error) {
            await manager.query('ROLLBACK TO SAVEPOINT search_documents');
            throw error;
          }
        } else {
          await this.engines.prepare(engine);
          await engine.upsert(docs);
          await engine.remove(absent);
        }
      } catch (error) {
        errors.push(`${engine.name}: ${(error as Error).message}`);
      }
    }
    if (errors.length)
      this.logger?.pino.warn(
        { errors, projects: projectIds.length },
        'search index update failed; will retry',
      );
    return errors.length ? errors.join('; ') : null;
  }

  private async postpone(manager: EntityManager, rowIds: string[], error: string): Promise<void> {
    await manager.query(
      `UPDATE search_outbox
          SET attempts = attempts + 1,
              last_error = $2,
              next_attempt_at = now() + LEAST($4::float8, $3::float8 * power(2, LEAST(attempts, 30))) * interval '1 millisecond'
        WHERE id = ANY($1::bigint[])`,
      [rowIds, error.slice(0, 2000), this.options.retryBaseMs, this.options.retryMaxMs],
    );
  }

  /** Rows waiting, and the oldest one's age (status, tests). */
  async backlog(): Promise<{ pending: number; failing: number; oldestMs: number | null }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS pending, count(*) FILTER (WHERE attempts > 0)::int AS failing,
              (extract(epoch FROM now() - min(created_at)) * 1000)::float8 AS oldest
         FROM search_outbox`,
    );
    return { pending: row.pending, failing: row.failing, oldestMs: row.oldest };
  }
}
