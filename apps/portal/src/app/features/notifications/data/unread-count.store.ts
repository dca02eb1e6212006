import { Injectable, inject, signal } from '@angular/core';
import { NotificationsApi } from './notifications.api';

/** The unread count the toolbar bell shows; the notifications page refreshes it after marking read. */
@Injectable({ providedIn: 'root' })
export class UnreadCountStore {
  private readonly api = inject(NotificationsApi);
  private readonly _count = signal(0);
  private running: Promise<void> | null = null;

  readonly count = this._count.asReadonly();

  /** Asks the API again; failures keep the last count (the bell is not worth an error message). */
  refresh(): Promise<void> {
    this.running ??= this.api
      .unreadCount()
      .then((count) => this._count.set(count))
      .catch(() => undefined)
      .finally(() => (this.running = null));
    return this.running;
  }

  /** Lowers the count at once after marking read (the next refresh confirms it). */
  markedRead(count: number): void {
    this._count.update((current) => Math.max(0, current - count));
  }

  reset(): void {
    this._count.set(0);
  }
}
