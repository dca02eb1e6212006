import type { Locale } from '@bridge/contracts';
import { Injectable, Optional } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { newMessageId } from './eml';
import { MailOutboxEntity } from './mail-outbox.entity';
import { mailSettings } from './mail-settings';
import type { RenderedMail } from './templates/mail-template';

export interface MailRequest extends RenderedMail {
  to: string;
  /** The recipient's user, when there is one. */
  userId?: string | null;
  locale: Locale;
  /** What it is, e.g. `saved-search.digest`. */
  kind: string;
}

/**
 * Queues e-mails. `enqueue` writes to `mail_outbox` inside the caller's transaction: the mail exists
 * exactly when the change that causes it commits. `MailWorker` sends it.
 */
@Injectable()
export class MailService {
  readonly from: string;
  readonly publicUrl: string;

  constructor(@Optional() config?: AppConfig) {
    const settings = config ? mailSettings(config.env) : null;
    this.from = settings?.from ?? 'Bridge <no-reply@bridge.localhost>';
    this.publicUrl = settings?.publicUrl ?? 'http://localhost:3000';
  }

  /** An absolute link to a portal path (`/projects/…`), for e-mails. */
  link(path: string): string {
    return `${this.publicUrl}${path.startsWith('/') ? path : `/${path}`}`;
  }

  async enqueue(manager: EntityManager, request: MailRequest): Promise<string> {
    if (/[\r\n]/.test(request.to) || /[\r\n]/.test(request.subject))
      throw new Error('mail recipient and subject must be one line');
    const { identifiers } = await manager.insert(MailOutboxEntity, {
      recipient: request.to,
      userId: request.userId ?? null,
      locale: request.locale,
      kind: request.kind,
      subject: request.subject.slice(0, 300),
      textBody: request.text,
      htmlBody: request.html,
      messageId: newMessageId(this.from),
    });
    return String(identifiers[0]['id']);
  }
}
