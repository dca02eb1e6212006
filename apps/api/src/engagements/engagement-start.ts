import { ENGAGEMENT_TERMINAL_STAGES, firstStage } from '@bridge/contracts';
import type { EngagementKind } from '@bridge/contracts';
import { EntityManager, In, Not } from 'typeorm';
import { EngagementEventEntity } from './entities/engagement-event.entity';
import { EngagementEntity } from './entities/engagement.entity';

export interface EngagementStart {
  kind: EngagementKind;
  projectId: string;
  startupOrganizationId: string;
  partnerOrganizationId: string;
  origin: EngagementEntity['origin'];
  introductionId?: string | null;
  /** Who started it (null for the system or the seed). */
  actorUserId: string | null;
  actorOrganizationId: string | null;
  note?: string | null;
  /** When it started (the seed back-dates; default now). */
  at?: Date;
}

/**
 * Starts an engagement at the first stage of its kind, with its first history row (from nothing to
 * that stage), inside the caller's transaction: it exists exactly when what started it does.
 */
export async function startEngagement(
  manager: EntityManager,
  start: EngagementStart,
): Promise<EngagementEntity> {
  const stage = firstStage(start.kind);
  const at = start.at ?? new Date();
  const engagement = await manager.save(
    manager.create(EngagementEntity, {
      kind: start.kind,
      stage,
      projectId: start.projectId,
      startupOrganizationId: start.startupOrganizationId,
      partnerOrganizationId: start.partnerOrganizationId,
      introductionId: start.introductionId ?? null,
      origin: start.origin,
      stageEnteredAt: at,
      createdAt: at,
    }),
  );
  await manager.insert(EngagementEventEntity, {
    engagementId: engagement.id,
    fromStage: null,
    toStage: stage,
    note: start.note ?? null,
    actorUserId: start.actorUserId,
    actorOrganizationId: start.actorOrganizationId,
    createdAt: at,
  });
  return engagement;
}

/**
 * The open (not yet at a final stage) engagement of this kind between the project and the partner,
 * locked for the caller's transaction; null when there is none.
 */
export function openEngagement(
  manager: EntityManager,
  of: Pick<EngagementStart, 'kind' | 'projectId' | 'partnerOrganizationId'>,
): Promise<EngagementEntity | null> {
  return manager.findOne(EngagementEntity, {
    where: {
      kind: of.kind,
      projectId: of.projectId,
      partnerOrganizationId: of.partnerOrganizationId,
      stage: Not(In([...ENGAGEMENT_TERMINAL_STAGES[of.kind]])),
    },
    order: { createdAt: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
}

/**
 * For a second path to the same relationship (a park invites a project it already talks to after an
 * introduction): continues the open engagement of the kind between the two, else starts one.
 */
export async function continueOrStartEngagement(
  manager: EntityManager,
  start: EngagementStart,
): Promise<EngagementEntity> {
  return (await openEngagement(manager, start)) ?? startEngagement(manager, start);
}
