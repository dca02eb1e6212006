import { join } from 'path';
import type { Env } from '../config/env.schema';

/** Settings of the mail module, from the variables declared in env.schema.ts (see docs/mail.md). */
export interface MailSettings {
  from: string;
  /** SMTP server; null: messages are written as .eml files to `fileDir`. */
  smtpUrl: string | null;
  fileDir: string;
  /** Address of the portal: links in e-mails start with it. */
  publicUrl: string;
  workerEnabled: boolean;
  intervalMs: number;
  batchSize: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** Attempts before a message is given up (`FAILED`). */
  maxAttempts: number;
}

export function mailSettings(env: Env): MailSettings {
  return {
    from: env.MAIL_FROM,
    smtpUrl: env.SMTP_URL ?? null,
    fileDir: join(env.DATA_DIR, 'mail'),
    publicUrl: env.PUBLIC_URL.replace(/\/+$/, ''),
    workerEnabled: env.MAIL_WORKER_ENABLED,
    intervalMs: env.MAIL_OUTBOX_INTERVAL_MS,
    batchSize: 20,
    retryBaseMs: 30_000,
    retryMaxMs: 3_600_000,
    maxAttempts: 12,
  };
}
