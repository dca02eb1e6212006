import { ENGAGEMENT_STAGES, ENGAGEMENT_TERMINAL_STAGES } from '@bridge/contracts';
import type { EngagementKind, EngagementStage, LocalizedText } from '@bridge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { EngagementEventEntity } from '../../engagements/entities/engagement-event.entity';
import { EngagementEntity } from '../../engagements/entities/engagement.entity';
import { MilestoneEntity } from '../../engagements/entities/milestone.entity';
import { MembershipEntity } from '../../identity/entities/membership.entity';
import { UserEntity } from '../../identity/entities/user.entity';
import { demoUuid } from './demo-random';

const DAY_MS = 86_400_000;
type Partner = 'investor@bridge.demo' | 'park@bridge.demo' | 'partner@bridge.demo';

/** Typical days spent in each open stage (varied per engagement), so median times tell a story. */
const TYPICAL_DAYS: Readonly<Record<EngagementKind, Readonly<Record<string, number>>>> = {
  INVESTMENT: { INTRO: 9, MEETING: 16, DUE_DILIGENCE: 38, TERM_SHEET: 21 },
  LANDING: { INTEREST: 12, SITE_VISIT: 19, NEGOTIATION: 33, AGREEMENT_SIGNED: 26, COMPANY_REGISTERED: 41 },
  RD_PARTNERSHIP: { INTRO: 11, SCOPING: 27, AGREEMENT_SIGNED: 18, IN_PROGRESS: 95 },
  PILOT_CUSTOMER: { INTRO: 7, PILOT_AGREED: 15, PILOT_RUNNING: 58 },
};

const NOTES: Readonly<Record<string, string>> = {
  MEETING: 'First call went well; a meeting with the partners is booked.',
  DUE_DILIGENCE: 'Data room opened; financial model and IP documents requested.',
  TERM_SHEET: 'Term sheet sent: lead ticket, pro-rata rights, one board seat.',
  CLOSED_WON: 'Round closed; funds transferred.',
  CLOSED_LOST: 'We agreed to revisit after the next product release.',
  SITE_VISIT: 'Site visit of the lab building and the pilot production hall.',
  NEGOTIATION: 'Negotiating space, rent-free months and the talent subsidy.',
  AGREEMENT_SIGNED: 'Agreement signed by both sides.',
  COMPANY_REGISTERED: 'The local company is registered; bank account next.',
  OPERATING: 'The team has moved in and hired its first local engineers.',
  LOST: 'Not pursued further this year.',
  SCOPING: 'Scoping workshop held: two work packages drafted.',
  IN_PROGRESS: 'Joint work started; first sprint review in four weeks.',
  COMPLETED: 'Project completed; results published jointly.',
  PILOT_AGREED: 'Pilot scope and success criteria agreed.',
  PILOT_RUNNING: 'Pilot running at the customer site.',
  CONTRACT: 'Pilot succeeded; a supply contract is signed.',
};

interface DemoEngagement {
  kind: EngagementKind;
  stage: EngagementStage;
  partner: Partner;
  /** A lost one: the last open stage it reached before LOST / CLOSED_LOST. */
  lostAfter?: EngagementStage;
}

/** Every stage of every kind, plus more outcomes: landings registered and operating, investments won. */
const DEMO_ENGAGEMENTS: readonly DemoEngagement[] = (
  [
    ...ENGAGEMENT_STAGES.INVESTMENT.map((stage) => ({
      kind: 'INVESTMENT' as const,
      stage,
      partner: 'investor@bridge.demo' as const,
    })),
    { kind: 'INVESTMENT', stage: 'CLOSED_WON', partner: 'investor@bridge.demo' },
    ...ENGAGEMENT_STAGES.LANDING.map((stage) => ({
      kind: 'LANDING' as const,
      stage,
      partner: 'park@bridge.demo' as const,
    })),
    { kind: 'LANDING', stage: 'COMPANY_REGISTERED', partner: 'park@bridge.demo' },
    { kind: 'LANDING', stage: 'OPERATING', partner: 'park@bridge.demo' },
    ...ENGAGEMENT_STAGES.RD_PARTNERSHIP.map((stage) => ({
      kind: 'RD_PARTNERSHIP' as const,
      stage,
      partner: 'partner@bridge.demo' as const,
    })),
    ...ENGAGEMENT_STAGES.PILOT_CUSTOMER.map((stage, i) => ({
      kind: 'PILOT_CUSTOMER' as const,
      stage,
      partner: i % 2 ? ('partner@bridge.demo' as const) : ('investor@bridge.demo' as const),
    })),
  ] as DemoEngagement[]
).map((spec, i) => (spec.stage.endsWith('LOST') ? { ...spec, lostAfter: lostAfter(spec.kind, i) } : spec));

