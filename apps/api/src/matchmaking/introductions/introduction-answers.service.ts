import { ENGAGEMENT_KIND_OF_PURPOSE, ERROR_KEYS } from '@bridge/contracts';
import type { DeclineReason, IntroductionStatus } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AppException } from '../../common/errors/app.exception';
import { actor } from '../../competitions/competitions.service';
import { startEngagement } from '../../engagements/engagement-start';
import type { Viewer } from '../../identity/viewer';
import { NotificationsService } from '../../notifications/notifications.service';
import { ConversationEntity } from '../entities/conversation.entity';
import { IntroductionEntity } from '../entities/introduction.entity';
import { AddIntroductionNoteInput, DeclineIntroductionInput } from './dtos/introduction.inputs';
import { IntroductionInputCleaner } from './introduction-input';
import { IntroductionNoteEntity, IntroductionSide } from './introduction-note.entity';
import { namesOf, noticeTo } from './introduction-notices';
import { IntroductionsService, SeenIntroduction } from './introductions.service';

/**
 * Answers to a request: the start-up accepts or declines (or asks for more information), the
 * requester withdraws (or answers). Each move is one conditional UPDATE on
 * `status = 'PENDING' AND expires_at > now()` inside a transaction with its audit rows and
 * notifications: of N racing moves exactly one changes the row, the others get CONFLICT and leave
 * nothing behind. An overdue request is not answerable.
 */
@Injectable()
export class IntroductionAnswers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly introductions: IntroductionsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** PENDING → ACCEPTED: opens the conversation, starts the engagement, reveals contacts. */
  async accept(viewer: Viewer, id: string): Promise<SeenIntroduction> {
    const seen = await this.ownSide(viewer, id, 'STARTUP');
    return this.dataSource.transaction(async (manager) => {
      const introduction = await this.move(manager, viewer, seen.introduction, 'ACCEPTED');
      await onAccepted(manager, this.audit, introduction, {
        userId: viewer.user.id,
        organizationId: introduction.startupOrganizationId,
      });
      const names = await namesOf(manager, introduction);
      await noticeTo(
        this.notifications,
        manager,
        introduction.requesterOrganizationId,
        'accepted',
        introduction,
        {
          project: names.project,
          organization: names.startup,
        },
      );
      return { introduction, side: seen.side };
    });
  }

  async decline(viewer: Viewer, input: DeclineIntroductionInput): Promise<SeenIntroduction> {
    const clean = new IntroductionInputCleaner();
    const declineNote = clean.declineNote(input.note);
    clean.assertValid();
    const seen = await this.ownSide(viewer, input.id, 'STARTUP');
    const declineReason: DeclineReason | null = input.reason ?? null;
    return this.dataSource.transaction(async (manager) => {
      const introduction = await this.move(manager, viewer, seen.introduction, 'DECLINED', {
        declineReason,
        declineNote,
      });
      const names = await namesOf(manager, introduction);
      await noticeTo(
        this.notifications,
        manager,
        introduction.requesterOrganizationId,
        'declined',
        introduction,
        {
          project: names.project,
          organization: names.startup,
        },
      );
      return { introduction, side: seen.side };
    });
  }

  async withdraw(viewer: Viewer, id: string): Promise<SeenIntroduction> {
    const seen = await this.ownSide(viewer, id, 'REQUESTER');
    return this.dataSource.transaction(async (manager) => {
      const introduction = await this.move(manager, viewer, seen.introduction, 'WITHDRAWN');
      const names = await namesOf(manager, introduction);
      await noticeTo(
        this.notifications,
        manager,
        introduction.startupOrganizationId,
        'withdrawn',
        introduction,
        {
          project: names.project,
          organization: names.requester,
        },
      );
      return { introduction, side: seen.side };
    });
  }

  /** Either side adds to the "more information" thread while the request is open. */
  async addNote(viewer: Viewer, input: AddIntroductionNoteInput): Promise<SeenIntroduction> {
    const clean = new IntroductionInputCleaner();
    const body = clean.note(input.body);
    clean.assertValid();
    const { introduction, side } = await this.introductions.get(viewer, input.id);
    return this.dataSource.transaction(async (manager) => {
      // Takes the row lock while it is still open: a note never lands after an answer.
      const result = await manager
        .createQueryBuilder()
        .update(IntroductionEntity)
        .set({ updatedAt: () => 'now()' })
        .where("id = :id AND status = 'PENDING' AND expires_at > now()", { id: introduction.id })
        .execute();
      if (!result.affected) throw AppException.conflict(ERROR_KEYS.introductionNotPending);
      await manager.insert(IntroductionNoteEntity, {
        introductionId: introduction.id,
        side,
        authorUserId: viewer.user.id,
        body,
      });
      const names = await namesOf(manager, introduction);
      const startup = side === 'STARTUP';
      await noticeTo(
        this.notifications,
        manager,
        startup ? introduction.requesterOrganizationId : introduction.startupOrganizationId,
        'note',
        introduction,
        { project: names.project, organization: startup ? names.startup : names.requester },
      );
      const fresh = await manager.findOneOrFail(IntroductionEntity, { where: { id: introduction.id } });
      return { introduction: fresh, side };
    });
  }

  /** The introduction, if the viewer is on `side` (NOT_FOUND to outsiders, FORBIDDEN to the other side). */
  private async ownSide(viewer: Viewer, id: string, side: IntroductionSide): Promise<SeenIntroduction> {
    const seen = await this.introductions.get(viewer, id);
    if (seen.side !== side) throw AppException.forbidden(ERROR_KEYS.introductionWrongSide);
    return seen;
  }

  /** The conditional move out of PENDING, audited; CONFLICT when another move (or expiry) came first. */
  private async move(
    manager: EntityManager,
    viewer: Viewer,
    introduction: IntroductionEntity,
    status: Exclude<IntroductionStatus, 'PENDING' | 'EXPIRED'>,
    extra: Partial<Pick<IntroductionEntity, 'declineReason' | 'declineNote'>> = {},
  ): Promise<IntroductionEntity> {
    const result = await manager
      .createQueryBuilder()
      .update(IntroductionEntity)
      .set({ status, answeredAt: () => 'now()', answeredById: viewer.user.id, ...extra })
      .where("id = :id AND status = 'PENDING' AND expires_at > now()", { id: introduction.id })
      .execute();
    if (!result.affected) throw AppException.conflict(ERROR_KEYS.introductionNotPending);
    await this.audit.record(manager, actor(viewer), {
      action: `introduction.${status.toLowerCase()}`,
      entityType: 'introduction',
      entityId: introduction.id,
      before: { status: 'PENDING' },
      after: {
        status,
        ...extra,
        startupOrganizationId: introduction.startupOrganizationId,
        requesterOrganizationId: introduction.requesterOrganizationId,
      },
    });
    return manager.findOneOrFail(IntroductionEntity, { where: { id: introduction.id } });
  }
}

