import { ENGAGEMENT_KINDS, ENGAGEMENT_STAGES, EngagementKind } from '@bridge/contracts';
import type { EngagementView, MilestoneView, RegisteredCompanyView } from './engagement.types';

/** The stage at which a landing records the company registered in China. */
export const COMPANY_REGISTERED = 'COMPANY_REGISTERED';
export const NOTE_MAX_LENGTH = 2000;

export const isEngagementKind = (value: unknown): value is EngagementKind =>
  ENGAGEMENT_KINDS.includes(value as EngagementKind);

/** The stages of a kind, in order (empty for an unknown kind). */
export function stagesOf(kind: string): readonly string[] {
  return isEngagementKind(kind) ? ENGAGEMENT_STAGES[kind] : [];
}

export interface MoveOption {
  stage: string;
  direction: 'forward' | 'back';
  /** The next stage forward (the main button), or the previous one back. */
  adjacent: boolean;
}

/**
 * Where an engagement may move: every other stage of its kind, forward ones first (the next one
 * marked adjacent), then back ones (the previous one marked adjacent). The API checks the rules;
 * the portal offers the stages in a useful order.
 */
export function moveOptions(engagement: Pick<EngagementView, 'stage' | 'stages'>): MoveOption[] {
  const stages = engagement.stages;
  const at = stages.indexOf(engagement.stage);
  if (at < 0) return [];
  const forward = stages
    .slice(at + 1)
    .map((stage, i): MoveOption => ({ stage, direction: 'forward', adjacent: i === 0 }));
  const back = stages
    .slice(0, at)
    .reverse()
    .map((stage, i): MoveOption => ({ stage, direction: 'back', adjacent: i === 0 }));
  return [...forward, ...back];
}

/** The next stage forward and the previous one, for the two quick buttons. */
export function adjacentStages(engagement: Pick<EngagementView, 'stage' | 'stages'>): {
  next: string | null;
  previous: string | null;
} {
  const options = moveOptions(engagement);
  return {
    next: options.find((o) => o.direction === 'forward' && o.adjacent)?.stage ?? null,
    previous: options.find((o) => o.direction === 'back' && o.adjacent)?.stage ?? null,
  };
}

/** Moving to COMPANY_REGISTERED asks for the company's name, number and date. */
export function needsCompany(toStage: string): boolean {
  return toStage === COMPANY_REGISTERED;
}

/** A company is complete when name, number and date are filled and the date is not in the future. */
export function companyProblems(
  company: RegisteredCompanyView,
  today: string,
): Array<keyof RegisteredCompanyView> {
  const problems: Array<keyof RegisteredCompanyView> = [];
  if (!company.name.trim()) problems.push('name');
  if (!company.registrationNumber.trim()) problems.push('registrationNumber');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(company.registeredOn) || company.registeredOn > today)
    problems.push('registeredOn');
  return problems;
}

/** Whole days between two instants (never negative). */
export function daysBetween(fromIso: string, now: Date): number {
  const ms = now.getTime() - Date.parse(fromIso);
  return Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 86_400_000)) : 0;
}

/** An open milestone whose due day has passed (compared as yyyy-mm-dd). */
export function isOverdue(milestone: Pick<MilestoneView, 'done' | 'dueOn'>, today: string): boolean {
  return !milestone.done && !!milestone.dueOn && milestone.dueOn < today;
}

/** Milestones: open ones by due date (undated last), then done ones. */
export function sortMilestones<T extends MilestoneView>(milestones: readonly T[]): T[] {
  const due = (m: T) => m.dueOn || '9999-12-31';
  return [...milestones].sort(
    (a, b) =>
      Number(a.done) - Number(b.done) || due(a).localeCompare(due(b)) || a.title.localeCompare(b.title),
  );
}

/** Today as yyyy-mm-dd in the viewer's zone. */
export function todayIn(timeZone: string | undefined, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The board's columns: every stage of the kind, each with its engagements (oldest in stage first). */
export function boardColumns<T extends Pick<EngagementView, 'stage' | 'stageEnteredAt'>>(
  kind: EngagementKind,
  engagements: readonly T[],
): { stage: string; items: T[] }[] {
  return ENGAGEMENT_STAGES[kind].map((stage) => ({
    stage,
    items: engagements
      .filter((e) => e.stage === stage)
      .sort((a, b) => a.stageEnteredAt.localeCompare(b.stageEnteredAt)),
  }));
}

export type SortColumn = 'project' | 'partner' | 'kind' | 'stage' | 'stageEnteredAt' | 'updatedAt';
export type SortDirection = 'asc' | 'desc';

/** Sorts the list view; text by the given labels (already in the UI language), stages in order. */
export function sortEngagements<T extends EngagementView>(
  items: readonly T[],
  column: SortColumn,
  direction: SortDirection,
  label: (item: T, column: 'project' | 'partner' | 'kind') => string,
  locale: string,
): T[] {
  const collator = new Intl.Collator(locale);
  const compare = (a: T, b: T): number => {
    switch (column) {
      case 'project':
      case 'partner':
      case 'kind':
        return collator.compare(label(a, column), label(b, column));
      case 'stage':
        return a.stages.indexOf(a.stage) - b.stages.indexOf(b.stage);
      case 'stageEnteredAt':
        return a.stageEnteredAt.localeCompare(b.stageEnteredAt);
      case 'updatedAt':
        return (a.updatedAt ?? a.createdAt).localeCompare(b.updatedAt ?? b.createdAt);
    }
  };
  const sign = direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => sign * compare(a, b) || a.id.localeCompare(b.id));
}

/** A calendar day (yyyy-mm-dd) in the UI language, without shifting it by time zone. */
export function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
