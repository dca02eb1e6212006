import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../identity/viewer';
import { NotificationDto } from '../notification.dto';
import { NotificationsService } from '../notifications.service';
import { LiveNotification, NotificationEvent, NotificationPubSub } from './notification-pubsub';

/**
 * A queue of one subscriber's events as an async iterator. `return()` (the client unsubscribes or
 * disconnects) stops listening at once, even while a `next()` waits.
 */
class EventQueue implements AsyncIterableIterator<NotificationEvent> {
  private readonly buffer: NotificationEvent[] = [];
  private waiting: ((result: IteratorResult<NotificationEvent>) => void) | null = null;
  private done = false;
  stop: () => void = () => undefined;

  push(event: NotificationEvent): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: event, done: false });
    } else if (this.buffer.length < 1000) this.buffer.push(event);
  }

  next(): Promise<IteratorResult<NotificationEvent>> {
    const event = this.buffer.shift();
    if (event) return Promise.resolve({ value: event, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  async return(): Promise<IteratorResult<NotificationEvent>> {
    if (!this.done) {
      this.done = true;
      this.buffer.length = 0;
      this.stop();
      this.waiting?.({ value: undefined, done: true });
      this.waiting = null;
    }
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

/** An iterator of values computed from events (null: nothing to send for this one). */
function mapped<T>(
  queue: EventQueue,
  map: (event: NotificationEvent) => Promise<T | null | undefined>,
  first?: () => Promise<T>,
): AsyncIterableIterator<T> {
  let initial = first ? first() : null;
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      if (initial) {
        const value = await initial;
        initial = null;
        return { value, done: false };
      }
      for (;;) {
        const result = await queue.next();
        if (result.done) return { value: undefined, done: true };
        const value = await map(result.value);
        if (value !== null && value !== undefined) return { value, done: false };
      }
    },
    async return(): Promise<IteratorResult<T>> {
      await queue.return();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

export function reviveNotification(live: LiveNotification): NotificationDto {
  return Object.assign(new NotificationDto(), {
    ...live,
    readAt: live.readAt ? new Date(live.readAt) : null,
    createdAt: new Date(live.createdAt),
  });
}

/**
 * The live side of notifications for GraphQL subscriptions: each subscriber listens only to the
 * channel of its own user, so nobody receives another user's events. A subscription ends when
 * the session it was opened with has been signed out or has expired.
 */
@Injectable()
export class LiveNotifications {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pubsub: NotificationPubSub,
    private readonly notifications: NotificationsService,
  ) {}

  /** The viewer's new notifications, as they are committed. */
  async added(viewer: Viewer): Promise<AsyncIterableIterator<NotificationDto>> {
    const queue = await this.listen(viewer.user.id);
    return mapped(queue, async (event) => {
      if (event.type !== 'added') return null;
      if (!(await this.sessionAlive(viewer))) return this.end(queue);
      return reviveNotification(event.notification);
    });
  }

  /** The viewer's unread count now, then each time it changes. */
  async unreadCount(viewer: Viewer): Promise<AsyncIterableIterator<number>> {
    const userId = viewer.user.id;
    const queue = await this.listen(userId);
    let last: number | null = null;
    return mapped(
      queue,
      async () => {
        if (!(await this.sessionAlive(viewer))) return this.end(queue);
        const count = await this.notifications.unreadCount(userId);
        if (count === last) return null;
        last = count;
        return count;
      },
      async () => (last = await this.notifications.unreadCount(userId)),
    );
  }

  private async listen(userId: string): Promise<EventQueue> {
    const queue = new EventQueue();
    queue.stop = await this.pubsub.subscribe(userId, (event) => queue.push(event));
    return queue;
  }

  private async end(queue: EventQueue): Promise<null> {
    await queue.return();
    return null;
  }

  private async sessionAlive(viewer: Viewer): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM sessions WHERE id = $1 AND revoked_at IS NULL AND expires_at > now()',
      [viewer.session.id],
    );
    return rows.length > 0;
  }
}
