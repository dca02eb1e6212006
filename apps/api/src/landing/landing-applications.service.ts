import { ERROR_KEYS, LANDING_LIMITS } from '@bridge/contracts';
import type { LandingApplicationStatus } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { isUniqueViolation } from '../common/errors/database-errors';
import { Connection, PageArgs } from '../common/pagination/connection';
import { actor } from '../competitions/competitions.service';
import type { Viewer } from '../identity/viewer';
import { membershipIn } from '../identity/viewer';
import { NotificationsService } from '../notifications/notifications.service';
import { acceptsApplications } from './dtos/landing-offer.dto';
import { ApplyToLandingOfferInput, InviteToLandingOfferInput } from './dtos/landing-application.inputs';
import { eligibilityOf } from './eligibility';
import { LandingApplicationEntity } from './entities/landing-application.entity';
import { LandingOfferEntity } from './entities/landing-offer.entity';
import { canApply, landingProjects, ownsOffer, parkOf } from './landing-access';
import { applicationNotice } from './landing-notices';
import { LandingOffersService } from './landing-offers.service';
import { keysetPage } from './landing-page';
import { cleanText } from './offer-input';

/** An application and whether the viewer is on its start-up side. */
export interface SeenApplication {
  application: LandingApplicationEntity;
  startupSide: boolean;
}

/** The start-up side (a member of the project's organisation) or the park side, else null. */
export function sideOf(viewer: Viewer, application: LandingApplicationEntity): 'STARTUP' | 'PARK' | null {
  if (membershipIn(viewer, application.startupOrganizationId)) return 'STARTUP';
  if (viewer.active?.organizationId === application.parkOrganizationId) return 'PARK';
  return null;
}

/**
 * Applications to landing offers: a start-up applies with a message (one application per offer and
 * project), a park invites a project it may see and that qualifies. Reading: the start-up its own,
 * the park those to its offers; NOT_FOUND to anyone else. Moves are in LandingApplicationMoves.
 */
