import type { Locale } from '@bridge/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type MailStatus = 'PENDING' | 'SENT' | 'FAILED';

/**
 * An e-mail to send, written in the same transaction as the change that causes it
 * (`MailService.enqueue`) and sent by `MailWorker`: `PENDING` until a transport accepts it (`SENT`),
 * retried with backoff, `FAILED` after the last attempt.
 */
@Entity('mail_outbox')
@Index('ix_mail_outbox_due', ['nextAttemptAt', 'id'], { where: `"status" = 'PENDING'` })
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  /** The recipient's user, when the mail is to one (null for an address outside Bridge). */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 5 })
  locale: Locale;

  /** What it is, for logs and tests: `saved-search.digest`. */
  @Column({ type: 'varchar', length: 80 })
  kind: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text' })
  htmlBody: string;

  /** Without angle brackets; kept across retries, so a resent message is recognisably the same one. */
  @Column({ type: 'varchar', length: 200 })
  messageId: string;

  @Column({ type: 'varchar', length: 8, default: 'PENDING' })
  status: MailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
