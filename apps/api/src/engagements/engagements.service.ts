import {
  ENGAGEMENT_PARTNER_KINDS,
  ENGAGEMENT_STAGES,
  ERROR_KEYS,
  MARKET_KINDS,
  VALIDATION_KEYS,
} from '@bridge/contracts';
import type { EngagementKind } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Brackets, DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { Connection, PageArgs, decodeCursor, toConnection } from '../common/pagination/connection';
import { actor } from '../competitions/competitions.service';
import { CompetitionEntity } from '../competitions/entities/competition.entity';
import { OrganizationEntity } from '../identity/entities/organization.entity';
import type { Viewer } from '../identity/viewer';
import { membershipIn } from '../identity/viewer';
import { NotificationsService } from '../notifications/notifications.service';
import { ProjectEntity } from '../projects/entities/project.entity';
import { projectAccess } from '../projects/project-access';
import type { EngagementSide } from './dtos/engagement.enums';
import { EngagementsArgs, StartEngagementInput } from './dtos/engagement.inputs';
import { EngagementInputCleaner } from './engagement-input';
import { engagementNotice } from './engagement-notices';
import { startEngagement } from './engagement-start';
import { EngagementEntity } from './entities/engagement.entity';

/** Terminal stages of every kind, for SQL: a name is terminal in each kind it occurs in. */
export const TERMINAL_STAGES_SQL = `('CLOSED_WON','CLOSED_LOST','OPERATING','LOST','COMPLETED','CONTRACT')`;

/** An engagement and the side the viewer is on. */
export interface SeenEngagement {
  engagement: EngagementEntity;
  side: EngagementSide;
}

/** Organizers (RUN_COMPETITIONS) read every engagement: stages, dates, the registered company. */
const organizer = (viewer: Viewer) => viewer.capabilities.has('RUN_COMPETITIONS');

/** The side the viewer is on, or null for anyone else. */
export function engagementSideOf(viewer: Viewer, engagement: EngagementEntity): EngagementSide | null {
  if (membershipIn(viewer, engagement.startupOrganizationId)) return 'STARTUP';
  if (membershipIn(viewer, engagement.partnerOrganizationId)) return 'PARTNER';
  if (organizer(viewer)) return 'ORGANIZER';
  return null;
}

/**
 * Engagements (docs/landing.md, "Engagements"): reading (the two parties and organizers; anyone
 * else gets NOT_FOUND) and starting one by hand. Moves are in EngagementMoves, milestones in
 * MilestonesService.
 */
