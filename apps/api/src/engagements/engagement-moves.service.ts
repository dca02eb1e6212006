import { COMPANY_REGISTERED_STAGE, ERROR_KEYS, isTerminalStage } from '@bridge/contracts';
import type { EngagementStage } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { actor } from '../competitions/competitions.service';
import type { Viewer } from '../identity/viewer';
import { NotificationsService } from '../notifications/notifications.service';
import { MoveEngagementInput } from './dtos/engagement.inputs';
import { EngagementInputCleaner } from './engagement-input';
import { engagementNotice } from './engagement-notices';
import { EngagementsService, SeenEngagement, stageOf } from './engagements.service';
import { EngagementEventEntity } from './entities/engagement-event.entity';
import { EngagementEntity } from './entities/engagement.entity';

/**
 * Stage moves by either party, forward or back, with a note: to any other stage of the kind's list,
 * never out of a terminal outcome. A move names the stage it saw (and optionally the version) and is
 * one conditional UPDATE on it, inside a transaction with its history row, audit row and the other
 * party's notifications: of two racing moves exactly one applies, the other gets CONFLICT and leaves
 * nothing behind (the portal re-reads and shows the new stage).
 */
@Injectable()
export class EngagementMoves {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engagements: EngagementsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async move(viewer: Viewer, input: MoveEngagementInput): Promise<SeenEngagement> {
    const { engagement, side } = await this.engagements.asParty(viewer, input.id);
    const { kind } = engagement;
    if (!stageOf(kind, input.toStage) || !stageOf(kind, input.expectedStage))
      throw AppException.badInput(ERROR_KEYS.engagementUnknownStage, { kind });
    const from = input.expectedStage as EngagementStage;
    const to = input.toStage as EngagementStage;
    if (
      engagement.stage !== from ||
      (input.expectedVersion != null && engagement.version !== input.expectedVersion)
    )
      throw AppException.conflict(ERROR_KEYS.engagementStale, { stage: engagement.stage });
    if (isTerminalStage(kind, from))
      throw AppException.badInput(ERROR_KEYS.engagementTerminal, { stage: from });
    if (from === to) throw AppException.badInput(ERROR_KEYS.engagementSameStage, { stage: to });
    const clean = new EngagementInputCleaner();
    const note = clean.note(input.note);
    const company =
      kind === 'LANDING' && to === COMPANY_REGISTERED_STAGE ? clean.company(input.registeredCompany) : null;
    clean.assertValid();

    return this.dataSource.transaction(async (manager) => {
      const update = manager
        .createQueryBuilder()
        .update(EngagementEntity)
        .set({
          stage: to,
          stageEnteredAt: () => 'now()',
          ...(company
            ? {
                registeredCompanyName: company.name,
                registrationNumber: company.registrationNumber,
                registeredOn: company.registeredOn,
              }
            : {}),
        })
        .where('id = :id AND stage = :from', { id: engagement.id, from });
      if (input.expectedVersion != null)
        update.andWhere('version = :version', { version: input.expectedVersion });
      const result = await update.execute();
      if (!result.affected) {
        const current = await manager.findOne(EngagementEntity, { where: { id: engagement.id } });
        throw AppException.conflict(ERROR_KEYS.engagementStale, { stage: current?.stage ?? from });
      }
      await manager.insert(EngagementEventEntity, {
        engagementId: engagement.id,
        fromStage: from,
        toStage: to,
        note,
        actorUserId: viewer.user.id,
        actorOrganizationId:
          side === 'STARTUP' ? engagement.startupOrganizationId : engagement.partnerOrganizationId,
      });
      await this.audit.record(manager, actor(viewer), {
        action: 'engagement.moved',
        entityType: 'engagement',
        entityId: engagement.id,
        before: { stage: from, version: engagement.version },
        after: { stage: to, ...(company ? { registeredCompany: company } : {}) },
      });
      const acting = side === 'STARTUP' ? engagement.startupOrganizationId : engagement.partnerOrganizationId;
      const other = side === 'STARTUP' ? engagement.partnerOrganizationId : engagement.startupOrganizationId;
      await engagementNotice(
        this.notifications,
        manager,
        engagement,
        [other],
        'notifications.engagement.moved',
        acting,
        {
          stage: to,
          fromStage: from,
        },
      );
      return {
        engagement: await manager.findOneOrFail(EngagementEntity, { where: { id: engagement.id } }),
        side,
      };
    });
  }
}
