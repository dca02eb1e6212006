import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { ProjectStatus, resolveText, stageAllows } from '@bridge/contracts';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  IconComponent,
  LoadingComponent,
  LocalizedTextComponent,
} from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, ErrorMessages, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, LocalDatePipe, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { ProjectFormComponent } from '../components/project-form.component';
import { ProjectProfileComponent } from '../components/project-profile.component';
import { ProjectResultComponent } from '../components/project-result.component';
import { ProjectStatusComponent } from '../components/project-status.component';
import { ProjectContent } from '../data/project-form';
import { projectLabels } from '../data/project-labels';
import { MyProject } from '../data/project.types';
import { Edition, MyProjects, ProjectsApi } from '../data/projects.api';
import { SubmitProblem, submitProblems } from '../data/submit-problems';

const EDITABLE: readonly ProjectStatus[] = ['DRAFT', 'SUBMITTED'];
const WITHDRAWABLE: readonly ProjectStatus[] = ['DRAFT', 'SUBMITTED', 'FINALIST', 'NOT_SELECTED'];
const WITH_RESULT: readonly ProjectStatus[] = ['SUBMITTED', 'FINALIST', 'NOT_SELECTED', 'AWARDED'];

/** The start-up's application: start it, fill it in, submit or withdraw it, and see its result. */
@Component({
  selector: 'bridge-my-project-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    EmptyStateComponent,
    ErrorStateComponent,
    IconComponent,
    LoadingComponent,
    LocalizedTextComponent,
    ProjectFormComponent,
    ProjectProfileComponent,
    ProjectResultComponent,
    ProjectStatusComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './my-project.page.html',
  styleUrl: './my-project.page.scss',
})
export class MyProjectPage {
  private readonly api = inject(ProjectsApi);
  private readonly notify = inject(NotifyService);
  private readonly errors = inject(ErrorMessages);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = projectLabels;

  protected readonly data = new Loader<MyProjects>();
  protected readonly selectedId = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly problems = computed<SubmitProblem[]>(() => submitProblems(this.error()));

  protected readonly projects = computed(() => this.data.value()?.projects ?? []);
  /** Editions taking applications for which the start-up has no project yet. */
  protected readonly openEditions = computed(() => {
    const data = this.data.value();
    if (!data) return [];
    return data.editions.filter(
      (edition) =>
        stageAllows(edition.stage, 'EDIT_PROJECT') &&
        !data.projects.some((project) => project.competitionId === edition.id),
    );
  });
  protected readonly project = computed<MyProject | null>(() => {
    const projects = this.projects();
    return projects.find((project) => project.id === this.selectedId()) ?? projects[0] ?? null;
  });
  protected readonly edition = computed<Edition | null>(() => this.editionOf(this.project()));
  protected readonly canEdit = computed(() => {
    const project = this.project();
    const edition = this.edition();
    return (
      !!project &&
      !!edition &&
      stageAllows(edition.stage, 'EDIT_PROJECT') &&
      EDITABLE.includes(project.status)
    );
  });
  protected readonly canSubmit = computed(
    () =>
      this.project()?.status === 'DRAFT' &&
      !!this.edition() &&
      stageAllows(this.edition()!.stage, 'SUBMIT_PROJECT'),
  );
  protected readonly canWithdraw = computed(() => {
    const project = this.project();
    const edition = this.edition();
    return (
      !!project &&
      !!edition &&
      WITHDRAWABLE.includes(project.status) &&
      stageAllows(edition.stage, 'WITHDRAW_PROJECT')
    );
  });
  protected readonly showResult = computed(() => {
    const status = this.project()?.status;
    return !!status && WITH_RESULT.includes(status);
  });
  /** Why the project cannot be edited, when it cannot. */
  protected readonly readOnlyReason = computed<{ key: TranslationKey; stage: string } | null>(() => {
    const project = this.project();
    const edition = this.edition();
    if (!project || this.canEdit()) return null;
    if (project.status === 'WITHDRAWN') return { key: 'myProject.readOnly.withdrawn', stage: '' };
    const stage = edition ? this.i18n.t(projectLabels.competitionStage(edition.stage)) : '';
    return { key: 'myProject.readOnly.stage', stage };
  });

  constructor() {
    void this.load();
  }

  protected load(): Promise<void> {
    return this.data.run(() => this.api.mine());
  }

  protected editionOf(project: MyProject | null): Edition | null {
    return this.data.value()?.editions.find((edition) => edition.id === project?.competitionId) ?? null;
  }

  protected registrationEnds(edition: Edition): string | null {
    return edition.timeline.find((date) => date.stage === 'REGISTRATION')?.endsOn ?? null;
  }

  protected titleOf(project: MyProject): string {
    return resolveText(project.title, this.i18n.locale())?.text ?? this.i18n.t('myProject.untitled');
  }

  protected select(id: string): void {
    this.selectedId.set(id);
    this.error.set(null);
  }

  protected async start(edition: Edition): Promise<void> {
    await this.act(async () => {
      const created = await this.api.create({ competitionId: edition.id });
      this.data.update((data) => ({ ...data, projects: [created, ...data.projects] }));
      this.selectedId.set(created.id);
      this.notify.success(this.i18n.t('myProject.started'));
    });
  }

  protected async save(content: ProjectContent): Promise<void> {
    const project = this.project();
    if (!project) return;
    await this.act(async () => {
      this.replace(await this.api.update({ projectId: project.id, ...content }));
      this.notify.success(this.i18n.t('myProject.saved'));
    });
  }

  /** Saves unsaved changes first, then submits; the server's list of what is missing shows on failure. */
  protected async submit(request: { content: ProjectContent; changed: boolean }): Promise<void> {
    const project = this.project();
    if (!project) return;
    await this.act(async () => {
      if (request.changed) this.replace(await this.api.update({ projectId: project.id, ...request.content }));
      this.replace(await this.api.submit(project.id));
      this.notify.success(this.i18n.t('myProject.submitted'));
    });
  }

  protected async withdraw(): Promise<void> {
    const project = this.project();
    if (!project) return;
    const confirmed = await this.notify.confirm({
      title: this.i18n.t('myProject.withdrawTitle', { title: this.titleOf(project) }),
      message: this.i18n.t('myProject.withdrawText'),
      confirmLabel: this.i18n.t('myProject.withdraw'),
      destructive: true,
    });
    if (!confirmed) return;
    await this.act(async () => {
      this.replace(await this.api.withdraw(project.id));
      this.notify.success(this.i18n.t('myProject.withdrawn'));
    });
  }

  protected problemText(problem: SubmitProblem): string {
    const label = this.i18n.t(problem.label);
    const part = problem.language ? ` (${this.i18n.t(`content.language.${problem.language}`)})` : '';
    return `${label}${part}: ${this.errors.field(problem)}`;
  }

  private replace(updated: MyProject): void {
    this.data.update((data) => ({
      ...data,
      projects: data.projects.map((project) => (project.id === updated.id ? updated : project)),
    }));
  }

  private async act(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
