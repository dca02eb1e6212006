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
import { MatTableModule } from '@angular/material/table';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { AdminIconComponent } from '../components/admin-icon.component';
import { AssignmentsPanelComponent } from '../components/assignments-panel.component';
import { CriteriaEditorComponent } from '../components/criteria-editor.component';
import { CompetitionStore } from '../data/competition.store';
import { FinalOutcome, SelectionApi, SelectionRun } from '../data/selection.api';
import { formatNumber } from '../logic/format';
import { blockerSentence } from '../logic/labels';
import { publishBlocker, runBlocker } from '../logic/stage-actions';

/** The final round: its criteria and assignments, the final ranking and the award places. */
@Component({
  selector: 'bridge-final-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    MatTableModule,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    AdminIconComponent,
    AssignmentsPanelComponent,
    CriteriaEditorComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './final.tab.html',
  styles: `
    .heading {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: flex-start;
      justify-content: space-between;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .action {
      max-width: 22rem;
    }
    .why {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    table {
      width: 100%;
    }
    .num {
      text-align: end;
      white-space: nowrap;
    }
    .place {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-primary);
    }
    .small {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class FinalTab {
  private readonly api = inject(SelectionApi);
  private readonly notify = inject(NotifyService);
  protected readonly store = inject(CompetitionStore);
  protected readonly i18n = inject(I18nService);

  protected readonly run = new Loader<SelectionRun | null>();
  protected readonly busy = signal<'run' | 'publish' | null>(null);
  protected readonly publishError = signal<AppError | null>(null);
  protected readonly columns = ['rank', 'project', 'quality', 'reviews', 'place'];
  protected readonly ranking = computed<FinalOutcome[]>(() =>
    [...(this.run.value()?.finalOutcomes ?? [])].sort(
      (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER),
    ),
  );
  protected readonly runLock = computed(() => {
    const stage = this.store.stage();
    const blocker = stage ? runBlocker(stage, 'FINAL') : null;
    return blocker ? blockerSentence(blocker, this.i18n) : null;
  });
  protected readonly publishLock = computed(() => {
    const competition = this.store.value();
    if (!competition || this.run.loading()) return null;
    const blocker = publishBlocker({
      stage: competition.stage,
      round: 'FINAL',
      closed: competition.finalClosed,
      run: this.run.value() ?? null,
    });
    return blocker ? blockerSentence(blocker, this.i18n) : null;
  });

  constructor() {
    effect(() => {
      const id = this.store.id();
      if (id) untracked(() => void this.load(id));
    });
    void this.store.loadNames();
  }

  protected load(id = this.store.id()): Promise<void> {
    return id ? this.run.run(() => this.api.latest(id, 'FINAL')) : Promise.resolve();
  }

  protected quality(outcome: FinalOutcome): string {
    return formatNumber(outcome.quality, this.i18n.locale(), 1);
  }

  protected async calculate(): Promise<void> {
    const id = this.store.id();
    if (!id) return;
    this.busy.set('run');
    this.publishError.set(null);
    try {
      const run = await this.api.run(id, 'FINAL');
      this.run.update(() => run);
      this.notify.success(this.i18n.t('adminJudging.final.ran'));
    } catch (error) {
      this.notify.error(error as AppError);
    } finally {
      this.busy.set(null);
    }
  }

  protected async publish(): Promise<void> {
    const id = this.store.id();
    const run = this.run.value();
    if (!id || !run) return;
    const confirmed = await this.notify.confirm({
      title: this.i18n.t('adminJudging.final.publishTitle'),
      message: this.i18n.t('adminJudging.final.publishText'),
      confirmLabel: this.i18n.t('adminJudging.final.publishConfirm'),
    });
    if (!confirmed) return;
    this.busy.set('publish');
    this.publishError.set(null);
    try {
      this.store.replace(await this.api.publish(id, run.id, 'FINAL'));
      this.notify.success(this.i18n.t('adminJudging.final.published'));
      await this.load();
    } catch (caught) {
      const error = toAppError(caught);
      this.publishError.set(error);
      this.notify.error(error);
      await Promise.all([this.load(), this.store.reload()]);
    } finally {
      this.busy.set(null);
    }
  }
}
