import { Injectable, inject, signal } from '@angular/core';
import { LiveUnreadNotificationCountDocument } from '../../../core/graphql/lazy/generated';
import { LIVE_LINK, LiveEnd } from './live-link';
import { NotificationsApi } from './notifications.api';

/** The unread count the toolbar bell shows; the notifications page refreshes it after marking read. */
@Injectable({ providedIn: 'root' })
export class UnreadCountStore {
  private readonly api = inject(NotificationsApi);
  private readonly openLink = inject(LIVE_LINK);
  private readonly _count = signal(0);
  private readonly _live = signal(false);
  private running: Promise<void> | null = null;

  readonly count = this._count.asReadonly();
  /** Whether the count follows the API's pushes (else the bell polls). */
  readonly live = this._live.asReadonly();

  /** Asks the API again; failures keep the last count (the bell is not worth an error message). */
  refresh(): Promise<void> {
    this.running ??= this.api
      .unreadCount()
      // While live, the pushed count is the newer one.
      .then((count) => {
        if (!this._live()) this._count.set(count);
      })
      .catch(() => undefined)
      .finally(() => (this.running = null));
    return this.running;
  }

  /**
   * Follows the count through the `unreadNotificationCount` subscription: the API pushes it at once
   * and whenever it changes. `ended` is called when the live link cannot be had or gives up (the
   * caller then polls). Returns the function that stops following.
   */
  follow(ended: (reason: LiveEnd) => void): () => void {
    let stopped = false;
    let stop = (): void => undefined;
    this.openLink()
      .then((link) => {
        if (stopped) return link.dispose();
        const unsubscribe = link.subscribe(LiveUnreadNotificationCountDocument, {
          next: (data) => {
            this._live.set(true);
            this._count.set(data.unreadNotificationCount);
          },
          end: (reason) => {
            this._live.set(false);
            if (!stopped) ended(reason);
          },
        });
        stop = () => {
          unsubscribe();
          link.dispose();
        };
      })
      .catch(() => {
        if (!stopped) ended('failed');
      });
    return () => {
      stopped = true;
      this._live.set(false);
      stop();
    };
  }

  /** Lowers the count at once after marking read (the next refresh or push confirms it). */
  markedRead(count: number): void {
    this._count.update((current) => Math.max(0, current - count));
  }

  reset(): void {
    this._count.set(0);
  }
}
