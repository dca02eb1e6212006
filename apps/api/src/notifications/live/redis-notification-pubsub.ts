import type { Redis } from 'ioredis';
import {
  LocalListeners,
  NotificationEvent,
  NotificationListener,
  NotificationPubSub,
} from './notification-pubsub';

const CHANNEL_PREFIX = 'bridge:notifications:';

export interface PubSubLogger {
  warn(details: object, message: string): void;
}

/**
 * Events through Redis pub/sub, so a notification written by one API process reaches a subscriber
 * connected to another: one channel per user (`bridge:notifications:<userId>`), subscribed while
 * this process has a listener for that user. Every process — the publisher too — delivers what it
 * receives from Redis, so each event is delivered once. Redis pub/sub is at most once: a process
 * that is disconnected misses events (the portal asks for the count again when it reconnects).
 */
export class RedisNotificationPubSub extends NotificationPubSub {
  private readonly listeners = new LocalListeners();
  /** The SUBSCRIBE of each user's channel: a second listener waits for it too. */
  private readonly subscribed = new Map<string, Promise<unknown>>();

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    logger?: PubSubLogger,
  ) {
    super();
    subscriber.on('message', (channel: string, message: string) => {
      if (!channel.startsWith(CHANNEL_PREFIX)) return;
      try {
        this.listeners.deliver(JSON.parse(message) as NotificationEvent);
      } catch (error) {
        logger?.warn({ err: error, channel }, 'unreadable notification event');
      }
    });
    for (const client of [publisher, subscriber])
      client.on('error', (error) => logger?.warn({ err: error }, 'redis connection problem'));
  }

  /** Connects two clients (publishing, subscribed); fails when Redis cannot be reached. */
  static async connect(url: string, logger?: PubSubLogger): Promise<RedisNotificationPubSub> {
    const { Redis } = await import('ioredis');
    const options = { lazyConnect: true, maxRetriesPerRequest: 3, connectionName: 'bridge-notifications' };
    const publisher = new Redis(url, options);
    const subscriber = new Redis(url, options);
    try {
      await Promise.all([publisher.connect(), subscriber.connect()]);
    } catch (error) {
      publisher.disconnect();
      subscriber.disconnect();
      throw error;
    }
    return new RedisNotificationPubSub(publisher, subscriber, logger);
  }

  async publish(events: NotificationEvent[]): Promise<void> {
    if (!events.length) return;
    const pipeline = this.publisher.pipeline();
    for (const event of events) pipeline.publish(CHANNEL_PREFIX + event.userId, JSON.stringify(event));
    await pipeline.exec();
  }

  async subscribe(userId: string, listener: NotificationListener): Promise<() => void> {
    if (this.listeners.add(userId, listener))
      this.subscribed.set(userId, this.subscriber.subscribe(CHANNEL_PREFIX + userId));
    try {
      await this.subscribed.get(userId);
    } catch (error) {
      if (this.listeners.remove(userId, listener)) this.subscribed.delete(userId);
      throw error;
    }
    return () => {
      if (!this.listeners.remove(userId, listener)) return;
      this.subscribed.delete(userId);
      void this.subscriber.unsubscribe(CHANNEL_PREFIX + userId).catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}