/** Milestones of a few open engagements (by index in DEMO_ENGAGEMENTS): title, due in days, done. */
const DEMO_MILESTONES: ReadonlyArray<{
  engagement: number;
  title: string;
  dueInDays: number;
  done: boolean;
}> = [
  { engagement: 2, title: 'Data room complete', dueInDays: -6, done: true },
  { engagement: 2, title: 'Reference calls with two customers', dueInDays: 12, done: false },
  { engagement: 9, title: 'Draft lease reviewed by counsel', dueInDays: -3, done: true },
  { engagement: 9, title: 'Sign the lease for 300 m²', dueInDays: 9, done: false },
  { engagement: 10, title: 'Board approval of the China entity', dueInDays: 21, done: false },
  { engagement: 17, title: 'Joint work plan', dueInDays: 5, done: false },
  { engagement: 24, title: 'Mid-pilot review', dueInDays: -10, done: true },
];

const idOf = (index: number) => demoUuid(`2020/engagement/${index}`);

/** A stage a lost one got to, different per engagement. */
function lostAfter(kind: EngagementKind, index: number): EngagementStage {
  const open = ENGAGEMENT_STAGES[kind].filter(
    (s) => !(ENGAGEMENT_TERMINAL_STAGES[kind] as readonly string[]).includes(s),
  );
  return open[index % open.length] as EngagementStage;
}

/** The stages an engagement went through, its start included. */
function pathOf(spec: DemoEngagement): EngagementStage[] {
  const stages = ENGAGEMENT_STAGES[spec.kind] as readonly EngagementStage[];
  const terminal = ENGAGEMENT_TERMINAL_STAGES[spec.kind] as readonly EngagementStage[];
  const open = stages.filter((s) => !terminal.includes(s));
  if (spec.lostAfter) return [...open.slice(0, open.indexOf(spec.lostAfter) + 1), spec.stage];
  if (terminal.includes(spec.stage)) return [...open, spec.stage];
  return stages.slice(0, stages.indexOf(spec.stage) + 1);
}

/**
 * Writes the demo engagements once (issue 6), between the demo investor, park and R&D partner and
 * 2020 projects: every stage of every kind, with histories spread over the past months, registered
 * companies for landings, and a few milestones. Skipped when the first one exists, and when
 * another process wins the race. Needs the demo accounts and the 2020 edition.
 */
export async function seedDemoEngagements(dataSource: DataSource): Promise<boolean> {
  const exists = () => dataSource.getRepository(EngagementEntity).exists({ where: { id: idOf(0) } });
  if (await exists()) return false;
  try {
    await dataSource.transaction((manager) => write(manager));
    return true;
  } catch (error) {
    if (isUniqueViolation(error) && (await exists())) return false;
    throw error;
  }
}

