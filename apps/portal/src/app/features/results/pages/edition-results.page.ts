import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ErrorStateComponent, LoadingComponent, LocalizedTextComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { EditionResultsComponent } from '../components/edition-results.component';
import { EditionResults, ResultsApi } from '../data/results.api';

/** The published results of one edition, for everyone. */
@Component({
  selector: 'bridge-edition-results-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ErrorStateComponent,
    LoadingComponent,
    LocalizedTextComponent,
    EditionResultsComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  template: `
    @switch (edition.state().status) {
      @case ('error') {
        <bridge-error-state
          [heading]="'states.loadFailed' | t"
          [message]="edition.error() | errorMessage"
          [retryLabel]="'actions.retry' | t"
          (retry)="load()"
        />
        <p>
          <a routerLink="/">{{ 'actions.goHome' | t }}</a>
        </p>
      }
      @case ('ready') {
        @if (edition.value(); as e) {
          <header class="bridge-page-header">
            <div>
              <h1 data-testid="edition-name">
                <bridge-localized-text
                  [text]="e.name"
                  [locale]="i18n.locale()"
                  [markerLabels]="markers.labels()"
                />
              </h1>
              <p>
                {{ 'results.edition' | t: { year: e.year, number: e.editionNumber } }}
                @if (e.organisers.en || e.organisers.zh || e.organisers.ru) {
                  ·
                  <bridge-localized-text
                    [text]="e.organisers"
                    [locale]="i18n.locale()"
                    [markerLabels]="markers.labels()"
                  />
                }
              </p>
            </div>
          </header>
          @if (e.finalistsPublishedAt) {
            <bridge-edition-results [edition]="e" [level]="2" />
          } @else {
            <p class="bridge-banner" data-testid="results-unpublished">{{ 'results.notPublished' | t }}</p>
          }
        }
      }
      @default {
        <bridge-loading [label]="'states.loading' | t" />
      }
    }
  `,
})
export class EditionResultsPage {
  private readonly api = inject(ResultsApi);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);

  /** Route parameter: the edition. */
  readonly id = input.required<string>();

  protected readonly edition = new Loader<EditionResults>();

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected load(id = this.id()): Promise<void> {
    return this.edition.run(() => this.api.edition(id));
  }
}
