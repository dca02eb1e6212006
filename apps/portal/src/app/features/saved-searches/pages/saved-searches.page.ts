import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { resolveText } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { editionsNewestFirst, fieldOptions } from '../../recommendations/data/edition-fields';
import { searchInputToParams } from '../../search/data/search-params';
import { SavedSearchCardComponent } from '../components/saved-search-card.component';
import { summarizeSearch } from '../data/filter-summary';
import { SavedSearch, SavedSearchesApi, SearchEdition } from '../data/saved-searches.api';

/** /saved-searches: the organisation's saved searches; "open" runs one on /search. */
@Component({
  selector: 'bridge-saved-searches-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    SavedSearchCardComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  template: `
    <header class="bridge-page-header">
      <div>
        <h1>{{ 'savedSearches.pageTitle' | t }}</h1>
        <p>{{ 'savedSearches.intro' | t }}</p>
      </div>
    </header>
    @if (searches.value(); as all) {
      @if (all.length) {
        <ul class="searches" data-testid="saved-searches">
          @for (search of all; track search.id) {
            <li>
              <bridge-saved-search-card
                [search]="search"
                [summary]="summaries().get(search.id) ?? []"
                (changed)="changed($event)"
                (deleted)="deleted($event)"
                (opened)="open($event)"
              />
            </li>
          }
        </ul>
      } @else {
        <bridge-empty-state
          icon="search"
          data-testid="saved-searches-empty"
          [heading]="'savedSearches.emptyTitle' | t"
          [message]="'savedSearches.emptyText' | t"
        >
          <a mat-flat-button routerLink="/search" data-testid="go-to-search">{{
            'savedSearches.goToSearch' | t
          }}</a>
        </bridge-empty-state>
      }
    } @else if (searches.error(); as error) {
      <bridge-error-state
        data-testid="saved-searches-error"
        [heading]="'states.loadFailed' | t"
        [message]="error | errorMessage"
        [retryLabel]="'actions.retry' | t"
        (retry)="load()"
      />
    } @else {
      <bridge-loading [label]="'states.loading' | t" />
    }
  `,
  styles: `
    .searches {
      display: flex;
      flex-direction: column;
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
})
export class SavedSearchesPage {
  private readonly api = inject(SavedSearchesApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  protected readonly searches = new Loader<SavedSearch[]>();
  /** Names of fields and editions; the summaries show codes until (or if never) they load. */
  private readonly editions = new Loader<SearchEdition[]>();

  protected readonly summaries = computed(() => {
    const locale = this.i18n.locale();
    const editions = editionsNewestFirst(this.editions.value() ?? []);
    const fields = new Map(fieldOptions(editions).map((field) => [field.code, field.name]));
    const context = {
      t: this.i18n.t.bind(this.i18n),
      locale,
      fieldName: (code: string) => resolveText(fields.get(code), locale)?.text ?? code,
      editionName: (id: string) => {
        const edition = editions.find((candidate) => candidate.id === id);
        return edition ? String(edition.year) : null;
      },
    };
    return new Map(
      (this.searches.value() ?? []).map((search) => [search.id, summarizeSearch(search.input, context)]),
    );
  });

  constructor() {
    void this.load();
    void this.editions.run(() => this.api.editions());
  }

  protected load(): Promise<void> {
    return this.searches.run(() => this.api.list());
  }

  protected changed(search: SavedSearch): void {
    this.searches.update((all) => all.map((existing) => (existing.id === search.id ? search : existing)));
  }

  protected deleted(search: SavedSearch): void {
    this.searches.update((all) => all.filter((existing) => existing.id !== search.id));
  }

  /** Runs the search on /search; its new matches count as seen (a failure there changes nothing). */
  protected async open(search: SavedSearch): Promise<void> {
    void this.api.markSeen(search.id).then(
      (seen) => this.changed(seen),
      () => undefined,
    );
    await this.router.navigate(['/search'], { queryParams: searchInputToParams(search.input ?? {}) });
  }
}