async function write(manager: EntityManager): Promise<void> {
  const partners = new Map<string, { userId: string; organizationId: string }>();
  for (const email of ['investor@bridge.demo', 'park@bridge.demo', 'partner@bridge.demo']) {
    const user = await manager.findOne(UserEntity, { where: { email } });
    const membership = user && (await manager.findOne(MembershipEntity, { where: { userId: user.id } }));
    if (user && membership)
      partners.set(email, { userId: user.id, organizationId: membership.organizationId });
  }
  // Consenting 2020 projects other than AgroVision and those the demo introductions use.
  const projects: Array<{
    id: string;
    organization_id: string;
    title: LocalizedText;
    user_id: string | null;
  }> = await manager.query(
    `SELECT p.id, p.organization_id, p.title,
              (SELECT m.user_id FROM memberships m WHERE m.organization_id = p.organization_id ORDER BY m.user_id LIMIT 1) AS user_id
         FROM projects p
        WHERE p.competition_id = $1 AND p.id <> $2 AND p.visibility_consent
          AND p.status IN ('FINALIST', 'AWARDED', 'NOT_SELECTED')
        ORDER BY p.status, p.id OFFSET 4 LIMIT $3`,
    [demoUuid('2020/competition'), demoUuid('2020/project/agrovision'), DEMO_ENGAGEMENTS.length],
  );
  if (!projects.length) return;
  const now = Date.now();
  for (const [index, spec] of DEMO_ENGAGEMENTS.entries()) {
    const partner = partners.get(spec.partner);
    const project = projects[index % projects.length];
    if (!partner || !project) continue;
    const path = pathOf(spec);
    // Days in each stage but the last: the typical figure, varied ±40 % per engagement and stage.
    const spans = path
      .slice(0, -1)
      .map((stage, i) =>
        Math.max(2, Math.round(TYPICAL_DAYS[spec.kind][stage] * (0.6 + ((index * 7 + i * 3) % 9) / 10))),
      );
    // Open ones entered their stage days or weeks ago; outcomes were reached over the past months.
    const terminal = (ENGAGEMENT_TERMINAL_STAGES[spec.kind] as readonly string[]).includes(spec.stage);
    const inLastStage = terminal ? 10 + ((index * 37) % 150) : 3 + ((index * 5) % 24);
    const startedAt = now - (spans.reduce((a, b) => a + b, 0) + inLastStage) * DAY_MS;
    const times = path.map(
      (_, i) => new Date(startedAt + spans.slice(0, i).reduce((a, b) => a + b, 0) * DAY_MS),
    );
    const last = times[times.length - 1] as Date;
    const registeredAt = times[path.indexOf('COMPANY_REGISTERED')];
    await manager.insert(EngagementEntity, {
      id: idOf(index),
      kind: spec.kind,
      stage: spec.stage,
      projectId: project.id,
      startupOrganizationId: project.organization_id,
      partnerOrganizationId: partner.organizationId,
      introductionId: null,
      origin: 'MANUAL',
      stageEnteredAt: last,
      version: path.length,
      createdAt: times[0],
      updatedAt: last,
      ...(registeredAt
        ? {
            registeredCompanyName: `${project.title.en ?? 'Bridge'} (Suzhou) Co., Ltd.`,
            registrationNumber: `91320594MA${(100_000_000 + index * 7_919_113).toString(36).toUpperCase().padStart(8, '0').slice(0, 8)}`,
            registeredOn: registeredAt.toISOString().slice(0, 10),
          }
        : {}),
    });
    await manager.insert(
      EngagementEventEntity,
      path.map((stage, i) => {
        const byPartner = i % 2 === 0;
        return {
          engagementId: idOf(index),
          fromStage: i === 0 ? null : (path[i - 1] as EngagementStage),
          toStage: stage,
          note: i === 0 ? null : (NOTES[stage] ?? null),
          actorUserId: byPartner ? partner.userId : project.user_id,
          actorOrganizationId: byPartner ? partner.organizationId : project.organization_id,
          createdAt: times[i],
        };
      }),
    );
  }
  for (const milestone of DEMO_MILESTONES) {
    if (milestone.engagement >= DEMO_ENGAGEMENTS.length) continue;
    const due = new Date(now + milestone.dueInDays * DAY_MS);
    await manager.insert(MilestoneEntity, {
      engagementId: idOf(milestone.engagement),
      title: milestone.title,
      dueOn: due.toISOString().slice(0, 10),
      doneAt: milestone.done ? new Date(due.getTime() - DAY_MS) : null,
      createdAt: new Date(now - 30 * DAY_MS),
    });
  }
}

/** How many demo engagements the seed writes (for its test). */
export const DEMO_ENGAGEMENT_COUNT = DEMO_ENGAGEMENTS.length;
