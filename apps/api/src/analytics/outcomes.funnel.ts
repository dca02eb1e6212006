import type { LocalizedText } from '@bridge/contracts';

/** The steps of the outcome funnel, in order; `landed`, `invested` and `rd` all follow `engagements`. */
export const FUNNEL_STEPS = [
  'applications',
  'finalists',
  'requested',
  'accepted',
  'engagements',
  'landed',
  'invested',
  'rd',
] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export type FunnelCounts = Record<FunnelStep, number>;

/** The conversions the dashboard shows: each step from the one before, the outcomes from engagements. */
export const FUNNEL_CONVERSIONS: ReadonlyArray<readonly [FunnelStep, FunnelStep]> = [
  ['applications', 'finalists'],
  ['finalists', 'requested'],
  ['requested', 'accepted'],
  ['accepted', 'engagements'],
  ['engagements', 'landed'],
  ['engagements', 'invested'],
  ['engagements', 'rd'],
];

export interface Funnel extends FunnelCounts {
  competitionId: string | null;
  conversion: Array<{ from: FunnelStep; to: FunnelStep; rate: number | null }>;
}

export interface Breakdown {
  key: string;
  label: LocalizedText | null;
  funnel: Funnel;
}

export const emptyCounts = (): FunnelCounts =>
  Object.fromEntries(FUNNEL_STEPS.map((step) => [step, 0])) as FunnelCounts;

/** Adds a row of counts (as the SQL returns them) into `into`. */
export function addCounts(into: FunnelCounts, row: Partial<Record<FunnelStep, number | string | null>>) {
  for (const step of FUNNEL_STEPS) into[step] += Number(row[step] ?? 0);
  return into;
}

/** `to / from`, rounded to 4 decimals; null when `from` is 0 (no rate to speak of). */
export function rate(from: number, to: number): number | null {
  return from === 0 ? null : Math.round((to / from) * 10_000) / 10_000;
}

export function funnelOf(competitionId: string | null, counts: FunnelCounts): Funnel {
  return {
    competitionId,
    ...counts,
    conversion: FUNNEL_CONVERSIONS.map(([from, to]) => ({ from, to, rate: rate(counts[from], counts[to]) })),
  };
}
