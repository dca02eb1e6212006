import { VALIDATION_KEYS } from '@bridge/contracts';
import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { AppException } from '../common/errors/app.exception';
import { Allow, CurrentViewer } from '../identity/access.decorators';
import type { Viewer } from '../identity/viewer';
import { NOTIFICATION_EMAIL_CATEGORIES } from './email/notification-category';
import {
  NotificationEmailPreferenceDto,
  NotificationEmailPreferenceInput,
} from './email/notification-email-preference.dto';
import { NotificationEmails } from './email/notification-emails.service';
import { LiveNotifications } from './live/live-notifications';
import { NotificationDto } from './notification.dto';

/**
 * Live notifications (graphql-ws, see docs/notifications.md) and the choice of notification e-mails.
 * A subscription carries only the signed-in user's own notifications.
 */
@Resolver()
export class NotificationsLiveResolver {
  constructor(
    private readonly live: LiveNotifications,
    private readonly emails: NotificationEmails,
  ) {}

  @Allow('SIGNED_IN')
  @Subscription(() => NotificationDto, {
    description: 'Your new notifications, as they happen.',
    resolve: (value: NotificationDto) => value,
  })
  notificationAdded(@CurrentViewer() viewer: Viewer) {
    return this.live.added(viewer);
  }

  @Allow('SIGNED_IN')
  @Subscription(() => Int, {
    description: 'Your unread notification count: now, then whenever it changes.',
    resolve: (value: number) => value,
  })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer) {
    return this.live.unreadCount(viewer);
  }

  @Allow('SIGNED_IN')
  @Query(() => [NotificationEmailPreferenceDto], {
    description: 'Which notifications you get by e-mail, per category.',
  })
  notificationEmailPreferences(@CurrentViewer() viewer: Viewer) {
    return this.emails.preferences(viewer.user.id);
  }

  @Allow('SIGNED_IN')
  @Mutation(() => [NotificationEmailPreferenceDto], {
    description: 'Chooses e-mail on or off for the given categories; returns every category.',
  })
  setNotificationEmailPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => [NotificationEmailPreferenceInput] })
    input: NotificationEmailPreferenceInput[],
  ) {
    // GraphQL checks each item (enum, boolean); the list itself is bounded here.
    if (input.length > NOTIFICATION_EMAIL_CATEGORIES.length)
      throw AppException.invalid([
        {
          field: 'input',
          key: VALIDATION_KEYS.maxItems,
          params: { max: NOTIFICATION_EMAIL_CATEGORIES.length },
        },
      ]);
    return this.emails.setPreferences(viewer.user.id, input);
  }
}
