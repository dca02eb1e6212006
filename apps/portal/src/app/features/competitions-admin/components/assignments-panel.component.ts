import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { MatPaginator, MatPaginatorModule } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSort, MatSortModule } from '@angular/material/sort';
import { MatTableDataSource, MatTableModule } from '@angular/material/table';
import { JudgingRound } from '@bridge/contracts';
import { ErrorStateComponent, IconComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { ConflictReason } from '../../../core/graphql/lazy/generated';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { CompetitionStore } from '../data/competition.store';
import { Assignment, AutoAssignResult, Judge, JudgingApi } from '../data/judging.api';
import { ProjectAssignments, ROUND_STATUSES, judgeLoads, projectAssignments } from '../logic/assignments';
import { formatList } from '../logic/format';
import { adminLabels, blockerMessage, blockerSentence } from '../logic/labels';
import { assignBlocker, closeRoundBlocker } from '../logic/stage-actions';
import { AdminIconComponent } from './admin-icon.component';

interface ProjectRow extends ProjectAssignments<Assignment> {
  title: string;
  startup: string;
  field: string;
  count: number;
}

/** A round's assignments: automatic and by hand, per judge and per project; closing the round. */
@Component({
  selector: 'bridge-assignments-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButtonModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    ErrorStateComponent,
    IconComponent,
    LoadingComponent,
    AdminIconComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './assignments-panel.component.html',
  styleUrl: './assignments-panel.component.scss',
})
export class AssignmentsPanelComponent {
  private readonly api = inject(JudgingApi);
  private readonly notify = inject(NotifyService);
  protected readonly store = inject(CompetitionStore);
  protected readonly i18n = inject(I18nService);
  protected readonly labels = adminLabels;

  readonly round = input.required<JudgingRound>();

  protected readonly assignments = new Loader<Assignment[]>();
  protected readonly judges = new Loader<Judge[]>();
  protected readonly busy = signal<'auto' | 'assign' | 'close' | string | null>(null);
  protected readonly autoResult = signal<AutoAssignResult | null>(null);
  protected readonly assignError = signal<AppError | null>(null);
  protected readonly manualJudge = signal<string | null>(null);
  protected readonly manualProject = signal<string | null>(null);
  protected readonly filter = signal('');

  protected readonly assignLock = computed(() => this.blockerText(assignBlocker));
  protected readonly closeLock = computed(() => {
    const competition = this.store.value();
    if (!competition) return null;
    const round = this.round();
    const closed = round === 'PRELIMINARY' ? competition.preliminaryClosed : competition.finalClosed;
    const blocker = closeRoundBlocker({ stage: competition.stage, round, closed });
    return blocker ? blockerSentence(blocker, this.i18n) : null;
  });
  protected readonly closed = computed(() => {
    const competition = this.store.value();
    return this.round() === 'PRELIMINARY' ? !!competition?.preliminaryClosed : !!competition?.finalClosed;
  });
  protected readonly activeJudges = computed(() =>
    (this.judges.value() ?? []).filter((judge) => judge.status === 'ACTIVE'),
  );
  protected readonly roundProjects = computed(() => {
    const statuses = ROUND_STATUSES[this.round()];
    return [...(this.store.names.value()?.values() ?? [])].filter((project) =>
      statuses.includes(project.status),
    );
  });
  protected readonly loads = computed(() =>
    judgeLoads(
      (this.judges.value() ?? []).map((judge) => judge.id),
      this.assignments.value() ?? [],
    ),
  );
  protected readonly judgeColumns = ['judge', 'assigned', 'submitted', 'abstained', 'open'];
  protected readonly projectColumns = ['title', 'field', 'count', 'judges'];
  protected readonly projects = new MatTableDataSource<ProjectRow>([]);
  private readonly sort = viewChild(MatSort);
  private readonly paginator = viewChild(MatPaginator);

  private readonly projectRows = computed<ProjectRow[]>(() => {
    this.i18n.locale();
    this.store.names.value();
    return projectAssignments(
      this.roundProjects().map((project) => project.id),
      this.assignments.value() ?? [],
    ).map((row) => ({
      ...row,
      title: this.store.projectTitle(row.projectId),
      startup: this.store.startupName(row.projectId),
      field: this.store.fieldName(this.store.names.value()?.get(row.projectId)?.fieldId),
      count: row.assignments.filter((assignment) => assignment.status !== 'ABSTAINED').length,
    }));
  });

  constructor() {
    effect(() => {
      const id = this.store.id();
      const round = this.round();
      if (id) untracked(() => void this.load(id, round));
    });
    effect(() => {
      const rows = this.projectRows();
      untracked(() => (this.projects.data = rows));
    });
    effect(() => {
      this.projects.sort = this.sort() ?? null;
      this.projects.paginator = this.paginator() ?? null;
    });
    effect(() => {
      this.projects.filter = this.filter().trim().toLocaleLowerCase();
    });
    this.projects.filterPredicate = (row, filter) =>
      `${row.title} ${row.startup} ${row.field}`.toLocaleLowerCase().includes(filter);
    this.projects.sortingDataAccessor = (row, column) =>
      column === 'count' ? row.count : column === 'field' ? row.field : row.title;
  }

  protected async load(id = this.store.id(), round = this.round()): Promise<void> {
    if (!id) return;
    await Promise.all([
      this.assignments.run(() => this.api.assignments(id, round)),
      this.judges.run(() => this.api.judges(id)),
      this.store.loadNames(),
    ]);
  }

  protected judgeName(judgeId: string): string {
    return this.judges.value()?.find((judge) => judge.id === judgeId)?.displayName ?? '—';
  }

  protected shortfallText(result: AutoAssignResult): string {
    return formatList(
      result.shortfallProjectIds.map((id) => this.store.projectTitle(id)),
      this.i18n.locale(),
      'conjunction',
    );
  }

  protected conflictReasons(error: AppError): string {
    const reasons = String(error.params['reasons'] ?? '')
      .split(',')
      .map((reason) => reason.trim())
      .filter(Boolean) as ConflictReason[];
    return formatList(
      reasons.map((reason) => this.i18n.t(adminLabels.conflictReason(reason))),
      this.i18n.locale(),
      'conjunction',
    );
  }

  protected async autoAssign(): Promise<void> {
    const id = this.store.id();
    if (!id) return;
    this.busy.set('auto');
    this.autoResult.set(null);
    try {
      this.autoResult.set(await this.api.autoAssign(id, this.round()));
      await this.load();
    } catch (error) {
      this.notify.error(error as AppError);
    } finally {
      this.busy.set(null);
    }
  }

  protected async assign(): Promise<void> {
    const id = this.store.id();
    const judgeId = this.manualJudge();
    const projectId = this.manualProject();
    if (!id || !judgeId || !projectId) return;
    this.busy.set('assign');
    this.assignError.set(null);
    try {
      const created = await this.api.assign(id, this.round(), judgeId, projectId);
      this.assignments.update((list) => [...list, created]);
      this.manualProject.set(null);
      this.notify.success(
        this.i18n.t('adminJudging.assignments.assigned', {
          judge: this.judgeName(judgeId),
          project: this.store.projectTitle(projectId),
        }),
      );
    } catch (caught) {
      this.assignError.set(toAppError(caught));
    } finally {
      this.busy.set(null);
    }
  }

  protected async unassign(assignment: Assignment): Promise<void> {
    this.busy.set(assignment.id);
    try {
      await this.api.unassign(assignment.id);
      this.assignments.update((list) => list.filter((candidate) => candidate.id !== assignment.id));
      this.notify.success(this.i18n.t('adminJudging.assignments.unassigned'));
    } catch (error) {
      this.notify.error(error as AppError);
    } finally {
      this.busy.set(null);
    }
  }

  protected async closeRound(): Promise<void> {
    const id = this.store.id();
    if (!id) return;
    const round = this.i18n.t(adminLabels.round(this.round()));
    const confirmed = await this.notify.confirm({
      title: this.i18n.t('adminJudging.assignments.closeTitle', { round }),
      message: this.i18n.t('adminJudging.assignments.closeText'),
      confirmLabel: this.i18n.t('adminJudging.assignments.closeConfirm'),
      destructive: true,
    });
    if (!confirmed) return;
    this.busy.set('close');
    try {
      this.store.replace(await this.api.closeRound(id, this.round()));
      this.notify.success(this.i18n.t('adminJudging.assignments.closed', { round }));
    } catch (error) {
      this.notify.error(error as AppError);
      if ((error as AppError).code === 'CONFLICT') await this.store.reload();
    } finally {
      this.busy.set(null);
    }
  }

  private blockerText(check: typeof assignBlocker): string | null {
    const stage = this.store.stage();
    const blocker = stage ? check(stage, this.round()) : null;
    return blocker ? blockerMessage(blocker, this.i18n) : null;
  }
}
