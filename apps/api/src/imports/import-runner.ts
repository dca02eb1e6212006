import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { IMPORT_LIMITS } from './import.types';

/**
 * The import work of this API process: background parses (at most IMPORT_LIMITS.concurrentParses at
 * once, the others queue) and commits, with their live progress. A commit's progress cannot be
 * written to the job row while its transaction runs (nobody would see it before the end, and on
 * PGlite a second connection would wait for the transaction), so it is kept here for `importJob`.
 * On shutdown the running work is awaited.
 */
@Injectable()
export class ImportRunner implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Imports');
  private readonly live = new Map<string, number>();
  private readonly tasks = new Set<Promise<void>>();
  private active = 0;
  private readonly queue: Array<() => void> = [];

  isRunning(jobId: string): boolean {
    return this.live.has(jobId);
  }

  runningIds(): string[] {
    return [...this.live.keys()];
  }

  /** Rows processed so far by a job running here, or undefined. */
  progress(jobId: string): number | undefined {
    return this.live.get(jobId);
  }

  setProgress(jobId: string, rows: number): void {
    if (this.live.has(jobId)) this.live.set(jobId, rows);
  }

  /** Starts `work` in the background once a parse slot is free; its errors are logged, never thrown. */
  background(jobId: string, work: () => Promise<void>): void {
    this.live.set(jobId, 0);
    const task = this.slot()
      .then(work)
      .catch((error: unknown) => this.logger.error(`import ${jobId}: ${describe(error)}`))
      .finally(() => {
        this.live.delete(jobId);
        this.release();
        this.tasks.delete(task);
      });
    this.tasks.add(task);
  }

  /** Runs `work` (a commit) now, marked as running here so its progress is visible. */
  async track<T>(jobId: string, work: () => Promise<T>): Promise<T> {
    this.live.set(jobId, 0);
    try {
      return await work();
    } finally {
      this.live.delete(jobId);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.tasks]);
  }

  private slot(): Promise<void> {
    if (this.active < IMPORT_LIMITS.concurrentParses) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.active -= 1;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
