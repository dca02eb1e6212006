import { ERROR_KEYS } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AppException } from '../../common/errors/app.exception';
import { actor } from '../../competitions/competitions.service';
import type { Viewer } from '../../identity/viewer';
import { NotificationMessage, NotificationsService } from '../../notifications/notifications.service';
import { ConversationAccess, ConversationView, otherSide } from '../conversations/conversation-access';
import { conversationLink } from '../conversations/conversations.service';
import { nameOf } from '../conversations/messages.service';
import { ProposeMeetingInput, PickMeetingSlotInput } from './dtos/meeting.inputs';
import { MeetingEntity } from './entities/meeting.entity';
import { cleanProposal, offeredSlot } from './meeting-input';

export interface MeetingInContext {
  meeting: MeetingEntity;
  conversation: ConversationView;
  side: string;
}

/**
 * Meeting proposals of a conversation. Either side proposes; only the other side picks, and a
 * meeting is confirmed once (conditional update on PROPOSED); either side cancels.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The meeting, its conversation and the viewer's side; NOT_FOUND for anyone but the two parties. */
  async get(viewer: Viewer, id: string): Promise<MeetingInContext> {
    const meeting = isUUID(id) ? await this.dataSource.getRepository(MeetingEntity).findOneBy({ id }) : null;
    if (!meeting) throw AppException.notFound('meeting');
    const { conversation, side } = await this.access.get(viewer, meeting.conversationId).catch(() => {
      throw AppException.notFound('meeting');
    });
    return { meeting, conversation, side };
  }

  /** Meetings per conversation, oldest first. */
  async ofConversations(ids: readonly string[]): Promise<MeetingEntity[]> {
    return this.dataSource.getRepository(MeetingEntity).find({
      where: { conversationId: In([...ids]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async propose(viewer: Viewer, input: ProposeMeetingInput): Promise<MeetingEntity> {
    const { slots, note } = cleanProposal(input, new Date());
    const { conversation, side } = await this.access.get(viewer, input.conversationId);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await manager.save(
        manager.create(MeetingEntity, {
          conversationId: conversation.id,
          proposedByUserId: viewer.user.id,
          proposedByOrganizationId: side,
          status: 'PROPOSED',
          slots,
          note,
        }),
      );
      await this.audit.record(manager, actor(viewer), {
        action: 'meeting.proposed',
        entityType: 'meeting',
        entityId: meeting.id,
        after: { conversationId: conversation.id, status: 'PROPOSED', slots },
      });
      await this.notify(manager, [otherSide(conversation, side)], {
        kind: 'meeting.proposed',
        key: 'notifications.meeting.proposed',
        params: {
          organization: nameOf(viewer.active?.organization.name),
          project: nameOf(conversation.projectTitle),
        },
        link: conversationLink(conversation.id),
      });
      return meeting;
    });
  }

  /**
   * The other side picks one of the offered times. Of two racing picks exactly one wins (the update
   * is conditional on PROPOSED); the other gets CONFLICT.
   */
  async pick(viewer: Viewer, input: PickMeetingSlotInput): Promise<MeetingEntity> {
    const { meeting, conversation, side } = await this.get(viewer, input.meetingId);
    if (meeting.proposedByOrganizationId === side)
      throw AppException.forbidden(ERROR_KEYS.meetingOwnProposal);
    if (meeting.status !== 'PROPOSED') throw AppException.conflict(ERROR_KEYS.meetingNotOpen);
    const slot = offeredSlot(meeting.slots, input.startsAt);
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(MeetingEntity)
        .set({
          status: 'CONFIRMED',
          chosenStartsAt: new Date(slot.startsAt),
          chosenMinutes: slot.minutes,
          decidedById: viewer.user.id,
          decidedAt: () => 'now()',
        })
        .where('id = :id AND status = :status', { id: meeting.id, status: 'PROPOSED' })
        .execute();
      if (!result.affected) throw AppException.conflict(ERROR_KEYS.meetingNotOpen);
      await this.audit.record(manager, actor(viewer), {
        action: 'meeting.confirmed',
        entityType: 'meeting',
        entityId: meeting.id,
        before: { status: 'PROPOSED' },
        after: { status: 'CONFIRMED', startsAt: slot.startsAt, minutes: slot.minutes },
      });
      await this.notify(manager, [conversation.startupOrganizationId, conversation.partnerOrganizationId], {
        kind: 'meeting.confirmed',
        key: 'notifications.meeting.confirmed',
        params: {
          project: nameOf(conversation.projectTitle),
          startsAt: slot.startsAt,
          minutes: slot.minutes,
        },
        link: conversationLink(conversation.id),
      });
      return manager.findOneByOrFail(MeetingEntity, { id: meeting.id });
    });
  }

  /** Either side cancels a proposed or confirmed meeting; the other side is told. */
  async cancel(viewer: Viewer, id: string): Promise<MeetingEntity> {
    const { meeting, conversation, side } = await this.get(viewer, id);
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(MeetingEntity)
        .set({ status: 'CANCELLED', decidedById: viewer.user.id, decidedAt: () => 'now()' })
        .where('id = :id AND status IN (:...open)', { id: meeting.id, open: ['PROPOSED', 'CONFIRMED'] })
        .execute();
      if (!result.affected) throw AppException.conflict(ERROR_KEYS.meetingNotOpen);
      await this.audit.record(manager, actor(viewer), {
        action: 'meeting.cancelled',
        entityType: 'meeting',
        entityId: meeting.id,
        before: { status: meeting.status },
        after: { status: 'CANCELLED' },
      });
      await this.notify(manager, [otherSide(conversation, side)], {
        kind: 'meeting.cancelled',
        key: 'notifications.meeting.cancelled',
        params: {
          organization: nameOf(viewer.active?.organization.name),
          project: nameOf(conversation.projectTitle),
        },
        link: conversationLink(conversation.id),
      });
      return manager.findOneByOrFail(MeetingEntity, { id: meeting.id });
    });
  }

  private async notify(manager: EntityManager, organizationIds: string[], message: NotificationMessage) {
    const members = await this.notifications.membersOf(manager, organizationIds);
    await this.notifications.notify(
      manager,
      organizationIds.flatMap((id) => members.get(id) ?? []),
      message,
    );
  }
}
