import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JsonLogger } from '../common/logging/json-logger';
import { AppConfig } from '../config/app-config';
import { mailSettings } from './mail-settings';
import { MAIL_TRANSPORT } from './mail-transport';
import type { MailTransport } from './mail-transport';
import { MailService } from './mail.service';

export interface MailWorkerOptions {
  intervalMs: number;
  batchSize: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
}

export interface MailDrainReport {
  sent: number;
  failed: number;
}

interface MailRow {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  message_id: string;
  attempts: number;
}

/**
 * Sends the mail outbox in the API process: due `PENDING` rows are taken `FOR UPDATE SKIP LOCKED`
 * (several API processes share the work, none sends a row another holds), handed to the transport
 * one by one, and marked `SENT` — or kept with the attempt count, the error and a retry time that
 * backs off exponentially, until `maxAttempts` (`FAILED`). Delivery is at least once: a crash after
 * the transport took a message but before the commit sends it again (with the same Message-ID).
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private options: MailWorkerOptions;
  private readonly enabled: boolean;
  private transport: MailTransport;
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MAIL_TRANSPORT) private readonly configured: MailTransport,
    private readonly mail: MailService,
    @Optional() config?: AppConfig,
    @Optional() private readonly logger?: JsonLogger,
  ) {
    const settings = config ? mailSettings(config.env) : null;
    this.enabled = settings?.workerEnabled ?? false;
    this.transport = configured;
    this.options = {
      intervalMs: settings?.intervalMs ?? 5_000,
      batchSize: settings?.batchSize ?? 20,
      retryBaseMs: settings?.retryBaseMs ?? 30_000,
      retryMaxMs: settings?.retryMaxMs ?? 3_600_000,
      maxAttempts: settings?.maxAttempts ?? 12,
    };
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
    await this.configured.close?.().catch(() => undefined);
  }

  /** Changes timings (tests). */
  configure(options: Partial<MailWorkerOptions>): void {
    this.options = { ...this.options, ...options };
  }

  /** Sends through another transport (tests), or back through the configured one (null). */
  useTransport(transport: MailTransport | null): void {
    this.transport = transport ?? this.configured;
  }

  get transportName(): string {
    return this.transport.name;
  }

  start(): void {
    this.stopped = false;
    if (!this.timer) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.current?.catch(() => undefined);
  }

  private schedule(delay: number) {
    this.timer = setTimeout(() => {
      this.timer = null;
      const run = this.drain().catch((error) =>
        this.logger?.pino.error({ err: error }, 'mail worker failed'),
      );
      this.current = run;
      void run.finally(() => {
        if (this.current === run) this.current = null;
        if (!this.stopped) this.schedule(this.options.intervalMs);
      });
    }, delay);
    this.timer.unref?.();
  }

  /** Sends every due message now (tests; the worker's loop does this in the background). */
  async drain(): Promise<MailDrainReport> {
    const total: MailDrainReport = { sent: 0, failed: 0 };
    for (;;) {
      const report = await this.drainOnce();
      total.sent += report.sent;
      total.failed += report.failed;
      if (report.sent + report.failed < this.options.batchSize || this.stopped) return total;
    }
  }

  /** One batch in one transaction. */
  async drainOnce(): Promise<MailDrainReport> {
    return this.dataSource.transaction(async (manager) => {
      const rows: MailRow[] = await manager.query(
        `SELECT id::text, recipient, subject, text_body, html_body, message_id, attempts
           FROM mail_outbox
          WHERE status = 'PENDING' AND next_attempt_at <= now()
          ORDER BY next_attempt_at, id
          LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize],
      );
      const report: MailDrainReport = { sent: 0, failed: 0 };
      for (const row of rows) {
        try {
          await this.transport.send({
            from: this.mail.from,
            to: row.recipient,
            subject: row.subject,
            text: row.text_body,
            html: row.html_body,
            messageId: row.message_id,
            date: new Date(),
          });
          await manager.query(
            `UPDATE mail_outbox SET status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = NULL
              WHERE id = $1`,
            [row.id],
          );
          report.sent += 1;
        } catch (error) {
          const giveUp = row.attempts + 1 >= this.options.maxAttempts;
          await manager.query(
            `UPDATE mail_outbox
                SET attempts = attempts + 1,
                    last_error = $2,
                    status = CASE WHEN $5::boolean THEN 'FAILED' ELSE 'PENDING' END,
                    next_attempt_at = now() + LEAST($4::float8, $3::float8 * power(2, LEAST(attempts, 30))) * interval '1 millisecond'
              WHERE id = $1`,
            [
              row.id,
              String((error as Error).message ?? error).slice(0, 2000),
              this.options.retryBaseMs,
              this.options.retryMaxMs,
              giveUp,
            ],
          );
          report.failed += 1;
          this.logger?.pino.warn(
            { err: error, mail: row.id, attempts: row.attempts + 1, transport: this.transport.name, giveUp },
            giveUp ? 'mail could not be sent: giving up' : 'mail could not be sent: will retry',
          );
        }
      }
      return report;
    });
  }

  /** Messages waiting and failed (status, tests). */
  async backlog(): Promise<{ pending: number; failing: number; failed: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
              count(*) FILTER (WHERE status = 'PENDING' AND attempts > 0)::int AS failing,
              count(*) FILTER (WHERE status = 'FAILED')::int AS failed
         FROM mail_outbox`,
    );
    return row;
  }
}
