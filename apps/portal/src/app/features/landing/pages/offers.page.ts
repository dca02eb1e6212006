import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { TranslatePipe } from '../../../core/i18n';
import { OfferCardComponent } from '../components/offer-card.component';
import { LandingApi } from '../data/landing.api';
import type { OfferView, Page } from '../data/landing.types';

/** /landing/offers: the park's own offers with their status and application counts. */
@Component({
  selector: 'bridge-offers-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    OfferCardComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  template: `
    <header class="bridge-page-header">
      <div>
        <h1>{{ 'landing.offersTitle' | t }}</h1>
        <p>{{ 'landing.offersIntro' | t }}</p>
      </div>
      <a mat-flat-button routerLink="/landing/offers/new" data-testid="offer-new">{{
        'landing.newOffer' | t
      }}</a>
    </header>

    @if (page.value(); as p) {
      @if (page.loading()) {
        <bridge-loading mode="bar" [label]="'states.loading' | t" />
      }
      @if (mine().length) {
        <ul class="list" data-testid="offer-list">
          @for (offer of mine(); track offer.id) {
            <li><bridge-offer-card [offer]="offer" mode="park" /></li>
          }
        </ul>
      } @else {
        <bridge-empty-state
          icon="business"
          data-testid="offers-empty"
          [heading]="'landing.emptyTitle' | t"
          [message]="'landing.emptyText' | t"
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
    .list {
      display: grid;
      gap: 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
})
export class OffersPage {
  private readonly api = inject(LandingApi);
  protected readonly page = new Loader<Page<OfferView>>();
  /** Only the park's own offers (the API adds other parks' open ones). */
  protected readonly mine = computed(() => (this.page.value()?.items ?? []).filter((offer) => offer.mine));

  constructor() {
    void this.load();
  }

  protected load(): Promise<void> {
    return this.page.run(() => this.api.myOffers());
  }
}
