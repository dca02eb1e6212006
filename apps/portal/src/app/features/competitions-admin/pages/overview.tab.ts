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
import {
  COMPETITION_STAGES,
  CompetitionStage,
  JUDGING_ROUNDS,
  StageAction,
  stageAllows,
} from '@bridge/contracts';
import { ErrorStateComponent, LoadingComponent, LocalizedTextComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { CompetitionStore } from '../data/competition.store';
import { CompetitionCounts, CompetitionsApi } from '../data/competitions.api';
import { formatDay, formatList } from '../logic/format';
import { adminLabels } from '../logic/labels';
import { STAGE_ACTION_NAMES, nextStep, stageChange, stageProgress } from '../logic/stage-actions';

/** Where the edition stands: its stages with dates, the step to the next one, and its counts. */
@Component({
  selector: 'bridge-overview-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    ErrorStateComponent,
    LoadingComponent,
    LocalizedTextComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './overview.tab.html',
  styleUrl: './overview.tab.scss',
})
export class OverviewTab {
  private readonly api = inject(CompetitionsApi);
  private readonly notify = inject(NotifyService);
  protected readonly store = inject(CompetitionStore);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = adminLabels;
  protected readonly rounds = JUDGING_ROUNDS;

  protected readonly counts = new Loader<CompetitionCounts>();
  protected readonly advancing = signal(false);

  protected readonly steps = computed(() => {
    const competition = this.store.value();
    if (!competition) return [];
    return COMPETITION_STAGES.map((stage) => {
      const dates = competition.timeline.find((date) => date.stage === stage);
      return { stage, state: stageProgress(competition.stage, stage), dates: this.datesText(dates) };
    });
  });
  protected readonly next = computed(() => {
    const stage = this.store.stage();
    return stage ? nextStep(stage) : null;
  });
  protected readonly allowedNow = computed(() => {
    const stage = this.store.stage();
    return stage ? STAGE_ACTION_NAMES.filter((action) => stageAllows(stage, action)) : [];
  });
  protected readonly judgeCounts = computed(() => {
    const judges = this.counts.value()?.judges ?? [];
    return {
      active: judges.filter((judge) => judge.status === 'ACTIVE').length,
      invited: judges.filter((judge) => judge.status === 'INVITED').length,
    };
  });
  protected readonly reviewCounts = computed(() => {
    const judges = this.counts.value()?.judges ?? [];
    return JUDGING_ROUNDS.map((round) => {
      const progress = judges.flatMap((judge) => judge.progress.filter((p) => p.round === round));
      return {
        round,
        assigned: progress.reduce((sum, p) => sum + p.assigned, 0),
        submitted: progress.reduce((sum, p) => sum + p.submitted, 0),
      };
    }).filter((round) => round.assigned > 0);
  });

  constructor() {
    effect(() => {
      const id = this.store.id();
      // Counts follow the stage: publishing and advancing change them.
      this.store.stage();
      if (id) untracked(() => void this.loadCounts(id));
    });
  }

  protected loadCounts(id = this.store.id()): Promise<void> {
    return id ? this.counts.run(() => this.api.counts(id)) : Promise.resolve();
  }

  protected actionList(actions: readonly StageAction[]): string {
    return formatList(
      actions.map((action) => this.i18n.t(adminLabels.action(action))),
      this.i18n.locale(),
      'conjunction',
    );
  }

  protected async advance(): Promise<void> {
    const competition = this.store.value();
    const next = this.next();
    if (!competition || next?.kind !== 'manual') return;
    const stageName = this.i18n.t(adminLabels.stage(next.to));
    const change = stageChange(competition.stage, next.to);
    const message = [
      change.gained.length
        ? this.i18n.t('adminCompetitions.overview.advanceGains', {
            stage: stageName,
            actions: this.actionList(change.gained),
          })
        : '',
      change.lost.length
        ? this.i18n.t('adminCompetitions.overview.advanceLoses', { actions: this.actionList(change.lost) })
        : '',
      this.i18n.t('adminCompetitions.overview.advanceIrreversible'),
    ]
      .filter(Boolean)
      .join(' ');
    const confirmed = await this.notify.confirm({
      title: this.i18n.t('adminCompetitions.overview.advanceTitle', { stage: stageName }),
      message,
      confirmLabel: this.i18n.t('adminCompetitions.overview.advanceConfirm'),
    });
    if (!confirmed) return;
    this.advancing.set(true);
    try {
      this.store.replace(await this.api.advance(competition.id, competition.stage));
      this.notify.success(this.i18n.t('adminCompetitions.overview.advanced', { stage: stageName }));
    } catch (error) {
      this.notify.error(error as AppError);
      // Someone else may have moved the edition on: show where it stands now.
      if ((error as AppError).code === 'CONFLICT') await this.store.reload();
    } finally {
      this.advancing.set(false);
    }
  }

  protected stageLabel(stage: CompetitionStage): string {
    return this.i18n.t(adminLabels.stage(stage));
  }

  private datesText(dates: { startsOn: string; endsOn?: string | null } | undefined): string {
    if (!dates) return this.i18n.t('adminCompetitions.overview.noDates');
    const locale = this.i18n.locale();
    const start = formatDay(dates.startsOn, locale);
    return dates.endsOn
      ? `${start} – ${formatDay(dates.endsOn, locale)}`
      : this.i18n.t('adminCompetitions.overview.from', { date: start });
  }
}
