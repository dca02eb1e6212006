import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router } from '@angular/router';
import { EmptyStateComponent, ErrorStateComponent, IconComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { notificationLink, notificationText } from '../data/notification-text';
import { NotificationItem, NotificationPage, NotificationsApi } from '../data/notifications.api';
import { UnreadCountStore } from '../data/unread-count.store';

const PAGE_SIZE = 20;

/** The viewer's notifications, newest first: open one to follow it (and mark it read), or mark all read. */
@Component({
  selector: 'bridge-notifications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    MatSlideToggleModule,
    EmptyStateComponent,
    ErrorStateComponent,
    IconComponent,
    LoadingComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './notifications.page.html',
  styleUrl: './notifications.page.scss',
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  private readonly unread = inject(UnreadCountStore);
  private readonly notify = inject(NotifyService);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);

  protected readonly unreadOnly = signal(false);
  protected readonly first = new Loader<NotificationPage>();
  protected readonly more = signal<NotificationPage[]>([]);
  /** Read in this visit (the list is not reloaded for each). */
  protected readonly readIds = signal<ReadonlySet<string>>(new Set());
  protected readonly loadingMore = signal(false);
  protected readonly busy = signal(false);
  protected readonly actionError = signal<AppError | null>(null);
  protected readonly items = computed<NotificationItem[]>(() =>
    [this.first.value(), ...this.more()].flatMap((page) => page?.edges.map((edge) => edge.node) ?? []),
  );
  protected readonly last = computed(() => this.more().at(-1) ?? this.first.value());
  protected readonly anyUnread = computed(() => this.items().some((item) => this.isUnread(item)));

  constructor() {
    void this.load();
  }

  protected load(): Promise<void> {
    this.more.set([]);
    this.readIds.set(new Set());
    this.actionError.set(null);
    return this.first.run(() => this.api.page(PAGE_SIZE, this.unreadOnly()));
  }

  protected setUnreadOnly(value: boolean): void {
    this.unreadOnly.set(value);
    void this.load();
  }

  protected async loadMore(): Promise<void> {
    const after = this.last()?.pageInfo.endCursor;
    if (!after) return;
    this.loadingMore.set(true);
    this.actionError.set(null);
    try {
      const page = await this.api.page(PAGE_SIZE, this.unreadOnly(), after);
      this.more.update((pages) => [...pages, page]);
    } catch (error) {
      this.actionError.set(toAppError(error));
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected text(item: NotificationItem): string {
    return notificationText(item, this.i18n);
  }

  protected isUnread(item: NotificationItem): boolean {
    return !item.readAt && !this.readIds().has(item.id);
  }

  protected hasLink(item: NotificationItem): boolean {
    return notificationLink(item) !== null;
  }

  /** Marks the notification read and follows its link, if it has one. */
  protected async open(item: NotificationItem): Promise<void> {
    if (this.isUnread(item)) {
      try {
        this.unread.markedRead(await this.api.markRead([item.id]));
        this.readIds.update((ids) => new Set([...ids, item.id]));
      } catch (error) {
        this.actionError.set(toAppError(error));
        return;
      }
    }
    const link = notificationLink(item);
    if (link) await this.router.navigateByUrl(link);
  }

  protected async markAllRead(): Promise<void> {
    this.busy.set(true);
    this.actionError.set(null);
    try {
      const changed = await this.api.markRead();
      this.unread.markedRead(changed);
      this.readIds.set(new Set(this.items().map((item) => item.id)));
      this.notify.success(this.i18n.t('notificationsPage.allMarked'));
      void this.unread.refresh();
    } catch (error) {
      this.actionError.set(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