@Injectable()
export class LandingApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offers: LandingOffersService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async get(viewer: Viewer, id: string): Promise<SeenApplication> {
    const application = isUUID(id)
      ? await this.dataSource.getRepository(LandingApplicationEntity).findOne({ where: { id } })
      : null;
    const side = application ? sideOf(viewer, application) : null;
    if (!application || !side) throw AppException.notFound('landingApplication');
    return { application, startupSide: side === 'STARTUP' };
  }

  /** Applications to the viewer's park's offers (one offer, or all), newest first. */
  async forPark(
    viewer: Viewer,
    offerId: string | null | undefined,
    status: LandingApplicationStatus | null | undefined,
    page: PageArgs,
  ): Promise<Connection<LandingApplicationEntity>> {
    const park = parkOf(viewer);
    if (offerId) {
      const offer = await this.offers.get(viewer, offerId);
      if (!ownsOffer(viewer, offer)) throw AppException.forbidden();
    }
    const query = this.dataSource
      .getRepository(LandingApplicationEntity)
      .createQueryBuilder('a')
      .where('a.park_organization_id = :park', { park });
    if (offerId) query.andWhere('a.offer_id = :offerId', { offerId });
    if (status) query.andWhere('a.status = :status', { status });
    return keysetPage(query, page);
  }

  /** The applications of the viewer's active (start-up) organisation, newest first. */
  async mine(
    viewer: Viewer,
    status: LandingApplicationStatus | null | undefined,
    page: PageArgs,
  ): Promise<Connection<LandingApplicationEntity>> {
    const organizationId = viewer.active?.organizationId;
    if (!organizationId)
      return { edges: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 };
    const query = this.dataSource
      .getRepository(LandingApplicationEntity)
      .createQueryBuilder('a')
      .where('a.startup_organization_id = :organizationId', { organizationId });
    if (status) query.andWhere('a.status = :status', { status });
    return keysetPage(query, page);
  }

  /** A start-up applies with one of its submitted projects to an OPEN offer before its deadline. */
  async apply(viewer: Viewer, input: ApplyToLandingOfferInput): Promise<LandingApplicationEntity> {
    const message = cleanText(
      'message',
      input.message,
      LANDING_LIMITS.messageMinLength,
      LANDING_LIMITS.messageMaxLength,
    );
    const project = await this.offers.ownProject(viewer, input.projectId);
    const offer = await this.offers.get(viewer, input.offerId);
    if (!canApply(project)) throw AppException.conflict(ERROR_KEYS.landingProjectNotApplicable);
    return this.insert(
      { offer, projectId: project.id, startupOrganizationId: project.organizationId, message },
      'STARTUP',
      viewer,
    );
  }

  /**
   * A park invites a project: an existing SUBMITTED or SHORTLISTED application moves to INVITED;
   * otherwise a new application starts at INVITED (origin PARK), for a project the park may see as
   * the market and that meets every rule of the offer.
   */
  async invite(viewer: Viewer, input: InviteToLandingOfferInput): Promise<LandingApplicationEntity> {
    const message = cleanText(
      'message',
      input.message,
      LANDING_LIMITS.messageMinLength,
      LANDING_LIMITS.messageMaxLength,
    );
    parkOf(viewer);
    const offer = await this.offers.get(viewer, input.offerId);
    if (!ownsOffer(viewer, offer)) throw AppException.forbidden();
    const existing = await this.dataSource
      .getRepository(LandingApplicationEntity)
      .findOne({ where: { offerId: offer.id, projectId: input.projectId } });
    if (existing) return this.inviteExisting(viewer, existing);
    const [project] = await landingProjects(this.dataSource.manager, { ids: [input.projectId] });
    if (!project || !(await this.offers.parkSeesProject(viewer, offer, project)))
      throw AppException.notFound('project');
    if (!canApply(project)) throw AppException.conflict(ERROR_KEYS.landingProjectNotApplicable);
    if (!eligibilityOf(project, offer.rules ?? {}).eligible)
      throw AppException.conflict(ERROR_KEYS.landingNotEligible);
    return this.insert(
      { offer, projectId: project.id, startupOrganizationId: project.organizationId, message },
      'PARK',
      viewer,
    );
  }

  private async inviteExisting(
    viewer: Viewer,
    existing: LandingApplicationEntity,
  ): Promise<LandingApplicationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const moved = await moveApplication(
        manager,
        this.audit,
        viewer,
        existing,
        ['SUBMITTED', 'SHORTLISTED'],
        {
          status: 'INVITED',
        },
      );
      await applicationNotice(this.notifications, manager, moved.startupOrganizationId, 'invited', moved);
      return moved;
    });
  }

  private async insert(
    spec: { offer: LandingOfferEntity; projectId: string; startupOrganizationId: string; message: string },
    origin: 'STARTUP' | 'PARK',
    viewer: Viewer,
  ): Promise<LandingApplicationEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        // The offer's row lock: closing it and applying to it do not interleave.
        const offer = await manager.findOneOrFail(LandingOfferEntity, {
          where: { id: spec.offer.id },
          lock: { mode: 'pessimistic_read' },
        });
        if (offer.status !== 'OPEN') throw AppException.conflict(ERROR_KEYS.landingOfferNotOpen);
        if (!acceptsApplications(offer)) throw AppException.conflict(ERROR_KEYS.landingDeadlinePassed);
        const status = origin === 'PARK' ? 'INVITED' : 'SUBMITTED';
        const application = await manager.save(
          manager.create(LandingApplicationEntity, {
            offerId: offer.id,
            projectId: spec.projectId,
            startupOrganizationId: spec.startupOrganizationId,
            parkOrganizationId: offer.parkOrganizationId,
            origin,
            status,
            message: spec.message,
            createdById: viewer.user.id,
          }),
        );
        await this.audit.record(manager, actor(viewer), {
          action: origin === 'PARK' ? 'landingApplication.invited' : 'landingApplication.submitted',
          entityType: 'landingApplication',
          entityId: application.id,
          after: { offerId: offer.id, projectId: spec.projectId, status, origin },
        });
        const [to, notice] =
          origin === 'PARK'
            ? [spec.startupOrganizationId, 'invited' as const]
            : [offer.parkOrganizationId, 'applied' as const];
        await applicationNotice(this.notifications, manager, to, notice, application);
        return manager.findOneOrFail(LandingApplicationEntity, { where: { id: application.id } });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_landing_applications_offer_project'))
        throw AppException.conflict(ERROR_KEYS.landingAlreadyApplied);
      throw error;
    }
  }
}

/**
 * The conditional move of an application out of the status its mover saw (one of `from`), audited;
 * CONFLICT when the application is in another status or another move changed it since it was read:
 * a decision taken on a stale view never lands (of two racing moves exactly one changes the row).
 */
export async function moveApplication(
  manager: EntityManager,
  audit: AuditService,
  viewer: Viewer,
  application: LandingApplicationEntity,
  from: readonly LandingApplicationStatus[],
  change: Partial<Pick<LandingApplicationEntity, 'status' | 'rejectReason' | 'engagementId'>> & {
    status: LandingApplicationStatus;
  },
): Promise<LandingApplicationEntity> {
  if (!from.includes(application.status)) throw AppException.conflict(ERROR_KEYS.landingApplicationStatus);
  const result = await manager
    .createQueryBuilder()
    .update(LandingApplicationEntity)
    .set({ ...change, updatedAt: () => 'now()' })
    .where('id = :id AND status = :seen', { id: application.id, seen: application.status })
    .execute();
  if (!result.affected) throw AppException.conflict(ERROR_KEYS.landingApplicationStatus);
  await audit.record(manager, actor(viewer), {
    action: `landingApplication.${change.status.toLowerCase()}`,
    entityType: 'landingApplication',
    entityId: application.id,
    before: { status: application.status },
    after: { ...change, offerId: application.offerId, projectId: application.projectId },
  });
  return manager.findOneOrFail(LandingApplicationEntity, { where: { id: application.id } });
}
