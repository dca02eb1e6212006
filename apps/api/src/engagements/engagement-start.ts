import { firstStage } from '@bridge/contracts';
import type { EngagementKind } from '@bridge/contracts';
import { EntityManager } from 'typeorm';
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
