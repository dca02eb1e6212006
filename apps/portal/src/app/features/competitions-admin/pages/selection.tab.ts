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
import { MatDialog } from '@angular/material/dialog';
import { MatTableModule } from '@angular/material/table';
import { stageAllows } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, IconComponent, LoadingComponent } from '@bridge/ui';
import { firstValueFrom } from 'rxjs';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, LocalDatePipe, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { AdminIconComponent } from '../components/admin-icon.component';
import { JudgeEffectsComponent } from '../components/judge-effects.component';
import { OutcomeRow, OutcomesTableComponent } from '../components/outcomes-table.component';
import { OverrideDialogComponent, OverrideDialogData } from '../components/override-dialog.component';
import { CompetitionStore } from '../data/competition.store';
import { SelectionApi, SelectionOverride, SelectionRun } from '../data/selection.api';
import { tieBreakLabel } from '../logic/explanation';
import { adminLabels, blockerSentence } from '../logic/labels';
import { publishBlocker, runBlocker } from '../logic/stage-actions';

/** The preliminary round's finalist selection: run, review, explain, override, publish. */
@Component({
  selector: 'bridge-selection-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    MatTableModule,
    EmptyStateComponent,
    ErrorStateComponent,
    IconComponent,
    LoadingComponent,
    AdminIconComponent,
    JudgeEffectsComponent,
    OutcomesTableComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './selection.tab.html',
  styleUrl: './selection.tab.scss',
})
export class SelectionTab {
  private readonly api = inject(SelectionApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(NotifyService);
  protected readonly store = inject(CompetitionStore);
  protected readonly i18n = inject(I18nService);
  protected readonly labels = adminLabels;

  protected readonly run = new Loader<SelectionRun | null>();
  protected readonly busy = signal<'run' | 'publish' | string | null>(null);
  protected readonly publishError = signal<AppError | null>(null);
  protected readonly slotColumns = ['field', 'share', 'selected', 'eligible', 'unfilled'];

  protected readonly runLock = computed(() => {
    const stage = this.store.stage();
    const blocker = stage ? runBlocker(stage, 'PRELIMINARY') : null;
    return blocker ? blockerSentence(blocker, this.i18n) : null;
  });
  protected readonly publishLock = computed(() => {
    const competition = this.store.value();
    if (!competition || this.run.loading()) return null;
    const blocker = publishBlocker({
      stage: competition.stage,
      round: 'PRELIMINARY',
      closed: competition.preliminaryClosed,
      run: this.run.value() ?? null,
    });
    return blocker ? blockerSentence(blocker, this.i18n) : null;
  });
  /** Overrides are allowed in the selection's stage. */
  protected readonly canOverride = computed(() => {
    const stage = this.store.stage();
    return !!stage && stageAllows(stage, 'RUN_SELECTION');
  });
  protected readonly selectedCount = computed(
    () => this.run.value()?.outcomes.filter((outcome) => outcome.selected).length ?? 0,
  );
  protected readonly slotTotals = computed(() => {
    const fields = this.run.value()?.fields ?? [];
    const sum = (pick: (field: (typeof fields)[number]) => number) => fields.reduce((s, f) => s + pick(f), 0);
    return {
      share: sum((f) => f.share),
      selected: sum((f) => f.selected),
      eligible: sum((f) => f.eligible),
      unfilled: sum((f) => f.unfilled),
    };
  });
  protected readonly tieBreak = computed(() => {
    this.i18n.locale();
    return (this.run.value()?.tieBreak ?? []).map((key) => tieBreakLabel(key, this.i18n));
  });

  constructor() {
    effect(() => {
      const id = this.store.id();
      if (id) untracked(() => void this.load(id));
    });
    void this.store.loadNames();
  }

  protected load(id = this.store.id()): Promise<void> {
    return id ? this.run.run(() => this.api.latest(id, 'PRELIMINARY')) : Promise.resolve();
  }

  protected methodKey(run: SelectionRun): TranslationKey {
    return adminLabels.shortMethod(run.method);
  }

  protected async calculate(): Promise<void> {
    const id = this.store.id();
    if (!id) return;
    this.busy.set('run');
    this.publishError.set(null);
    try {
      const run = await this.api.run(id, 'PRELIMINARY');
      this.run.update(() => run);
      this.notify.success(this.i18n.t('adminSelection.ran'));
    } catch (error) {
      this.notify.error(error as AppError);
    } finally {
      this.busy.set(null);
    }
  }

  protected async openOverride(row: OutcomeRow): Promise<void> {
    const id = this.store.id();
    if (!id) return;
    const ref = this.dialog.open<OverrideDialogComponent, OverrideDialogData, SelectionOverride>(
      OverrideDialogComponent,
      {
        data: {
          competitionId: id,
          projectId: row.projectId,
          projectTitle: row.title,
          selected: row.selected,
          currentDecision: this.i18n.t(
            row.selected ? 'adminSelection.outcomes.selected' : 'adminSelection.outcomes.notSelected',
          ),
        },
        width: '36rem',
        maxWidth: '95vw',
      },
    );
    const saved = await firstValueFrom(ref.afterClosed());
    if (!saved) return;
    this.notify.success(this.i18n.t('adminSelection.overrides.saved'));
    // The run is stale now: reload it to show the banner and the override.
    await this.load();
  }

  protected async removeOverride(override: SelectionOverride): Promise<void> {
    const id = this.store.id();
    if (!id) return;
    this.busy.set(override.id);
    try {
      await this.api.removeOverride(id, override.projectId);
      this.notify.success(this.i18n.t('adminSelection.overrides.removed'));
      await this.load();
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
      title: this.i18n.t('adminSelection.publish.title'),
      message: this.i18n.t('adminSelection.publish.text', { count: this.selectedCount() }),
      confirmLabel: this.i18n.t('adminSelection.publish.confirm'),
    });
    if (!confirmed) return;
    this.busy.set('publish');
    this.publishError.set(null);
    try {
      this.store.replace(await this.api.publish(id, run.id, 'PRELIMINARY'));
      this.notify.success(this.i18n.t('adminSelection.publish.published'));
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

  protected decisionLabel(override: SelectionOverride): TranslationKey {
    return adminLabels.decision(override.decision);
  }
}