@Injectable()
export class EngagementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** One engagement the viewer may see; NOT_FOUND otherwise. */
  async get(viewer: Viewer, id: string): Promise<SeenEngagement> {
    const engagement = isUUID(id)
      ? await this.dataSource.getRepository(EngagementEntity).findOne({ where: { id } })
      : null;
    const side = engagement ? engagementSideOf(viewer, engagement) : null;
    if (!engagement || !side) throw AppException.notFound('engagement');
    return { engagement, side };
  }

  /** One engagement the viewer is a party to (organizers read only). */
  async asParty(viewer: Viewer, id: string): Promise<SeenEngagement> {
    const seen = await this.get(viewer, id);
    if (seen.side === 'ORGANIZER') throw AppException.forbidden(ERROR_KEYS.engagementOrganizerReadOnly);
    return seen;
  }

  /** The active organisation's engagements (either side), or all of them for organizers; newest first. */
  async list(viewer: Viewer, args: EngagementsArgs & PageArgs): Promise<Connection<EngagementEntity>> {
    const organizationId = viewer.active?.organizationId;
    const empty = { edges: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 };
    if (!organizationId) return empty;
    const query = this.dataSource.getRepository(EngagementEntity).createQueryBuilder('e');
    if (!organizer(viewer)) {
      query.where('(e.startup_organization_id = :org OR e.partner_organization_id = :org)', {
        org: organizationId,
      });
    }
    if (args.kind) query.andWhere('e.kind = :kind', { kind: args.kind });
    if (args.stage) query.andWhere('e.stage = :stage', { stage: args.stage });
    if (args.competitionId)
      query.andWhere('e.project_id IN (SELECT id FROM projects WHERE competition_id = :competitionId)', {
        competitionId: args.competitionId,
      });
    const totalCount = await query.clone().getCount();
    const cursor = decodeCursor(args.after);
    if (cursor) {
      query.andWhere(
        new Brackets((q) =>
          q
            .where('e.created_at < :createdAt', { createdAt: cursor.createdAt })
            .orWhere('(e.created_at = :createdAt AND e.id < :id)', cursor),
        ),
      );
    }
    const rows = await query
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(args.first + 1)
      .getMany();
    return toConnection(rows, args.first, totalCount, (row) => row);
  }

  /**
   * By hand: a start-up member with a verified market organisation of a kind that fits, or a
   * verified market member with a project it may see at MARKET level. One open engagement per
   * (project, partner, kind): CONFLICT otherwise (checked under a transaction-scoped advisory lock
   * on that key, so two racing starts make one engagement).
   */
  async start(viewer: Viewer, input: StartEngagementInput): Promise<SeenEngagement> {
    const activeId = viewer.active?.organizationId;
    const clean = new EngagementInputCleaner();
    const note = clean.note(input.note);
    let projectId: string;
    let startupOrganizationId: string;
    let partner: OrganizationEntity | null;
    let side: EngagementSide;
    if (activeId && viewer.capabilities.has('APPLY')) {
      if (!input.partnerOrganizationId)
        clean.errors.push({ field: 'partnerOrganizationId', key: VALIDATION_KEYS.required });
      clean.assertValid();
      const project = await this.dataSource
        .getRepository(ProjectEntity)
        .findOne({ where: { id: input.projectId } });
      if (!project || project.organizationId !== activeId) throw AppException.notFound('project');
      partner = await this.dataSource
        .getRepository(OrganizationEntity)
        .findOne({ where: { id: input.partnerOrganizationId as string } });
      if (!partner || partner.verificationStatus !== 'VERIFIED' || !MARKET_KINDS.includes(partner.kind))
        throw AppException.notFound('organization');
      projectId = project.id;
      startupOrganizationId = project.organizationId;
      side = 'STARTUP';
    } else if (activeId && viewer.capabilities.has('MARKET')) {
      if (input.partnerOrganizationId && input.partnerOrganizationId !== activeId)
        clean.errors.push({ field: 'partnerOrganizationId', key: VALIDATION_KEYS.invalid });
      clean.assertValid();
      const project = await this.dataSource
        .getRepository(ProjectEntity)
        .findOne({ where: { id: input.projectId } });
      const competition = project
        ? await this.dataSource
            .getRepository(CompetitionEntity)
            .findOne({ where: { id: project.competitionId } })
        : null;
      if (!project || !competition || projectAccess(viewer, project, competition, false) !== 'MARKET')
        throw AppException.notFound('project');
      partner = viewer.active?.organization ?? null;
      projectId = project.id;
      startupOrganizationId = project.organizationId;
      side = 'PARTNER';
    } else {
      throw AppException.forbidden(ERROR_KEYS.forbidden);
    }
    if (!partner) throw AppException.notFound('organization');
    if (!fits(input.kind, partner.kind))
      throw AppException.badInput(ERROR_KEYS.engagementPartnerKind, { kind: input.kind });
    const partnerOrganizationId = partner.id;
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `engagement:${projectId}:${partnerOrganizationId}:${input.kind}`,
      ]);
      const [open]: Array<{ id: string }> = await manager.query(
        `SELECT id FROM engagements WHERE project_id = $1 AND partner_organization_id = $2 AND kind = $3
            AND stage NOT IN ${TERMINAL_STAGES_SQL} LIMIT 1`,
        [projectId, partnerOrganizationId, input.kind],
      );
      if (open) throw AppException.conflict(ERROR_KEYS.engagementOpen, { kind: input.kind });
      const started = await startEngagement(manager, {
        kind: input.kind,
        projectId,
        startupOrganizationId,
        partnerOrganizationId,
        origin: 'MANUAL',
        actorUserId: viewer.user.id,
        actorOrganizationId: activeId,
        note,
      });
      await this.audit.record(manager, actor(viewer), {
        action: 'engagement.started',
        entityType: 'engagement',
        entityId: started.id,
        after: {
          kind: input.kind,
          stage: started.stage,
          projectId,
          startupOrganizationId,
          partnerOrganizationId,
          origin: 'MANUAL',
        },
      });
      const other = side === 'STARTUP' ? partnerOrganizationId : startupOrganizationId;
      await engagementNotice(
        this.notifications,
        manager,
        started,
        [other],
        'notifications.engagement.started',
        activeId,
      );
      return {
        engagement: await manager.findOneOrFail(EngagementEntity, { where: { id: started.id } }),
        side,
      };
    });
  }
}

/** Whether an engagement of `kind` may be started by hand with an organisation of `partnerKind`. */
export function fits(kind: EngagementKind, partnerKind: string): boolean {
  return (ENGAGEMENT_PARTNER_KINDS[kind] as readonly string[]).includes(partnerKind);
}

/** Whether `stage` belongs to the list of `kind`. */
export const stageOf = (kind: EngagementKind, stage: string): boolean =>
  (ENGAGEMENT_STAGES[kind] as readonly string[]).includes(stage);
