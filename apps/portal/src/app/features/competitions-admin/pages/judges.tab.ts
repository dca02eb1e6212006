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
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatTableModule } from '@angular/material/table';
import { JUDGING_ROUNDS, JudgingRound } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, IconComponent, LoadingComponent } from '@bridge/ui';
import { firstValueFrom } from 'rxjs';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { AdminIconComponent } from '../components/admin-icon.component';
import {
  InviteJudgeDialogComponent,
  InviteJudgeDialogData,
} from '../components/invite-judge-dialog.component';
import { CompetitionStore } from '../data/competition.store';
import { DetectedConflict, Judge, JudgingApi } from '../data/judging.api';
import { formatList } from '../logic/format';
import { adminLabels, blockerMessage } from '../logic/labels';
import { actionBlocker } from '../logic/stage-actions';

/** The edition's judges with their progress, reminders and invitations; conflicts Bridge detected. */
@Component({
  selector: 'bridge-judges-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatCardModule,
    MatTableModule,
    EmptyStateComponent,
    ErrorStateComponent,
    IconComponent,
    LoadingComponent,
    AdminIconComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './judges.tab.html',
  styleUrl: './judges.tab.scss',
})
export class JudgesTab {
  private readonly api = inject(JudgingApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(NotifyService);
  protected readonly store = inject(CompetitionStore);
  protected readonly i18n = inject(I18nService);
  protected readonly labels = adminLabels;
  protected readonly rounds = JUDGING_ROUNDS;
  protected readonly columns = [
    'name',
    'email',
    'affiliation',
    'status',
    'PRELIMINARY',
    'FINAL',
    'abstentions',
    'reminder',
    'actions',
  ];

  protected readonly judges = new Loader<Judge[]>();
  protected readonly conflicts = new Loader<DetectedConflict[]>();
  protected readonly conflictRound = signal<JudgingRound>('PRELIMINARY');
  protected readonly busy = signal<string | null>(null);
  protected readonly lock = computed(() => {
    const stage = this.store.stage();
    const blocker = stage ? actionBlocker(stage, 'MANAGE_JUDGES') : null;
    return blocker ? blockerMessage(blocker, this.i18n) : null;
  });
  private readonly judgeNames = computed(
    () => new Map((this.judges.value() ?? []).map((judge) => [judge.id, judge.displayName])),
  );

  constructor() {
    effect(() => {
      const id = this.store.id();
      if (id) untracked(() => void this.load(id));
    });
    effect(() => {
      const id = this.store.id();
      const round = this.conflictRound();
      if (id) untracked(() => void this.loadConflicts(id, round));
    });
    void this.store.loadNames();
  }

  protected load(id = this.store.id()): Promise<void> {
    return id ? this.judges.run(() => this.api.judges(id)) : Promise.resolve();
  }

  protected loadConflicts(id = this.store.id(), round = this.conflictRound()): Promise<void> {
    return id ? this.conflicts.run(() => this.api.detectedConflicts(id, round)) : Promise.resolve();
  }

  protected progress(judge: Judge, round: JudgingRound) {
    return judge.progress.find((p) => p.round === round) ?? { assigned: 0, submitted: 0, abstained: 0 };
  }

  protected abstentions(judge: Judge): number {
    return judge.progress.reduce((sum, p) => sum + p.abstained, 0);
  }

  protected judgeName(judgeId: string): string {
    return this.judgeNames().get(judgeId) ?? '—';
  }

  protected reasons(conflict: DetectedConflict): string {
    return formatList(
      conflict.reasons.map((reason) => this.i18n.t(adminLabels.conflictReason(reason))),
      this.i18n.locale(),
      'conjunction',
    );
  }

  protected async invite(): Promise<void> {
    const competitionId = this.store.id();
    if (!competitionId) return;
    const ref = this.dialog.open<InviteJudgeDialogComponent, InviteJudgeDialogData>(
      InviteJudgeDialogComponent,
      {
        data: { competitionId },
        width: '32rem',
        maxWidth: '95vw',
      },
    );
    await firstValueFrom(ref.afterClosed());
    await this.load();
  }

  protected async remind(judge: Judge): Promise<void> {
    this.busy.set(judge.id);
    try {
      const updated = await this.api.remind(judge.id);
      this.replace(updated);
      this.notify.success(this.i18n.t('adminJudging.judges.reminded', { name: judge.displayName }));
    } catch (error) {
      this.notify.error(error as AppError);
    } finally {
      this.busy.set(null);
    }
  }

  protected async remove(judge: Judge): Promise<void> {
    const name = judge.displayName;
    const confirmed = await this.notify.confirm({
      title: this.i18n.t('adminJudging.judges.removeTitle', { name }),
      message: this.i18n.t('adminJudging.judges.removeText'),
      confirmLabel: this.i18n.t('actions.remove'),
      destructive: true,
    });
    if (!confirmed) return;
    this.busy.set(judge.id);
    try {
      await this.api.remove(judge.id);
      this.judges.update((judges) => judges.filter((candidate) => candidate.id !== judge.id));
      this.notify.success(this.i18n.t('adminJudging.judges.removed', { name }));
      void this.loadConflicts();
    } catch (error) {
      this.notify.error(error as AppError);
    } finally {
      this.busy.set(null);
    }
  }

  private replace(judge: Judge): void {
    this.judges.update((judges) =>
      judges.map((candidate) => (candidate.id === judge.id ? judge : candidate)),
    );
  }
}