/**
 * What an acceptance brings, inside its transaction: the conversation (one per introduction), the
 * engagement of the purpose's kind at its first stage, and the audited reveal of both sides'
 * contacts. Shared with the demo seed.
 */
export async function onAccepted(
  manager: EntityManager,
  audit: AuditService,
  introduction: IntroductionEntity,
  by: { userId: string | null; organizationId: string | null },
  at?: Date,
): Promise<{ conversation: ConversationEntity; engagementId: string }> {
  const conversation = await manager.save(
    manager.create(ConversationEntity, {
      introductionId: introduction.id,
      projectId: introduction.projectId,
      startupOrganizationId: introduction.startupOrganizationId,
      partnerOrganizationId: introduction.requesterOrganizationId,
      ...(at ? { lastMessageAt: at, createdAt: at } : {}),
    }),
  );
  const engagement = await startEngagement(manager, {
    kind: ENGAGEMENT_KIND_OF_PURPOSE[introduction.purpose],
    projectId: introduction.projectId,
    startupOrganizationId: introduction.startupOrganizationId,
    partnerOrganizationId: introduction.requesterOrganizationId,
    origin: 'INTRODUCTION',
    introductionId: introduction.id,
    actorUserId: by.userId,
    actorOrganizationId: by.organizationId,
    at,
  });
  await audit.record(manager, by, {
    action: 'contacts.revealed',
    entityType: 'introduction',
    entityId: introduction.id,
    after: {
      projectId: introduction.projectId,
      startupOrganizationId: introduction.startupOrganizationId,
      requesterOrganizationId: introduction.requesterOrganizationId,
    },
  });
  return { conversation, engagementId: engagement.id };
}
