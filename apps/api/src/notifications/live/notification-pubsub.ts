/** What the live channel carries for one user: a new notification, or "your notifications were read". */
export type NotificationEvent =
  { type: 'added'; userId: string; notification: LiveNotification } | { type: 'read'; userId: string };

/** A notification as it travels between processes (JSON: dates as ISO strings). */
export interface LiveNotification {
  id: string;
  kind: string;
  key: string;
  params: Record<string, string | number>;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export type NotificationListener = (event: NotificationEvent) => void;

/**
 * Delivers notification events to the subscribers of their user: in this process
 * (`InProcessNotificationPubSub`), or through Redis to every API process (`RedisNotificationPubSub`,
 * when REDIS_URL is set). Publishers call it only after their transaction committed.
 */
export abstract class NotificationPubSub {
  abstract publish(events: NotificationEvent[]): Promise<void>;
  /** Listens to one user's events; returns the function that stops listening. */
  abstract subscribe(userId: string, listener: NotificationListener): Promise<() => void>;
  abstract close(): Promise<void>;
}

/** Listeners per user, shared by both implementations for the delivery inside a process. */
export class LocalListeners {
  private readonly byUser = new Map<string, Set<NotificationListener>>();

  /** Adds a listener; true when it is the user's first (the Redis channel must be subscribed). */
  add(userId: string, listener: NotificationListener): boolean {
    const listeners = this.byUser.get(userId) ?? new Set();
    listeners.add(listener);
    this.byUser.set(userId, listeners);
    return listeners.size === 1;
  }

  /** Removes a listener; true when it was the user's last. */
  remove(userId: string, listener: NotificationListener): boolean {
    const listeners = this.byUser.get(userId);
    if (!listeners?.delete(listener)) return false;
    if (listeners.size) return false;
    this.byUser.delete(userId);
    return true;
  }

  deliver(event: NotificationEvent): void {
    for (const listener of [...(this.byUser.get(event.userId) ?? [])]) {
      try {
        listener(event);
      } catch {
        // One broken listener must not keep the event from the others.
      }
    }
  }

  get users(): number {
    return this.byUser.size;
  }
}

/** One API process: events go straight to the listeners of this process. */
export class InProcessNotificationPubSub extends NotificationPubSub {
  private readonly listeners = new LocalListeners();

  async publish(events: NotificationEvent[]): Promise<void> {
    for (const event of events) this.listeners.deliver(event);
  }

  async subscribe(userId: string, listener: NotificationListener): Promise<() => void> {
    this.listeners.add(userId, listener);
    return () => void this.listeners.remove(userId, listener);
  }

  async close(): Promise<void> {
    return;
  }
}
