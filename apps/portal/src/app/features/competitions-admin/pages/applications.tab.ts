import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { PROJECT_STATUSES, ProjectStatus, resolveText } from '@bridge/contracts';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingComponent,
  LocalizedTextComponent,
} from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { CompetitionStore } from '../data/competition.store';
import { ProjectPage, ProjectRow, ProjectsApi } from '../data/projects.api';
import { adminLabels } from '../logic/labels';
import { formatMoney } from '../logic/format';

const ALL = 'ALL';

interface Filters {
  status: ProjectStatus | null;
  fieldId: string | null;
  pageSize: number;
  /** `after` cursor of each page seen so far; index = page index. */
  cursors: readonly (string | null)[];
}

/** The edition's applications (no drafts), filtered by status and field, page by page. */
@Component({
  selector: 'bridge-applications-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatCardModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTableModule,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    LocalizedTextComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './applications.tab.html',
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
    }
    .filters mat-form-field {
      flex: 0 1 16rem;
    }
    table {
      width: 100%;
      min-width: 52rem;
    }
    .count {
      margin: 16px 16px 0;
    }
    .startup {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ApplicationsTab {
  private readonly api = inject(ProjectsApi);
  protected readonly store = inject(CompetitionStore);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = adminLabels;
  protected readonly all = ALL;
  protected readonly statuses = PROJECT_STATUSES.filter((status) => status !== 'DRAFT');
  protected readonly columns = ['project', 'field', 'status', 'trl', 'city', 'funding', 'submitted'];
  protected readonly pageSizes = [20, 50, 100];

  protected readonly filters = signal<Filters>({
    status: null,
    fieldId: null,
    pageSize: 20,
    cursors: [null],
  });
  protected readonly pageIndex = computed(() => this.filters().cursors.length - 1);
  protected readonly page = new Loader<ProjectPage>();
  protected readonly rows = computed(() => this.page.value()?.edges.map((edge) => edge.node) ?? []);
  protected readonly filtered = computed(
    () => this.filters().status !== null || this.filters().fieldId !== null,
  );

  constructor() {
    effect(() => {
      const filters = this.filters();
      const id = this.store.id();
      if (id) untracked(() => void this.load(id, filters));
    });
  }

  protected load(id = this.store.id(), filters = this.filters()): Promise<void> {
    if (!id) return Promise.resolve();
    return this.page.run(() =>
      this.api.page({
        competitionId: id,
        status: filters.status,
        fieldId: filters.fieldId,
        first: filters.pageSize,
        after: filters.cursors[filters.cursors.length - 1],
      }),
    );
  }

  protected setStatus(status: ProjectStatus | typeof ALL): void {
    this.filters.update((f) => ({ ...f, status: status === ALL ? null : status, cursors: [null] }));
  }

  protected setField(fieldId: string): void {
    this.filters.update((f) => ({ ...f, fieldId: fieldId === ALL ? null : fieldId, cursors: [null] }));
  }

  /** Cursor paging: forwards with the last page's end cursor, backwards by dropping cursors. */
  protected changePage(event: PageEvent): void {
    this.filters.update((filters) => {
      if (event.pageSize !== filters.pageSize)
        return { ...filters, pageSize: event.pageSize, cursors: [null] };
      if (event.pageIndex > this.pageIndex()) {
        const next = this.page.value()?.pageInfo.endCursor ?? null;
        return next ? { ...filters, cursors: [...filters.cursors, next] } : filters;
      }
      return { ...filters, cursors: filters.cursors.slice(0, Math.max(1, event.pageIndex + 1)) };
    });
  }

  protected titleOf(project: ProjectRow): string {
    return resolveText(project.title, this.i18n.locale())?.text ?? '';
  }

  protected funding(project: ProjectRow): string {
    return project.fundingAsk ? formatMoney(project.fundingAsk, this.i18n.locale()) : '—';
  }
}
