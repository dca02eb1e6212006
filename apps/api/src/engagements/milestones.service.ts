import { ENGAGEMENT_LIMITS, VALIDATION_KEYS } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { actor } from '../competitions/competitions.service';
import type { Viewer } from '../identity/viewer';
import { AddMilestoneInput, UpdateMilestoneInput } from './dtos/engagement.inputs';
import { EngagementInputCleaner } from './engagement-input';
import { EngagementsService } from './engagements.service';
import { MilestoneEntity } from './entities/milestone.entity';

/**
 * Milestones of an engagement: either party adds, edits, completes and removes them (organizers
 * never see them). Each change is audited. A new due date re-arms the reminder.
 */
@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engagements: EngagementsService,
    private readonly audit: AuditService,
  ) {}

  async add(viewer: Viewer, input: AddMilestoneInput): Promise<MilestoneEntity> {
    const clean = new EngagementInputCleaner();
    const title = clean.text('title', input.title, ENGAGEMENT_LIMITS.milestoneTitleMaxLength);
    const dueOn = clean.date('dueOn', input.dueOn);
    clean.assertValid();
    const { engagement } = await this.engagements.asParty(viewer, input.engagementId);
    return this.dataSource.transaction(async (manager) => {
      // Locks the engagement: the count below holds against a racing add.
      await manager.query('SELECT id FROM engagements WHERE id = $1 FOR UPDATE', [engagement.id]);
      const count = await manager.count(MilestoneEntity, { where: { engagementId: engagement.id } });
      if (count >= ENGAGEMENT_LIMITS.milestonesPerEngagement)
        throw AppException.invalid([
          {
            field: 'engagementId',
            key: VALIDATION_KEYS.maxItems,
            params: { max: ENGAGEMENT_LIMITS.milestonesPerEngagement },
          },
        ]);
      const milestone = await manager.save(
        manager.create(MilestoneEntity, {
          engagementId: engagement.id,
          title,
          dueOn,
          createdById: viewer.user.id,
        }),
      );
      await this.audit.record(manager, actor(viewer), {
        action: 'engagement.milestone.added',
        entityType: 'engagement',
        entityId: engagement.id,
        after: { milestoneId: milestone.id, title, dueOn },
      });
      return milestone;
    });
  }

  async update(viewer: Viewer, input: UpdateMilestoneInput): Promise<MilestoneEntity> {
    const clean = new EngagementInputCleaner();
    const title =
      input.title != null
        ? clean.text('title', input.title, ENGAGEMENT_LIMITS.milestoneTitleMaxLength)
        : undefined;
    const dueOn = input.dueOn != null ? clean.date('dueOn', input.dueOn) : undefined;
    clean.assertValid();
    const milestone = await this.own(viewer, input.id);
    return this.dataSource.transaction(async (manager) => {
      const changes: Partial<MilestoneEntity> = {};
      if (title !== undefined) changes.title = title;
      if (dueOn !== undefined && dueOn !== milestone.dueOn) {
        changes.dueOn = dueOn;
        changes.remindedAt = null;
      }
      if (input.done != null && input.done !== (milestone.doneAt !== null))
        changes.doneAt = input.done ? new Date() : null;
      if (Object.keys(changes).length) {
        await manager.update(MilestoneEntity, { id: milestone.id }, changes);
        await this.audit.record(manager, actor(viewer), {
          action: 'engagement.milestone.updated',
          entityType: 'engagement',
          entityId: milestone.engagementId,
          before: {
            milestoneId: milestone.id,
            title: milestone.title,
            dueOn: milestone.dueOn,
            done: milestone.doneAt !== null,
          },
          after: {
            milestoneId: milestone.id,
            ...changes,
            ...(changes.doneAt !== undefined ? { done: !!changes.doneAt } : {}),
          },
        });
      }
      return manager.findOneOrFail(MilestoneEntity, { where: { id: milestone.id } });
    });
  }

  async remove(viewer: Viewer, id: string): Promise<string> {
    const milestone = await this.own(viewer, id);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(MilestoneEntity, { id: milestone.id });
      if (!result.affected) throw AppException.notFound('milestone');
      await this.audit.record(manager, actor(viewer), {
        action: 'engagement.milestone.removed',
        entityType: 'engagement',
        entityId: milestone.engagementId,
        before: { milestoneId: milestone.id, title: milestone.title, dueOn: milestone.dueOn },
      });
    });
    return milestone.id;
  }

  /** A milestone of an engagement the viewer is a party to; NOT_FOUND otherwise. */
  private async own(viewer: Viewer, id: string): Promise<MilestoneEntity> {
    const milestone = isUUID(id)
      ? await this.dataSource.getRepository(MilestoneEntity).findOne({ where: { id } })
      : null;
    if (!milestone) throw AppException.notFound('milestone');
    try {
      await this.engagements.asParty(viewer, milestone.engagementId);
    } catch (error) {
      if (error instanceof AppException && error.code === 'NOT_FOUND')
        throw AppException.notFound('milestone');
      throw error;
    }
    return milestone;
  }
}
