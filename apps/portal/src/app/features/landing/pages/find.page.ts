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
import { MatDialog } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { LANDING_PROJECT_STATUSES, LandingApplicationStatus, resolveText } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { ProjectsApi } from '../../projects/data/projects.api';
import { MyProject } from '../../projects/data/project.types';
import { fieldOptions } from '../../recommendations/data/edition-fields';
import { ApplicationItemComponent } from '../components/application-item.component';
import { openApplyDialog } from '../components/apply-dialog';
import { OfferCardComponent } from '../components/offer-card.component';
import { COMPARE_MAX, COMPARE_MIN, toggleSelection } from '../data/compare';
import { eligibleFirst } from '../data/eligibility';
import { LandingApi } from '../data/landing.api';
import type { ApplicationView, OfferEligibilityView, OfferView } from '../data/landing.types';

const APPLICABLE = new Set<string>(LANDING_PROJECT_STATUSES);

/**
 * /landing/find: the open offers for one of the start-up's projects, those it qualifies for first,
 * each with its rules ✓/✗/?; select two or three to compare, apply with a message; below, the
 * start-up's applications and invitations.
 */
@Component({
  selector: 'bridge-find-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatInputModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    OfferCardComponent,
    ApplicationItemComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './find.page.html',
  styleUrl: './find.page.scss',
})
export class FindPage {
  private readonly api = inject(LandingApi);
  private readonly projectsApi = inject(ProjectsApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  protected readonly i18n = inject(I18nService);
  protected readonly compareMin = COMPARE_MIN;
  protected readonly compareMax = COMPARE_MAX;

  /** Query parameter: the project to match. */
  readonly project = input<string | undefined>();

  protected readonly projects = new Loader<{ projects: MyProject[]; fieldName: (code: string) => string }>();
  protected readonly applicable = computed(() =>
    (this.projects.value()?.projects ?? []).filter((p) => APPLICABLE.has(p.status)),
  );
  protected readonly projectId = computed(() => {
    const wanted = this.project();
    const list = this.applicable();
    return list.find((p) => p.id === wanted)?.id ?? list[0]?.id ?? null;
  });
  protected readonly fieldName = computed(() => this.projects.value()?.fieldName ?? ((code: string) => code));
  protected readonly offers = new Loader<OfferEligibilityView[]>();
  protected readonly sorted = computed(() => eligibleFirst(this.offers.value() ?? []));
  protected readonly applications = new Loader<ApplicationView[]>();
  protected readonly selected = signal<string[]>([]);

  /** The project's application status per offer. */
  protected readonly appliedTo = computed(() => {
    const projectId = this.projectId();
    const map = new Map<string, LandingApplicationStatus>();
    for (const a of this.applications.value() ?? []) {
      if (a.projectId === projectId && a.status !== 'WITHDRAWN') map.set(a.offerId, a.status);
    }
    return map;
  });

  constructor() {
    void this.loadProjects();
    void this.loadApplications();
    effect(() => {
      const projectId = this.projectId();
      untracked(() => {
        this.selected.set([]);
        if (projectId) void this.loadOffers(projectId);
      });
    });
  }

  protected loadProjects(): Promise<void> {
    return this.projects.run(async () => {
      const { projects, editions } = await this.projectsApi.mine();
      const names = new Map(fieldOptions(editions).map((f) => [f.code, f.name]));
      return {
        projects,
        fieldName: (code: string) => resolveText(names.get(code), this.i18n.locale())?.text ?? code,
      };
    });
  }

  protected loadOffers(projectId = this.projectId()): Promise<void> {
    if (!projectId) return Promise.resolve();
    return this.offers.run(() => this.api.eligibleOffers(projectId));
  }

  protected loadApplications(): Promise<void> {
    return this.applications.run(async () => (await this.api.myApplications()).items);
  }

  protected projectTitle(project: MyProject): string {
    return resolveText(project.title, this.i18n.locale())?.text ?? project.id;
  }

  protected chooseProject(id: string): void {
    void this.router.navigate([], { queryParams: { project: id }, replaceUrl: true });
  }

  protected toggle(id: string): void {
    this.selected.update((selected) => toggleSelection(selected, id));
  }

  protected compare(): void {
    void this.router.navigate(['/landing/compare'], {
      queryParams: { ids: this.selected().join(','), project: this.projectId() },
    });
  }

  protected async apply(offer: OfferView): Promise<void> {
    const projectId = this.projectId();
    if (!projectId) return;
    const application = await openApplyDialog(this.dialog, this.api, this.i18n, offer, projectId);
    if (!application) return;
    this.notify.success(this.i18n.t('landing.apply.sent'));
    this.applications.update((list) => [application, ...list]);
  }

  protected replace(updated: ApplicationView): void {
    this.applications.update((list) => list.map((a) => (a.id === updated.id ? updated : a)));
  }
}
