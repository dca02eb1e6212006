import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { LocalizedText, contentLanguageOf, resolveText } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, IconComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { I18nService, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { ChartSelection, OutcomeChartComponent } from '../components/outcome-chart.component';
import { OutcomeListComponent } from '../components/outcome-list.component';
import {
  BREAKDOWN_STEPS,
  ChartLabels,
  ChartTarget,
  FunnelRow,
  STEPS,
  Step,
  breakdownChartOption,
  breakdownTargetAt,
  formatRate,
  funnelChartOption,
  funnelRows,
  funnelStepAt,
  measuredStages,
  outcomesExportUrl,
  stageTargetAt,
  stageTimesChartOption,
  stepValue,
  targetOfStep,
} from '../data/outcomes-chart';
import {
  OutcomeBreakdown,
  OutcomeEdition,
  OutcomeFilter,
  Outcomes,
  OutcomesApi,
  StageTime,
} from '../data/outcomes.api';

/** Every edition in the picker. */
const ALL = '';

/**
 * /outcomes: the organizers' dashboard — the funnel from applications to landings, investments and
 * R&D agreements per edition, per field and per park, median days per stage; a click on a bar opens
 * the engagements behind it. Every chart has its figures in a table too.
 */
@Component({
  selector: 'bridge-outcomes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    MatButtonModule,
    MatSelectModule,
    MatTooltipModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    IconComponent,
    LoadingComponent,
    OutcomeChartComponent,
    OutcomeListComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './outcomes.page.html',
  styleUrl: './outcomes.page.scss',
})
export class OutcomesPage {
  private readonly api = inject(OutcomesApi);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);
  protected readonly steps = STEPS;
  protected readonly breakdownSteps = BREAKDOWN_STEPS;
  protected readonly ALL = ALL;
  protected readonly Math = Math;

  /** Query parameter: the edition (none: every edition). */
  readonly edition = input<string | undefined>();

  protected readonly editions = new Loader<OutcomeEdition[]>();
  protected readonly outcomes = new Loader<Outcomes>();
  protected readonly competitionId = computed(() => this.edition() || null);
  protected readonly showDefinitions = signal(false);
  /** The engagement list's filter (null: closed) and its description. */
  protected readonly target = signal<{ filter: OutcomeFilter; description: string } | null>(null);
  private readonly listAnchor = viewChild<ElementRef<HTMLElement>>('listAnchor');

  protected readonly lang = computed(() => contentLanguageOf(this.i18n.locale()));
  protected readonly xlsxUrl = computed(() => outcomesExportUrl('xlsx', this.competitionId(), this.lang()));
  protected readonly funnelCsvUrl = computed(() =>
    outcomesExportUrl('csv', this.competitionId(), this.lang(), 'funnel'),
  );
  protected readonly engagementsCsvUrl = computed(() =>
    outcomesExportUrl('csv', this.competitionId(), this.lang(), 'engagements'),
  );
  protected readonly definitions = computed(() =>
    [...STEPS, 'rates', 'parks'].map((key) => this.i18n.t(`outcomes.definition.${key}` as TranslationKey)),
  );
  protected readonly definitionsText = computed(() => this.definitions().join('\n'));

  protected readonly rows = computed(() => {
    const value = this.outcomes.value();
    return value ? funnelRows(value.funnel) : [];
  });
  protected readonly funnelOption = computed(() => {
    const value = this.outcomes.value();
    return value ? funnelChartOption(value.funnel, this.labels(this.funnelAria())) : null;
  });
  protected readonly funnelAria = computed(() => this.summary(this.rows()));
  protected readonly fieldAria = computed(() =>
    this.i18n.t('outcomes.byFieldAria', {
      summary: this.breakdownSummary(this.outcomes.value()?.byField ?? []),
    }),
  );
  protected readonly parkAria = computed(() =>
    this.i18n.t('outcomes.byParkAria', {
      summary: this.breakdownSummary(this.outcomes.value()?.byPark ?? []),
    }),
  );
  protected readonly fieldOption = computed(() => {
    const value = this.outcomes.value();
    if (!value?.byField.length) return null;
    return breakdownChartOption(value.byField, (b) => this.breakdownLabel(b), this.labels(this.fieldAria()));
  });
  protected readonly parkOption = computed(() => {
    const value = this.outcomes.value();
    if (!value?.byPark.length) return null;
    return breakdownChartOption(value.byPark, (b) => this.breakdownLabel(b), this.labels(this.parkAria()));
  });
  protected readonly measured = computed(() => measuredStages(this.outcomes.value()?.stageTimes ?? []));
  protected readonly stageAria = computed(() =>
    this.i18n.t('outcomes.stageTimesAria', {
      summary: this.measured()
        .map((s) => `${this.stageTimeLabel(s)}: ${this.days(s.medianDays)}`)
        .join('; '),
    }),
  );
  protected readonly stageOption = computed(() => {
    const value = this.outcomes.value();
    if (!value || !this.measured().length) return null;
    return stageTimesChartOption(
      value.stageTimes,
      (s) => this.stageTimeLabel(s),
      (d) => this.days(d),
      this.stageAria(),
    );
  });

  constructor() {
    void this.editions.run(() => this.api.editions());
    effect(() => {
      const id = this.competitionId();
      untracked(() => {
        this.target.set(null);
        void this.load(id);
      });
    });
  }

  protected load(id = this.competitionId()): Promise<void> {
    return this.outcomes.run(() => this.api.outcomes(id));
  }

  protected pick(id: string): void {
    void this.router.navigate([], { queryParams: { edition: id || null }, replaceUrl: true });
  }

  protected editionLabel(edition: OutcomeEdition): string {
    return this.i18n.t('outcomes.editionOption', { year: edition.year, number: edition.editionNumber });
  }

  protected stepLabel(step: Step): string {
    return this.i18n.t(`outcomes.step.${step}` as TranslationKey);
  }

  protected rateText(row: FunnelRow): string {
    if (!row.conversion) return '';
    return this.i18n.t('outcomes.rate', {
      rate: formatRate(row.conversion.rate, this.i18n.locale(), this.i18n.t('outcomes.noRate')),
      from: this.stepLabel(row.conversion.from),
    });
  }

  protected value(b: OutcomeBreakdown, step: Step): number {
    return stepValue(b.funnel, step);
  }

  protected breakdownLabel(b: OutcomeBreakdown): string {
    return this.text(b.label) || b.key;
  }

  protected stageTimeLabel(s: StageTime): string {
    return `${this.i18n.t(`engagements.kind.${s.kind}` as TranslationKey)} · ${this.i18n.t(`engagements.stage.${s.stage}` as TranslationKey)}`;
  }

  protected days(value: number | null | undefined): string {
    if (value === null || value === undefined) return this.i18n.t('outcomes.noRate');
    const days = new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(value);
    return this.i18n.t('outcomes.days', { days });
  }

  // Chart clicks and table buttons open the list below.
  protected openStep(step: Step): void {
    this.open(targetOfStep(step), this.stepLabel(step));
  }

  protected funnelClicked(event: ChartSelection): void {
    this.openStep(funnelStepAt(event.dataIndex));
  }

  protected breakdownClicked(by: 'field' | 'park', event: ChartSelection): void {
    const items = (by === 'field' ? this.outcomes.value()?.byField : this.outcomes.value()?.byPark) ?? [];
    const target = breakdownTargetAt(items, by, event.dataIndex, event.seriesIndex);
    if (target)
      this.open(
        target,
        `${this.breakdownLabel(items[event.dataIndex])} · ${this.stepLabel(BREAKDOWN_STEPS[event.seriesIndex])}`,
      );
  }

  protected openBreakdown(by: 'field' | 'park', item: OutcomeBreakdown): void {
    this.open(by === 'field' ? { fieldCode: item.key } : { parkId: item.key }, this.breakdownLabel(item));
  }

  protected stageClicked(event: ChartSelection): void {
    const target = stageTargetAt(this.outcomes.value()?.stageTimes ?? [], event.dataIndex);
    const stage = this.measured().find((s) => s.kind === target?.kind && s.stage === target?.stage);
    if (target && stage) this.open(target, this.stageTimeLabel(stage));
  }

  protected openStage(stage: StageTime): void {
    this.open({ kind: stage.kind, stage: stage.stage }, this.stageTimeLabel(stage));
  }

  private open(target: ChartTarget, description: string): void {
    this.target.set({ filter: { competitionId: this.competitionId(), ...target }, description });
    setTimeout(() =>
      this.listAnchor()?.nativeElement.scrollIntoView?.({ behavior: 'smooth', block: 'start' }),
    );
  }

  private labels(summary: string): ChartLabels {
    return {
      step: (step) => this.stepLabel(step),
      rate: (row) =>
        row.conversion
          ? `(${formatRate(row.conversion.rate, this.i18n.locale(), this.i18n.t('outcomes.noRate'))})`
          : '',
      aria: summary,
    };
  }

  private summary(rows: FunnelRow[]): string {
    return this.i18n.t('outcomes.funnelAria', {
      summary: rows.map((row) => `${this.stepLabel(row.step)}: ${row.value}`).join('; '),
    });
  }

  private breakdownSummary(items: OutcomeBreakdown[]): string {
    return items
      .map(
        (b) =>
          `${this.breakdownLabel(b)}: ${BREAKDOWN_STEPS.map((s) => `${this.stepLabel(s)} ${this.value(b, s)}`).join(', ')}`,
      )
      .join('; ');
  }

  protected text(value: LocalizedText | null | undefined): string {
    return resolveText(value, this.i18n.locale())?.text ?? '';
  }
}
