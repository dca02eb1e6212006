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
import { RouterLink } from '@angular/router';
import { LANDING_APPLICATION_STATUSES, LandingApplicationStatus, resolveText } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { ApplicationItemComponent } from '../components/application-item.component';
import { landingLabels } from '../data/landing-labels';
import { LandingApi } from '../data/landing.api';
import type { ApplicationView, OfferView, Page } from '../data/landing.types';

/** /landing/offers/:id/applications: the park reviews an offer's applications by status. */
@Component({
  selector: 'bridge-applications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    ApplicationItemComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  template: `
    <p>
      <a routerLink="/landing/offers">{{ 'landing.offersTitle' | t }}</a>
    </p>
    <header class="bridge-page-header">
      <div>
        <h1>{{ 'landing.applicationsTitle' | t }}</h1>
        @if (offerTitle()) {
          <p>{{ offerTitle() }}</p>
        }
      </div>
    </header>

    <div class="filters" role="group" [attr.aria-label]="'landing.applications.filterLabel' | t">
      <button
        type="button"
        class="filter"
        [class.filter--on]="status() === null"
        [attr.aria-pressed]="status() === null"
        (click)="filter(null)"
        data-testid="application-filter-ALL"
      >
        {{ 'landing.applications.filterAll' | t }}
      </button>
      @for (s of statuses; track s) {
        <button
          type="button"
          class="filter"
          [class.filter--on]="status() === s"
          [attr.aria-pressed]="status() === s"
          (click)="filter(s)"
          [attr.data-testid]="'application-filter-' + s"
        >
          {{ labels.applicationStatus(s) | t }}
        </button>
      }
    </div>

    @if (page.value(); as p) {
      @if (page.loading()) {
        <bridge-loading mode="bar" [label]="'states.loading' | t" />
      }
      @if (p.items.length) {
        <ul class="list" data-testid="application-list">
          @for (a of p.items; track a.id) {
            <li><bridge-application-item [application]="a" mode="park" (changed)="replace($event)" /></li>
          }
        </ul>
      } @else {
        <bridge-empty-state
          icon="inbox"
          data-testid="applications-empty"
          [heading]="'landing.applications.emptyTitle' | t"
          [message]="'landing.applications.emptyText' | t"
        />
      }
    } @else if (page.error(); as error) {
      <bridge-error-state
        [heading]="'landing.loadFailed' | t"
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
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
})
export class ApplicationsPage {
  private readonly api = inject(LandingApi);
  private readonly i18n = inject(I18nService);
  protected readonly labels = landingLabels;
  protected readonly statuses = LANDING_APPLICATION_STATUSES;

  /** Route parameter: the offer. */
  readonly id = input.required<string>();

  protected readonly status = signal<LandingApplicationStatus | null>(null);
  protected readonly page = new Loader<Page<ApplicationView>>();
  private readonly offer = signal<OfferView | null>(null);
  protected readonly offerTitle = computed(
    () => resolveText(this.offer()?.title, this.i18n.locale())?.text ?? '',
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        void this.load();
        this.api.offer(id).then(
          (offer) => this.offer.set(offer),
          () => this.offer.set(null),
        );
      });
    });
  }

  protected load(): Promise<void> {
    const status = this.status();
    return this.page.run(() => this.api.applications(this.id(), status));
  }

  protected filter(status: LandingApplicationStatus | null): void {
    if (status === this.status()) return;
    this.status.set(status);
    void this.load();
  }

  /** A reviewed application leaves a list filtered by another status. */
  protected replace(updated: ApplicationView): void {
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
