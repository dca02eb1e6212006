import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { IconComponent } from '@bridge/ui';
import { Subscription, filter } from 'rxjs';
import { I18nService } from '../../../core/i18n';
import { UnreadCountStore } from '../data/unread-count.store';

const POLL_MS = 60_000;

/**
 * The toolbar bell: a link to the notifications page with the unread count, pushed live by the API
 * (graphql-ws, loaded on demand). Without the live link (refused, unreachable) it asks every minute
 * and after each navigation. The shell loads it deferred, so it stays out of the initial bundle.
 */
@Component({
  selector: 'bridge-notification-bell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, IconComponent],
  template: `
    <a class="bell" routerLink="/notifications" data-testid="notification-bell" [attr.aria-label]="label()">
      <bridge-icon name="bell" />
      @if (count() > 0) {
        <span class="bell__badge" data-testid="notification-count" aria-hidden="true">{{ badge() }}</span>
      }
    </a>
  `,
  styles: `
    .bell {
      position: relative;
      display: inline-grid;
      place-items: center;
      width: 40px;
      height: 40px;
      border-radius: 50%;
      color: var(--mat-sys-on-surface-variant);
    }
    .bell:hover {
      background: color-mix(in srgb, var(--mat-sys-on-surface) 8%, transparent);
    }
    .bell__badge {
      position: absolute;
      top: 2px;
      inset-inline-end: 0;
      min-width: 16px;
      height: 16px;
      padding: 0 4px;
      box-sizing: border-box;
      border-radius: 8px;
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font: var(--mat-sys-label-small);
      line-height: 16px;
      text-align: center;
    }
  `,
})
export class NotificationBellComponent {
  private readonly store = inject(UnreadCountStore);
  private readonly i18n = inject(I18nService);

  protected readonly count = this.store.count;
  protected readonly badge = computed(() => (this.count() > 99 ? '99+' : String(this.count())));
  protected readonly label = computed(() =>
    this.count() > 0
      ? this.i18n.t('notificationsPage.bellUnread', { count: this.count() })
      : this.i18n.t('notificationsPage.bell'),
  );

  constructor() {
    const destroyRef = inject(DestroyRef);
    const router = inject(Router);
    let timer: ReturnType<typeof setInterval> | null = null;
    let navigation: Subscription | null = null;
    const poll = () => {
      if (timer) return;
      void this.store.refresh();
      timer = setInterval(() => void this.store.refresh(), POLL_MS);
      navigation = router.events
        .pipe(filter((event) => event instanceof NavigationEnd))
        .subscribe(() => void this.store.refresh());
    };
    void this.store.refresh();
    const stopLive = this.store.follow(poll);
    destroyRef.onDestroy(() => {
      stopLive();
      if (timer) clearInterval(timer);
      navigation?.unsubscribe();
      this.store.reset();
    });
  }
}
