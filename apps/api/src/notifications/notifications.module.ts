import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JsonLogger } from '../common/logging/json-logger';
import { AppConfig } from '../config/app-config';
import { MailModule } from '../mail/mail.module';
import { NotificationEmails } from './email/notification-emails.service';
import { LiveNotifications } from './live/live-notifications';
import { InProcessNotificationPubSub, NotificationPubSub } from './live/notification-pubsub';
import { NotificationPublisher } from './live/notification-publisher';
import { RedisNotificationPubSub } from './live/redis-notification-pubsub';
import { NotificationsLiveResolver } from './notifications-live.resolver';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/**
 * Notifications (docs/notifications.md): rows written in the transaction of their cause, e-mails
 * through the mail outbox by the recipient's choice, live delivery after commit through graphql-ws
 * — within the process, or through Redis pub/sub across processes when REDIS_URL is set.
 */
@Module({
  imports: [MailModule, AuditModule],
  providers: [
    {
      provide: NotificationPubSub,
      inject: [AppConfig, JsonLogger],
      useFactory: async (config: AppConfig, logger: JsonLogger): Promise<NotificationPubSub> => {
        const url = config.env.REDIS_URL;
        if (!url) return new InProcessNotificationPubSub();
        const pubsub = await RedisNotificationPubSub.connect(url, {
          warn: (details, message) => logger.pino.warn(details, message),
        });
        logger.pino.info({ redis: new URL(url).host }, 'live notifications through Redis pub/sub');
        return pubsub;
      },
    },
    NotificationPublisher,
    NotificationEmails,
    NotificationsService,
    LiveNotifications,
    NotificationsResolver,
    NotificationsLiveResolver,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {
  constructor(private readonly pubsub: NotificationPubSub) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pubsub.close();
  }
}
