import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { resolveText } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { AuthService } from '../../../core/auth/auth.service';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { introLabels } from '../../introductions/data/intro-labels';
import type { ConversationSummaryView } from '../data/conversation.types';
import { ConversationsApi } from '../data/conversations.api';

interface ConversationList {
  items: ConversationSummaryView[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** /conversations: the organisation's conversations, newest activity first, with unread badges. */
@Component({
  selector: 'bridge-conversations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  template: `
    <header class="bridge-page-header">
      <div>
        <h1>{{ 'conversations.pageTitle' | t }}</h1>
        <p>{{ 'conversations.intro' | t }}</p>
      </div>
    </header>
    @if (list.value(); as l) {
      @if (list.loading()) {
        <bridge-loading mode="bar" [label]="'states.loading' | t" />
      }
      @if (l.items.length) {
        <ul class="list" data-testid="conversations">
          @for (c of l.items; track c.id) {
            <li>
              <a
                class="item"
                [class.item--unread]="c.unreadCount > 0"
                [routerLink]="['/conversations', c.id]"
                [attr.aria-label]="'conversations.openAria' | t: { name: other(c) }"
                data-testid="conversation-link"
                [attr.data-conversation-id]="c.id"
              >
                <span class="item__main">
                  <span class="item__name" data-testid="conversation-with">{{ other(c) }}</span>
                  <span class="item__sub">
                    {{ 'conversations.about' | t: { title: title(c) } }} · {{ labels.purpose(c.purpose) | t }}
                  </span>
                </span>
                <span class="item__side">
                  @if (c.lastMessageAt) {
                    <span class="item__date">{{ c.lastMessageAt | localDate: 'dateTime' }}</span>
                  }
                  @if (c.unreadCount > 0) {
                    <span
                      class="item__badge"
                      data-testid="conversation-unread"
                      [attr.aria-label]="'conversations.unreadAria' | t: { count: c.unreadCount }"
                      >{{ c.unreadCount }}</span
                    >
                  }
                </span>
              </a>
            </li>
          }
        </ul>
        @if (l.hasNextPage) {
          <div class="more">
            <button
              mat-stroked-button
              type="button"
              (click)="more()"
              [disabled]="loadingMore()"
              data-testid="conversations-more"
            >
              {{ 'conversations.loadMore' | t }}
            </button>
            @if (moreError(); as e) {
              <p class="bridge-form-error" role="alert">{{ e | errorMessage }}</p>
            }
          </div>
        }
      } @else {
        <bridge-empty-state
          icon="inbox"
          data-testid="conversations-none"
          [heading]="'conversations.emptyTitle' | t"
          [message]="'conversations.emptyText' | t"
        />
      }
    } @else if (list.error(); as error) {
      <bridge-error-state
        data-testid="conversations-error"
        [heading]="'conversations.loadFailed' | t"
        [message]="error | errorMessage"
        [retryLabel]="'actions.retry' | t"
        (retry)="load()"
      />
    } @else {
      <bridge-loading [label]="'states.loading' | t" />
    }
  `,
  styles: `
    .list {
      display: grid;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      display: flex;
      justify-content: space-between;
      gap: 12px;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      color: inherit;
      text-decoration: none;
    }
    .item:hover,
    .item:focus-visible {
      background: var(--mat-sys-surface-container-low);
    }
    .item--unread .item__name {
      font-weight: 700;
    }
    .item__main,
    .item__side {
      display: grid;
      gap: 2px;
    }
    .item__side {
      justify-items: end;
      align-content: start;
    }
    .item__name {
      font: var(--mat-sys-title-small);
    }
    .item__sub,
    .item__date {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .item__badge {
      min-width: 1.5em;
      padding: 0 6px;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font: var(--mat-sys-label-small);
      text-align: center;
    }
    .more {
      display: grid;
      justify-items: center;
      margin-top: 16px;
    }
  `,
})
export class ConversationsPage {
  private readonly api = inject(ConversationsApi);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  protected readonly labels = introLabels;

  protected readonly list = new Loader<ConversationList>();
  protected readonly loadingMore = signal(false);
  protected readonly moreError = signal<AppError | null>(null);

  constructor() {
    void this.load();
  }

  protected load(): Promise<void> {
    return this.list.run(() => this.api.conversations());
  }

  protected async more(): Promise<void> {
    const current = this.list.value();
    if (!current?.endCursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreError.set(null);
    try {
      const next = await this.api.conversations(current.endCursor);
      this.list.update((l) => ({ ...next, items: [...l.items, ...next.items] }));
    } catch (caught) {
      this.moreError.set(toAppError(caught));
    } finally {
      this.loadingMore.set(false);
    }
  }

  /** The other organisation's name. */
  protected other(c: ConversationSummaryView): string {
    const mine = this.auth.activeOrganization()?.id;
    const other = c.startup.id === mine ? c.partner : c.startup;
    return resolveText(other.name, this.i18n.locale())?.text ?? '';
  }

  protected title(c: ConversationSummaryView): string {
    return resolveText(c.projectTitle, this.i18n.locale())?.text ?? '';
  }
}
