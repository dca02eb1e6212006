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
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import {
  ORGANIZATION_KINDS,
  OrganizationKind,
  VERIFICATION_STATUSES,
  VerificationStatus,
  resolveText,
} from '@bridge/contracts';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingComponent,
  LocalizedTextComponent,
  VerificationBadgeComponent,
} from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, LocalDatePipe, TranslatePipe, labels } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { AdminApi, AdminOrganization, AdminOrganizationPage } from '../data/admin.api';

const ALL = 'ALL';

interface Filters {
  kind: OrganizationKind | null;
  status: VerificationStatus | null;
  pageSize: number;
  /** `after` cursor of each page seen so far; index = page index. */
  cursors: readonly (string | null)[];
}

/** Organizers verify or decline organisations, filtered by kind and status, page by page. */
@Component({
  selector: 'bridge-organizations-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTableModule,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    LocalizedTextComponent,
    VerificationBadgeComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './organizations-admin.page.html',
  styleUrl: './organizations-admin.page.scss',
})
export class OrganizationsAdminPage {
  private readonly api = inject(AdminApi);
  private readonly notify = inject(NotifyService);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = labels;

  protected readonly kinds = ORGANIZATION_KINDS;
  protected readonly statuses = VERIFICATION_STATUSES;
  protected readonly columns = ['name', 'kind', 'location', 'registered', 'status', 'actions'];
  protected readonly pageSizes = [10, 20, 50];
  protected readonly filters = signal<Filters>({
    kind: null,
    status: 'UNVERIFIED',
    pageSize: 20,
    cursors: [null],
  });
  protected readonly pageIndex = computed(() => this.filters().cursors.length - 1);
  protected readonly page = new Loader<AdminOrganizationPage>();
  protected readonly rows = computed(() => this.page.value()?.edges.map((edge) => edge.node) ?? []);
  protected readonly busy = signal<string | null>(null);

  constructor() {
    effect(() => {
      const filters = this.filters();
      untracked(() => void this.load(filters));
    });
  }

  protected load(filters = this.filters()): Promise<void> {
    return this.page.run(() =>
      this.api.organizations({
        kind: filters.kind,
        verificationStatus: filters.status,
        first: filters.pageSize,
        after: filters.cursors[filters.cursors.length - 1],
      }),
    );
  }

  /** The "all" option of the filters (a null option would show as an empty select). */
  protected readonly all = ALL;

  protected setKind(kind: OrganizationKind | typeof ALL): void {
    this.filters.update((filters) => ({ ...filters, kind: kind === ALL ? null : kind, cursors: [null] }));
  }

  protected setStatus(status: VerificationStatus | typeof ALL): void {
    this.filters.update((filters) => ({
      ...filters,
      status: status === ALL ? null : status,
      cursors: [null],
    }));
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

  protected async decide(organization: AdminOrganization, status: VerificationStatus): Promise<void> {
    this.busy.set(organization.id);
    try {
      const result = await this.api.verify(organization.id, status);
      this.page.update((page) => ({
        ...page,
        edges: page.edges.map((edge) =>
          edge.node.id === organization.id ? { ...edge, node: { ...edge.node, ...result } } : edge,
        ),
      }));
      const name = resolveText(organization.name, this.i18n.locale())?.text ?? '';
      this.notify.success(this.i18n.t(status === 'VERIFIED' ? 'admin.verified' : 'admin.rejected', { name }));
    } catch (error) {
      this.notify.error(error as AppError);
    } finally {
      this.busy.set(null);
    }
  }

  protected location(organization: AdminOrganization): string {
    return [organization.city, organization.country].filter((part) => !!part).join(', ') || '—';
  }

  protected nameOf(organization: AdminOrganization): string {
    return resolveText(organization.name, this.i18n.locale())?.text ?? '';
  }
}
