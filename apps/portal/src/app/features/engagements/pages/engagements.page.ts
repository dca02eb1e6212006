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
import { Router, RouterLink } from '@angular/router';
import { ENGAGEMENT_KINDS, EngagementKind, OrganizationKind, resolveText } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { AuthService } from '../../../core/auth/auth.service';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { EngagementCardComponent } from '../components/engagement-card.component';
import { StageNamePipe } from '../components/stage-name.pipe';
import { engagementLabels } from '../data/engagement-labels';
import type { EngagementPage, EngagementView } from '../data/engagement.types';
import { EngagementsApi } from '../data/engagements.api';
import { SortColumn, SortDirection, boardColumns, isEngagementKind, sortEngagements } from '../data/stages';

export type EngagementsView = 'board' | 'list';

/** The kind a viewer most likely tracks, by the kind of their organisation. */
const KIND_OF_ORGANIZATION: Partial<Record<OrganizationKind, EngagementKind>> = {
  INVESTOR: 'INVESTMENT',
  SCIENCE_PARK: 'LANDING',
  RD_PARTNER: 'RD_PARTNERSHIP',
};

const COLUMNS: readonly SortColumn[] = ['project', 'partner', 'stage', 'stageEnteredAt', 'updatedAt'];

/** /engagements: a kind's engagements as a board (columns = stages) or a sortable table. */
@Component({
  selector: 'bridge-engagements-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    EngagementCardComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
    StageNamePipe,
  ],
  templateUrl: './engagements.page.html',
  styleUrl: './engagements.page.scss',
})
export class EngagementsPage {
  private readonly api = inject(EngagementsApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);
  protected readonly labels = engagementLabels;
  protected readonly kinds = ENGAGEMENT_KINDS;
  protected readonly columns = COLUMNS;

  /** Query parameters. */
  readonly kind = input<string | undefined>();
  readonly view = input<string | undefined>();

  protected readonly currentKind = computed<EngagementKind>(() => {
    const kind = this.kind();
    if (isEngagementKind(kind)) return kind;
    const organization = this.auth.activeOrganization()?.kind;
    return (organization && KIND_OF_ORGANIZATION[organization]) || 'LANDING';
  });
  protected readonly currentView = computed<EngagementsView>(() =>
    this.view() === 'list' ? 'list' : 'board',
  );
  protected readonly page = new Loader<EngagementPage>();
  protected readonly items = computed(() => this.page.value()?.items ?? []);
  protected readonly board = computed(() => boardColumns(this.currentKind(), this.items()));
  protected readonly sort = signal<{ column: SortColumn; direction: SortDirection }>({
    column: 'stageEnteredAt',
    direction: 'asc',
  });
  protected readonly sorted = computed(() => {
    const { column, direction } = this.sort();
    return sortEngagements(
      this.items(),
      column,
      direction,
      (item, by) =>
        by === 'project' ? this.projectOf(item) : by === 'partner' ? this.counterpartOf(item) : item.kind,
      this.i18n.locale(),
    );
  });
  protected readonly now = new Date();

  constructor() {
    effect(() => {
      const kind = this.currentKind();
      untracked(() => void this.load(kind));
    });
  }

  protected load(kind = this.currentKind()): Promise<void> {
    return this.page.run(() => this.api.list(kind));
  }

  protected select(change: { kind?: EngagementKind; view?: EngagementsView }): void {
    void this.router.navigate([], {
      queryParams: { kind: change.kind ?? this.currentKind(), view: change.view ?? this.currentView() },
      replaceUrl: true,
    });
  }

  protected sortBy(column: SortColumn): void {
    this.sort.update((sort) => ({
      column,
      direction: sort.column === column && sort.direction === 'asc' ? 'desc' : 'asc',
    }));
  }

  protected ariaSort(column: SortColumn): 'ascending' | 'descending' | 'none' {
    const sort = this.sort();
    return sort.column !== column ? 'none' : sort.direction === 'asc' ? 'ascending' : 'descending';
  }

  protected projectOf(item: EngagementView): string {
    return resolveText(item.projectTitle, this.i18n.locale())?.text ?? '';
  }

  protected counterpartOf(item: EngagementView): string {
    const other = item.side === 'PARTNER' ? item.startup : item.partner;
    return resolveText(other.name, this.i18n.locale())?.text ?? '';
  }
}
