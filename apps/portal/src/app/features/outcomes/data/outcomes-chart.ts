import type { EngagementKind } from '@bridge/contracts';
import type { OutcomeBreakdown, OutcomeFunnel, OutcomeFilter, StageTime } from './outcomes.api';

/** The funnel steps, in order (the API's OutcomeStep values; also the `funnel-value-<step>` test ids). */
export const STEPS = [
  'applications',
  'finalists',
  'requested',
  'accepted',
  'engagements',
  'landed',
  'invested',
  'rd',
] as const;
export type Step = (typeof STEPS)[number];

/** The steps a breakdown chart shows as series (applications and requests are in the tables). */
export const BREAKDOWN_STEPS: readonly Step[] = [
  'finalists',
  'accepted',
  'engagements',
  'landed',
  'invested',
  'rd',
];

const FIELD_OF: Record<Step, keyof OutcomeFunnel> = {
  applications: 'applications',
  finalists: 'finalists',
  requested: 'introductionsRequested',
  accepted: 'introductionsAccepted',
  engagements: 'engagements',
  landed: 'landed',
  invested: 'invested',
  rd: 'rdAgreements',
};

export function stepValue(funnel: OutcomeFunnel, step: Step): number {
  return funnel[FIELD_OF[step]] as number;
}

export interface FunnelRow {
  step: Step;
  value: number;
  /** The conversion into this step: from which step, at what rate (null: from 0). */
  conversion: { from: Step; rate: number | null } | null;
}

/** The funnel as table rows: each step with its value and the conversion that leads into it. */
export function funnelRows(funnel: OutcomeFunnel): FunnelRow[] {
  return STEPS.map((step) => {
    const conversion = funnel.conversion.find((c) => c.to === step);
    return {
      step,
      value: stepValue(funnel, step),
      conversion: conversion ? { from: conversion.from as Step, rate: conversion.rate ?? null } : null,
    };
  });
}

/** "12.5 %" in the locale's way; the placeholder when there is no rate. */
export function formatRate(rate: number | null | undefined, locale: string, none = '—'): string {
  if (rate === null || rate === undefined) return none;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** What a chart element opens: the engagement list's filter. */
export type ChartTarget = Pick<OutcomeFilter, 'fieldCode' | 'parkId' | 'kind' | 'stage' | 'step'>;

/** Labels the charts need, in the UI language. */
export interface ChartLabels {
  step: (step: Step) => string;
  rate: (row: FunnelRow) => string;
  aria: string;
}

/** Steps before the engagements filter nothing: their segment opens every engagement. */
export function targetOfStep(step: Step): ChartTarget {
  return step === 'landed' || step === 'invested' || step === 'rd' ? { step } : {};
}

const COLORS = ['#1565c0', '#1e88e5', '#00897b', '#43a047', '#7cb342', '#f9a825', '#ef6c00', '#8e24aa'];

/** The funnel as a horizontal bar chart (one bar a step, its conversion rate in the label). */
export function funnelChartOption(funnel: OutcomeFunnel, labels: ChartLabels) {
  const rows = funnelRows(funnel);
  const reversed = [...rows].reverse(); // ECharts draws the first category at the bottom
  return {
    aria: { enabled: true, label: { description: labels.aria } },
    animation: false,
    grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' as const },
    xAxis: { type: 'value' as const, minInterval: 1 },
    yAxis: { type: 'category' as const, data: reversed.map((row) => labels.step(row.step)) },
    series: [
      {
        type: 'bar' as const,
        cursor: 'pointer',
        data: reversed.map((row) => ({
          value: row.value,
          name: labels.step(row.step),
          itemStyle: { color: COLORS[STEPS.indexOf(row.step)] },
          label: {
            show: true,
            position: 'right' as const,
            formatter: `${row.value}  ${labels.rate(row)}`.trim(),
          },
        })),
      },
    ],
  };
}

/** The step a click on bar `dataIndex` of the funnel chart means. */
export function funnelStepAt(dataIndex: number): Step {
  return STEPS[STEPS.length - 1 - dataIndex];
}

/** A breakdown (per field or per park) as grouped bars: one group per key, one series per step. */
export function breakdownChartOption(
  items: OutcomeBreakdown[],
  labelOf: (item: OutcomeBreakdown) => string,
  labels: ChartLabels,
) {
  return {
    aria: { enabled: true, label: { description: labels.aria } },
    animation: false,
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' as const },
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
    xAxis: {
      type: 'category' as const,
      data: items.map(labelOf),
      axisLabel: { interval: 0, overflow: 'truncate' as const, width: 120 },
    },
    yAxis: { type: 'value' as const, minInterval: 1 },
    series: BREAKDOWN_STEPS.map((step) => ({
      type: 'bar' as const,
      name: labels.step(step),
      cursor: 'pointer',
      itemStyle: { color: COLORS[STEPS.indexOf(step)] },
      data: items.map((item) => stepValue(item.funnel, step)),
    })),
  };
}

/** What a click on a breakdown bar opens: that field or park, and the step of its series. */
export function breakdownTargetAt(
  items: OutcomeBreakdown[],
  by: 'field' | 'park',
  dataIndex: number,
  seriesIndex: number,
): ChartTarget | null {
  const item = items[dataIndex];
  const step = BREAKDOWN_STEPS[seriesIndex];
  if (!item || !step) return null;
  return { ...(by === 'field' ? { fieldCode: item.key } : { parkId: item.key }), ...targetOfStep(step) };
}

/** Stage times with at least one finished stay, in pipeline order. */
export function measuredStages(stageTimes: StageTime[]): StageTime[] {
  return stageTimes.filter((s) => s.samples > 0 && s.medianDays !== null && s.medianDays !== undefined);
}

/** Median days per stage as horizontal bars, labelled "kind · stage". */
export function stageTimesChartOption(
  stageTimes: StageTime[],
  labelOf: (s: StageTime) => string,
  days: (d: number) => string,
  aria: string,
) {
  const rows = [...measuredStages(stageTimes)].reverse();
  return {
    aria: { enabled: true, label: { description: aria } },
    animation: false,
    grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' as const },
    xAxis: { type: 'value' as const },
    yAxis: { type: 'category' as const, data: rows.map(labelOf) },
    series: [
      {
        type: 'bar' as const,
        cursor: 'pointer',
        itemStyle: { color: '#00897b' },
        data: rows.map((s) => ({
          value: s.medianDays as number,
          label: { show: true, position: 'right' as const, formatter: days(s.medianDays as number) },
        })),
      },
    ],
  };
}

/** What a click on stage bar `dataIndex` opens: the engagements now in that stage. */
export function stageTargetAt(stageTimes: StageTime[], dataIndex: number): ChartTarget | null {
  const rows = [...measuredStages(stageTimes)].reverse();
  const row = rows[dataIndex];
  return row ? { kind: row.kind as EngagementKind, stage: row.stage } : null;
}

/** The download of the outcomes (API: /outcomes/export.*); without an edition, every edition. */
export function outcomesExportUrl(
  format: 'xlsx' | 'csv',
  competitionId: string | null,
  lang: 'zh' | 'en' | 'ru',
  sheet?: 'funnel' | 'engagements',
): string {
  const params = new URLSearchParams({ lang });
  if (competitionId) params.set('competitionId', competitionId);
  if (sheet && format === 'csv') params.set('sheet', sheet);
  return `/outcomes/export.${format}?${params.toString()}`;
}
