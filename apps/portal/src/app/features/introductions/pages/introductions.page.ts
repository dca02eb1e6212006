import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { INTRODUCTION_STATUSES, IntroductionStatus } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { TranslatePipe } from '../../../core/i18n';
import { IntroductionCardComponent } from '../components/introduction-card.component';
import { introLabels } from '../data/intro-labels';
import type { IntroductionPage, IntroductionView } from '../data/introduction.types';
import { IntroductionsApi } from '../data/introductions.api';

export type IntroductionsMode = 'sent' | 'inbox';

/** /introductions/sent (the requester's requests) and /introductions/inbox (the start-up's). */
@Component({
  selector: 'bridge-introductions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    IntroductionCardComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  template: `
    <header class="bridge-page-header">
      <div>
        <h1>{{ (inbox() ? 'introductions.inboxTitle' : 'introductions.sentTitle') | t }}</h1>
        <p>{{ (inbox() ? 'introductions.inboxIntro' : 'introductions.sentIntro') | t }}</p>
      </div>
    </header>

    <div class="filters" role="group" [attr.aria-label]="'introductions.filter.label' | t">
      <button
        type="button"
        class="filter"
        [class.filter--on]="status() === null"
        [attr.aria-pressed]="status() === null"
        (click)="filter(null)"
        data-testid="intro-filter-ALL"
      >
        {{ 'introductions.filter.all' | t }}
      </button>
      @for (s of statuses; track s) {
        <button
          type="button"
          class="filter"
          [class.filter--on]="status() === s"
          [attr.aria-pressed]="status() === s"
          (click)="filter(s)"
          [attr.data-testid]="'intro-filter-' + s"
        >
          {{ labels.status(s) | t }}
        </button>
      }
    </div>

    @if (page.value(); as p) {
      @if (page.loading()) {
        <bridge-loading mode="bar" [label]="'states.loading' | t" />
      }
      @if (items().length) {
        <ul class="list" [attr.data-testid]="inbox() ? 'intro-inbox' : 'intro-sent'">
          @for (intro of items(); track intro.id) {
            <li>
              <bridge-introduction-card
                [introduction]="intro"
                [compact]="!inbox()"
                (changed)="replace($event)"
              />
            </li>
          }
        </ul>
        @if (p.hasNextPage) {
          <div class="more">
            <button
              mat-stroked-button
              type="button"
              (click)="more()"
              [disabled]="loadingMore()"
              data-testid="intro-more"
            >
              {{ 'introductions.loadMore' | t }}
            </button>
            @if (moreError(); as e) {
              <p class="bridge-form-error" role="alert">{{ e | errorMessage }}</p>
            }
          </div>
        }
      } @else if (status() !== null) {
        <bridge-empty-state
          icon="inbox"
          data-testid="intro-none"
          [heading]="'introductions.sentFilteredEmpty' | t"
        />
      } @else {
        <bridge-empty-state
          icon="inbox"
          data-testid="intro-none"
          [heading]="(inbox() ? 'introductions.inboxEmptyTitle' : 'introductions.sentEmptyTitle') | t"
          [message]="(inbox() ? 'introductions.inboxEmptyText' : 'introductions.sentEmptyText') | t"
        />
        @if (!inbox()) {
          <p class="more">
            <a mat-stroked-button routerLink="/search">{{ 'search.nav' | t }}</a>
          </p>
        }
      }
    } @else if (page.error(); as error) {
      <bridge-error-state
        data-testid="intro-error"
        [heading]="'introductions.loadFailed' | t"
        [message]="error | errorMessage"
        [retryLabel]="'actions.retry' | t"
        (retry)="load()"
      />
    } @else {
      <bridge-loading [label]="'states.loading' | t" />
    }
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin-bottom: 16px;
    }
    .filter {
      padding: 4px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-full);
      background: transparent;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
    .filter--on {
      border-color: transparent;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .list {
      display: grid;
      gap: 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .more {
      display: grid;
      justify-items: center;
      margin-top: 16px;
    }
  `,
})
export class IntroductionsPage {
  private readonly api = inject(IntroductionsApi);
  protected readonly labels = introLabels;
  protected readonly statuses = INTRODUCTION_STATUSES;

  /** Route data: whose requests. */
  readonly mode = input<IntroductionsMode>('sent');

  protected readonly inbox = computed(() => this.mode() === 'inbox');
  protected readonly status = signal<IntroductionStatus | null>(null);
  protected readonly page = new Loader<IntroductionPage>();
  protected readonly items = computed(() => this.page.value()?.items ?? []);
  protected readonly loadingMore = signal(false);
  protected readonly moreError = signal<AppError | null>(null);

  constructor() {
    effect(() => {
      this.mode();
      untracked(() => void this.load());
    });
  }

  protected load(): Promise<void> {
    const status = this.status();
    this.moreError.set(null);
    return this.page.run(() => (this.inbox() ? this.api.received(status) : this.api.sent(status)));
  }

  protected filter(status: IntroductionStatus | null): void {
    if (status === this.status()) return;
    this.status.set(status);
    void this.load();
  }

  protected async more(): Promise<void> {
    const current = this.page.value();
    if (!current?.endCursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreError.set(null);
    try {
      const status = this.status();
      const next = this.inbox()
        ? await this.api.received(status, current.endCursor)
        : await this.api.sent(status, current.endCursor);
      this.page.update((page) => ({ ...next, items: [...page.items, ...next.items] }));
    } catch (caught) {
      this.moreError.set(toAppError(caught));
    } finally {
      this.loadingMore.set(false);
    }
  }

  /** An answered or withdrawn request leaves a filtered list of another status. */
  protected replace(updated: IntroductionView): void {
    const status = this.status();
    this.page.update((page) => ({
      ...page,
      items:
        status && updated.status !== status
          ? page.items.filter((item) => item.id !== updated.id)
          : page.items.map((item) => (item.id === updated.id ? updated : item)),
    }));
  }
}
