import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { LocalizedText } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, IconComponent, LoadingComponent } from '@bridge/ui';
import { switchMap, tap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { SearchInput, SearchSort } from '../../../core/graphql/lazy/generated';
import { I18nService, TranslatePipe, TranslationKey, toGqlLocale } from '../../../core/i18n';
import { AddToShortlistButtonComponent } from '../components/add-to-shortlist-button.component';
import { SaveSearchDialogComponent, SaveSearchDialogData } from '../components/save-search-dialog.component';
import { SearchFacetsComponent } from '../components/search-facets.component';
import { SearchHitComponent } from '../components/search-hit.component';
import {
  SEARCH_SORTS,
  SEARCH_TEXT_MAX,
  SearchState,
  clearFilters,
  hasFilters,
  parseSearchParams,
  sameSearch,
  toSearchInput,
  toSearchParams,
} from '../data/search-params';
import { SearchApi, SearchHit, SearchPage as SearchResultPage, SearchResult } from '../data/search.api';

/** Pause after the last keystroke before the text searches. */
export const SEARCH_DEBOUNCE_MS = 300;

interface Request {
  key: string;
  input: SearchInput;
}

/**
 * /search: text, facets and sort, all in the URL (shareable, reloadable, the back button steps
 * through searches). The results of the previous search stay shown while the next one loads.
 */
@Component({
  selector: 'bridge-search-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatInputModule,
    MatProgressBarModule,
    EmptyStateComponent,
    ErrorStateComponent,
    IconComponent,
    LoadingComponent,
    AddToShortlistButtonComponent,
    SearchFacetsComponent,
    SearchHitComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './search.page.html',
  styleUrl: './search.page.scss',
})
export class SearchPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(SearchApi);
  private readonly dialog = inject(MatDialog);
  protected readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);

  protected readonly sorts = SEARCH_SORTS;
  protected readonly textMax = SEARCH_TEXT_MAX;

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  /** The search of the URL: the one source of truth. */
  protected readonly state = computed(() => parseSearchParams(this.params()), { equal: sameSearch });
  /** What the search box shows; it becomes the URL's text after a pause or on Enter. */
  protected readonly draft = signal('');
  private readonly reloads = signal(0);
  private readonly request = computed<Request>(
    () => {
      const input: SearchInput = {
        ...toSearchInput(this.state()),
        language: toGqlLocale(this.i18n.locale()),
      };
      return { key: JSON.stringify(input), input };
    },
    { equal: (a, b) => a.key === b.key },
  );

  /** The last result that arrived, kept while the next search loads. */
  protected readonly result = signal<SearchResult | null>(null);
  private readonly resultKey = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<AppError | null>(null);
  protected readonly more = signal<SearchResultPage[]>([]);
  protected readonly loadingMore = signal(false);
  protected readonly moreError = signal<AppError | null>(null);

  /** The result shown is the current search's (not the previous one's, still loading). */
  protected readonly fresh = computed(() => this.resultKey() === this.request().key);
  protected readonly hits = computed<SearchHit[]>(() => {
    const seen = new Set<string>();
    return [...(this.result()?.hits ?? []), ...this.more().flatMap((page) => page.hits)].filter((hit) =>
      seen.has(hit.projectId) ? false : (seen.add(hit.projectId), true),
    );
  });
  protected readonly nextCursor = computed(() =>
    this.more().length ? (this.more().at(-1)?.nextCursor ?? null) : (this.result()?.nextCursor ?? null),
  );
  protected readonly fieldNames = computed(() => {
    const field = this.result()?.facets.find((facet) => facet.name === 'FIELD');
    return new Map<string, LocalizedText | null>(field?.values.map((v) => [v.value, v.label ?? null]) ?? []);
  });
  protected readonly filtered = computed(() => hasFilters(this.state()));
  protected readonly market = computed(() => this.auth.capabilities().has('MARKET'));

  private debounce: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    effect(() => {
      const text = this.state().text;
      untracked(() => {
        if (this.draft().trim() !== text) this.draft.set(text);
      });
    });

    toObservable(computed(() => ({ request: this.request(), reload: this.reloads() })))
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
          this.more.set([]);
          this.moreError.set(null);
        }),
        switchMap(({ request }) =>
          this.api.search(request.input).pipe(tap((answer) => this.take(request.key, answer))),
        ),
        takeUntilDestroyed(),
      )
      .subscribe();

    inject(DestroyRef).onDestroy(() => clearTimeout(this.debounce));
  }

  protected onInput(event: Event): void {
    this.draft.set((event.target as HTMLInputElement).value);
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.commitText(), SEARCH_DEBOUNCE_MS);
  }

  /** Enter: search at once. */
  protected submit(event: Event): void {
    event.preventDefault();
    this.commitText();
  }

  protected clearText(): void {
    this.draft.set('');
    this.commitText();
  }

  protected sortLabel(sort: SearchSort): TranslationKey {
    return `search.sort.${sort}`;
  }

  protected setSort(event: Event): void {
    const sort = (event.target as HTMLSelectElement).value;
    const next = SEARCH_SORTS.find((candidate) => candidate === sort);
    if (next) this.go({ ...this.state(), sort: next });
  }

  /** Puts a search in the URL; the URL change runs it. */
  protected go(state: SearchState): void {
    clearTimeout(this.debounce);
    if (sameSearch(state, this.state())) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: toSearchParams(state) });
  }

  protected clearFilters(): void {
    this.go(clearFilters(this.state()));
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }

  protected async loadMore(): Promise<void> {
    const after = this.nextCursor();
    if (!after || this.loadingMore()) return;
    const { key, input } = this.request();
    this.loadingMore.set(true);
    this.moreError.set(null);
    try {
      const page = await this.api.more(input, after);
      if (this.request().key === key) this.more.update((pages) => [...pages, page]);
    } catch (error) {
      this.moreError.set(toAppError(error));
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected openSaveSearch(): void {
    this.dialog.open<SaveSearchDialogComponent, SaveSearchDialogData>(SaveSearchDialogComponent, {
      data: { search: toSearchInput(this.state()), name: this.state().text },
      width: '480px',
      autoFocus: 'first-tabbable',
    });
  }

  protected titleOf(hit: SearchHit): string {
    return hit.title.map((segment) => segment.text).join('');
  }

  private commitText(): void {
    clearTimeout(this.debounce);
    const text = this.draft().trim().slice(0, SEARCH_TEXT_MAX);
    this.go({ ...this.state(), text });
  }

  private take(
    key: string,
    answer: { result: SearchResult | null; loading: boolean; error: AppError | null },
  ): void {
    if (answer.result) {
      this.result.set(answer.result);
      this.resultKey.set(key);
    }
    this.loading.set(answer.loading);
    this.error.set(answer.result ? null : answer.error);
  }
}
