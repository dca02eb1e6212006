import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatSelectModule } from '@angular/material/select';
import { ORGANIZATION_KINDS, OrganizationKind, resolveText } from '@bridge/contracts';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingComponent,
  LocalizedTextComponent,
  VerificationBadgeComponent,
} from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { I18nService, TranslatePipe, labels } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { MarketApi, MarketOrganization, MarketPage as DirectoryPage } from '../data/market.api';

const PAGE_SIZE = 24;

/** The market directory: verified organisations as cards, the first market feature. */
@Component({
  selector: 'bridge-market-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    MatSelectModule,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    LocalizedTextComponent,
    VerificationBadgeComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './market.page.html',
  styleUrl: './market.page.scss',
})
export class MarketPage {
  private readonly api = inject(MarketApi);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = labels;

  protected readonly kinds = ORGANIZATION_KINDS.filter((kind) => kind !== 'ORGANIZER');
  protected readonly kind = signal<OrganizationKind | null>(null);
  /** The "all kinds" option (a null option would show as an empty select). */
  protected readonly all = 'ALL';
  protected readonly first = new Loader<DirectoryPage>();
  /** Pages loaded with "load more" after the first. */
  protected readonly more = signal<DirectoryPage[]>([]);
  protected readonly loadingMore = signal(false);
  protected readonly moreError = signal<AppError | null>(null);
  protected readonly organizations = computed<MarketOrganization[]>(() =>
    [this.first.value(), ...this.more()].flatMap((page) => page?.edges.map((edge) => edge.node) ?? []),
  );
  protected readonly last = computed(() => this.more().at(-1) ?? this.first.value());
  protected readonly total = computed(() => this.first.value()?.totalCount ?? 0);

  constructor() {
    effect(() => {
      const kind = this.kind();
      untracked(() => void this.load(kind));
    });
  }

  protected load(kind = this.kind()): Promise<void> {
    this.more.set([]);
    this.moreError.set(null);
    return this.first.run(() => this.api.directory({ kind, first: PAGE_SIZE }));
  }

  protected async loadMore(): Promise<void> {
    const after = this.last()?.pageInfo.endCursor;
    if (!after) return;
    this.loadingMore.set(true);
    this.moreError.set(null);
    try {
      const page = await this.api.directory({ kind: this.kind(), first: PAGE_SIZE, after });
      this.more.update((pages) => [...pages, page]);
    } catch (error) {
      this.moreError.set(toAppError(error));
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected setKind(kind: OrganizationKind | 'ALL'): void {
    this.kind.set(kind === 'ALL' ? null : kind);
  }

  protected nameOf(organization: MarketOrganization): string {
    return resolveText(organization.name, this.i18n.locale())?.text ?? '';
  }

  protected location(organization: MarketOrganization): string {
    return [organization.city, organization.country].filter((part) => !!part).join(', ');
  }
}
