import { ERROR_KEYS } from '@bridge/contracts';
import type { IntroductionStatus } from '@bridge/contracts';
import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AppException } from '../../common/errors/app.exception';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { Connection, PageArgs, decodeCursor, toConnection } from '../../common/pagination/connection';
import { actor } from '../../competitions/competitions.service';
import { CompetitionEntity } from '../../competitions/entities/competition.entity';
import { AppConfig } from '../../config/app-config';
import type { Viewer } from '../../identity/viewer';
import { membershipIn } from '../../identity/viewer';
import { NotificationsService } from '../../notifications/notifications.service';
import { ProjectEntity } from '../../projects/entities/project.entity';
import { projectAccess } from '../../projects/project-access';
import { IntroductionEntity } from '../entities/introduction.entity';
import { RequestIntroductionInput } from './dtos/introduction.inputs';
import { IntroductionExpiry } from './introduction-expiry';
import { IntroductionInputCleaner } from './introduction-input';
import type { IntroductionSide } from './introduction-note.entity';
import { namesOf, noticeTo } from './introduction-notices';
import { DEFAULT_INTRODUCTION_SETTINGS, introductionSettings } from './introduction-settings';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An introduction and the side the viewer is on. */
export interface SeenIntroduction {
  introduction: IntroductionEntity;
  side: IntroductionSide;
}

/** The side the viewer is on, or null when they belong to neither organisation. */
export function sideOf(viewer: Viewer, introduction: IntroductionEntity): IntroductionSide | null {
  if (membershipIn(viewer, introduction.startupOrganizationId)) return 'STARTUP';
  if (membershipIn(viewer, introduction.requesterOrganizationId)) return 'REQUESTER';
  return null;
}

/**
 * Introduction requests: asking (verified investors, parks and R&D partners, for a project they may
 * see at MARKET level) and reading (the two parties only; anyone else, organizers included, gets
 * NOT_FOUND). Answers are in IntroductionAnswers.
 */
@Injectable()
export class IntroductionsService {
  private readonly expiryDays: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly expiry: IntroductionExpiry,
    @Optional() config?: AppConfig,
  ) {
    this.expiryDays = (config ? introductionSettings(config.env) : DEFAULT_INTRODUCTION_SETTINGS).expiryDays;
  }

  /** One introduction of the viewer's organisations; NOT_FOUND for anyone else. */
  async get(viewer: Viewer, id: string): Promise<SeenIntroduction> {
    const introduction = isUUID(id)
      ? await this.dataSource.getRepository(IntroductionEntity).findOne({ where: { id } })
      : null;
    const side = introduction ? sideOf(viewer, introduction) : null;
    if (!introduction || !side) throw AppException.notFound('introduction');
    return { introduction, side };
  }

  /** Requests to (`STARTUP`) or from (`REQUESTER`) the active organisation, newest first. */
  async list(
    viewer: Viewer,
    side: IntroductionSide,
    status: IntroductionStatus | null | undefined,
    page: PageArgs,
  ): Promise<Connection<IntroductionEntity>> {
    const organizationId = viewer.active?.organizationId;
    if (!organizationId)
      return { edges: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 };
    const column = side === 'STARTUP' ? 'i.startup_organization_id' : 'i.requester_organization_id';
    const query = this.dataSource
      .getRepository(IntroductionEntity)
      .createQueryBuilder('i')
      .where(`${column} = :organizationId`, { organizationId });
    if (status) withStatus(query, status);
    const totalCount = await query.clone().getCount();
    const cursor = decodeCursor(page.after);
    if (cursor) {
      query.andWhere(
        new Brackets((q) =>
          q
            .where('i.created_at < :createdAt', { createdAt: cursor.createdAt })
            .orWhere('(i.created_at = :createdAt AND i.id < :id)', cursor),
        ),
      );
    }
    const rows = await query
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, totalCount, (row) => row);
  }

  /** The active organisation's requests about a project (either side), newest first. */
  async forProject(viewer: Viewer, projectId: string): Promise<IntroductionEntity[]> {
    return this.forProjects(viewer, [projectId]);
  }

  /** The same for several projects at once (a page of search results), in one query. */
  async forProjects(viewer: Viewer, projectIds: readonly string[]): Promise<IntroductionEntity[]> {
    const organizationId = viewer.active?.organizationId;
    const ids = [...new Set(projectIds.filter((id) => isUUID(id)))];
    if (!organizationId || !ids.length) return [];
    return this.dataSource
      .getRepository(IntroductionEntity)
      .createQueryBuilder('i')
      .where('i.project_id IN (:...ids)', { ids })
      .andWhere('(i.requester_organization_id = :org OR i.startup_organization_id = :org)', {
        org: organizationId,
      })
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .getMany();
  }

  /** A verified market organisation asks to meet a project it may see at MARKET level. */
  async request(viewer: Viewer, input: RequestIntroductionInput): Promise<IntroductionEntity> {
    const requesterOrganizationId = viewer.active?.organizationId;
    if (!requesterOrganizationId || !viewer.capabilities.has('MARKET'))
      throw AppException.forbidden(ERROR_KEYS.marketKindRequired);
    const clean = new IntroductionInputCleaner();
    const message = clean.message(input.message);
    const proposedSlots = clean.slots(input.proposedSlots);
    clean.assertValid();
    const project = await this.dataSource
      .getRepository(ProjectEntity)
      .findOne({ where: { id: input.projectId } });
    const competition = project
      ? await this.dataSource
          .getRepository(CompetitionEntity)
          .findOne({ where: { id: project.competitionId } })
      : null;
    // Only what the organisation may see as the market (not as a judge): anything else is not found.
    if (!project || !competition || projectAccess(viewer, project, competition, false) !== 'MARKET') {
      throw AppException.notFound('project');
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        // An overdue request of the same key expires now (with its notice) and makes room.
        await this.expiry.expire(manager, {
          requesterOrganizationId,
          projectId: project.id,
          purpose: input.purpose,
        });
        const introduction = await manager.save(
          manager.create(IntroductionEntity, {
            requesterOrganizationId,
            requesterUserId: viewer.user.id,
            projectId: project.id,
            startupOrganizationId: project.organizationId,
            purpose: input.purpose,
            message,
            proposedSlots,
            status: 'PENDING',
            expiresAt: new Date(Date.now() + this.expiryDays * DAY_MS),
          }),
        );
        await this.audit.record(manager, actor(viewer), {
          action: 'introduction.requested',
          entityType: 'introduction',
          entityId: introduction.id,
          after: { projectId: project.id, purpose: input.purpose, status: 'PENDING' },
        });
        const names = await namesOf(manager, introduction);
        await noticeTo(this.notifications, manager, project.organizationId, 'requested', introduction, {
          project: names.project,
          organization: names.requester,
        });
        return manager.findOneOrFail(IntroductionEntity, { where: { id: introduction.id } });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_introductions_open')) {
        throw AppException.conflict(ERROR_KEYS.introductionOpen, { purpose: input.purpose });
      }
      throw error;
    }
  }
}

/** A status filter; an overdue PENDING request counts as EXPIRED (the job may not have run yet). */
function withStatus(query: SelectQueryBuilder<IntroductionEntity>, status: IntroductionStatus) {
  if (status === 'PENDING') query.andWhere("i.status = 'PENDING' AND i.expires_at > now()");
  else if (status === 'EXPIRED')
    query.andWhere("(i.status = 'EXPIRED' OR (i.status = 'PENDING' AND i.expires_at <= now()))");
  else query.andWhere('i.status = :status', { status });
}
