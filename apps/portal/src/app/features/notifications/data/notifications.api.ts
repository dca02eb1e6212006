import { Injectable, inject } from '@angular/core';
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  NotificationsQuery,
  UnreadNotificationCountDocument,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';

export type NotificationPage = NotificationsQuery['notifications'];
export type NotificationItem = NotificationPage['edges'][number]['node'];

/** The viewer's in-app notifications. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly gql = inject(GraphqlService);

  async unreadCount(): Promise<number> {
    return (await this.gql.query(UnreadNotificationCountDocument)).unreadNotificationCount;
  }

  async page(first: number, unreadOnly: boolean, after?: string | null): Promise<NotificationPage> {
    return (await this.gql.query(NotificationsDocument, { first, unreadOnly, after: after ?? null }))
      .notifications;
  }

  /** Marks the given notifications read, or every one when `ids` is omitted; returns how many changed. */
  async markRead(ids?: string[]): Promise<number> {
    return (await this.gql.mutate(MarkNotificationsReadDocument, { input: ids ? { ids } : {} }))
      .markNotificationsRead;
  }
}
