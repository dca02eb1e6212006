import { isLocale } from '@bridge/contracts';
import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../config/app-config';
import { MailService } from '../../mail/mail.service';
import type { NotificationMessage } from '../notifications.service';
import {
  DEFAULT_NOTIFICATION_EMAIL,
  NOTIFICATION_EMAIL_CATEGORIES,
  NotificationEmailCategory,
  categoryOf,
} from './notification-category';
import { NotificationEmailPreferenceEntity } from './notification-email-preference.entity';
import { notificationMail } from './notification-mail.template';

export interface NotificationEmailChoice {
  category: NotificationEmailCategory;
  email: boolean;
}

interface Recipient {
  id: string;
  email: string;
  display_name: string;
  locale: string;
  chosen: boolean | null;
}

/**
 * Notification e-mails: which categories each user gets by e-mail (their choices over the defaults)
 * and, for a new notification, one e-mail per recipient who wants it, in the recipient's language,
 * queued in the notification's transaction (docs/notifications.md).
 */
@Injectable()
export class NotificationEmails {
  private readonly defaults: Readonly<Record<NotificationEmailCategory, boolean>>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Optional() config?: AppConfig,
  ) {
    const on = config?.env.NOTIFICATION_EMAIL_DEFAULT ?? true;
    this.defaults = on
      ? DEFAULT_NOTIFICATION_EMAIL
      : (Object.fromEntries(NOTIFICATION_EMAIL_CATEGORIES.map((c) => [c, false])) as Record<
          NotificationEmailCategory,
          boolean
        >);
  }

  /** Every category with the user's choice, or the default where they made none. */
  async preferences(userId: string, manager: EntityManager = this.dataSource.manager) {
    const rows = await manager.find(NotificationEmailPreferenceEntity, { where: { userId } });
    const chosen = new Map(rows.map((r) => [r.category, r.email]));
    return NOTIFICATION_EMAIL_CATEGORIES.map((category): NotificationEmailChoice => ({
      category,
      email: chosen.get(category) ?? this.defaults[category],
    }));
  }

  /** Stores the user's choices for the given categories (the others keep theirs); returns all. */
  async setPreferences(
    userId: string,
    choices: NotificationEmailChoice[],
  ): Promise<NotificationEmailChoice[]> {
    const latest = new Map(choices.map((c) => [c.category, c.email]));
    return this.dataSource.transaction(async (manager) => {
      const before = await this.preferences(userId, manager);
      if (latest.size) {
        await manager.upsert(
          NotificationEmailPreferenceEntity,
          [...latest].map(([category, email]) => ({ userId, category, email, updatedAt: new Date() })),
          ['userId', 'category'],
        );
      }
      const after = await this.preferences(userId, manager);
      const flat = (list: NotificationEmailChoice[]) =>
        Object.fromEntries(list.map((c) => [c.category, c.email]));
      if (JSON.stringify(flat(before)) !== JSON.stringify(flat(after))) {
        await this.audit.record(
          manager,
          { userId },
          {
            action: 'user.notification_emails_changed',
            entityType: 'user',
            entityId: userId,
            before: flat(before),
            after: flat(after),
          },
        );
      }
      return after;
    });
  }

  /** Queues the notification's e-mail to each recipient whose choice for its category is on. */
  async enqueue(manager: EntityManager, userIds: string[], message: NotificationMessage): Promise<number> {
    const category = categoryOf(message.kind, message.key);
    if (!category || !userIds.length) return 0;
    const recipients: Recipient[] = await manager.query(
      `SELECT u.id, u.email, u.display_name, u.locale, p.email AS chosen
         FROM users u
         LEFT JOIN notification_email_preferences p ON p.user_id = u.id AND p.category = $2
        WHERE u.id = ANY($1::uuid[])`,
      [userIds, category],
    );
    let queued = 0;
    for (const recipient of recipients) {
      if (!(recipient.chosen ?? this.defaults[category])) continue;
      const locale = isLocale(recipient.locale) ? recipient.locale : 'en';
      const rendered = notificationMail(
        {
          key: message.key,
          params: message.params ?? {},
          userName: recipient.display_name,
          url: message.link ? this.mail.link(message.link) : null,
          manageUrl: this.mail.link('/account'),
        },
        locale,
      );
      await this.mail.enqueue(manager, {
        ...rendered,
        to: recipient.email,
        userId: recipient.id,
        locale,
        kind: `notification.${message.kind}`.slice(0, 80),
      });
      queued += 1;
    }
    return queued;
  }
}
