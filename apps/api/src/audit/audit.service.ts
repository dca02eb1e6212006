import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditActor {
  userId: string | null;
  organizationId?: string | null;
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Writes audit rows inside the caller's transaction, so a state change and its audit row land together. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: AuditActor, record: AuditRecord): Promise<void> {
    const event = manager.create(AuditEventEntity, {
      actorUserId: actor.userId,
      actorOrganizationId: actor.organizationId ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
    });
    event.before = record.before ?? null;
    event.after = record.after ?? null;
    await manager.save(event, { reload: false });
  }
}
