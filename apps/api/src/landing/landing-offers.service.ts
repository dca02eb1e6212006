import { ERROR_KEYS } from '@bridge/contracts';
import type { LandingOfferStatus } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { Connection, PageArgs } from '../common/pagination/connection';
import { actor } from '../competitions/competitions.service';
import type { Viewer } from '../identity/viewer';
import { membershipIn } from '../identity/viewer';
import { NotificationsService } from '../notifications/notifications.service';
import { projectAccess } from '../projects/project-access';
import { CreateLandingOfferInput, UpdateLandingOfferInput } from './dtos/landing-offer.inputs';
import { Eligibility, eligibilityOf } from './eligibility';
import { LandingApplicationEntity } from './entities/landing-application.entity';
import { LandingOfferEntity } from './entities/landing-offer.entity';
import { LandingProject, landingProjects, ownsOffer, parkOf, seesOffer } from './landing-access';
import { noticeOfferOpened } from './landing-notices';
import { keysetPage } from './landing-page';
import { cleanOfferInput } from './offer-input';

/** At most this many OPEN offers are checked by eligibleOffers. */
const ELIGIBLE_OFFERS_MAX = 200;

/**
 * Landing offers (docs/landing.md): a verified science park writes, opens and closes its offers;
 * everyone signed in reads OPEN and CLOSED ones; drafts are their park's only (NOT_FOUND to anyone
 * else). Eligibility of a project for an offer, rule by rule.
 */
@Injectable()
export class LandingOffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** One offer the viewer may see; NOT_FOUND otherwise. */
  async get(viewer: Viewer, id: string): Promise<LandingOfferEntity> {
    const offer = isUUID(id)
      ? await this.dataSource.getRepository(LandingOfferEntity).findOne({ where: { id } })
      : null;
    if (!offer || !seesOffer(viewer, offer)) throw AppException.notFound('landingOffer');
    return offer;
  }

  /**
   * Offers, newest first: of a status (DRAFT ones of the viewer's park only), or without one the
   * OPEN offers and every offer of the viewer's park. `mineOnly`: the viewer's park's offers.
   */
  async list(
    viewer: Viewer,
    status: LandingOfferStatus | null | undefined,
    page: PageArgs,
    mineOnly = false,
  ): Promise<Connection<LandingOfferEntity>> {
    const own = viewer.active?.organizationId ?? null;
    const query = this.dataSource.getRepository(LandingOfferEntity).createQueryBuilder('o');
    if (mineOnly) {
      query.where('o.park_organization_id = :own', { own: parkOf(viewer) });
      if (status) query.andWhere('o.status = :status', { status });
    } else if (status === 'DRAFT') {
      query.where("o.status = 'DRAFT' AND o.park_organization_id = :own", { own });
    } else if (status) {
      query.where('o.status = :status', { status });
    } else {
      query.where("(o.status = 'OPEN' OR o.park_organization_id = :own)", { own });
    }
    return keysetPage(query, page);
  }

  async create(viewer: Viewer, input: CreateLandingOfferInput): Promise<LandingOfferEntity> {
    const parkOrganizationId = parkOf(viewer);
    const fields = cleanOfferInput(input, null);
    return this.dataSource.transaction(async (manager) => {
      const offer = await manager.save(
        manager.create(LandingOfferEntity, {
          ...fields,
          parkOrganizationId,
          status: 'DRAFT',
          createdById: viewer.user.id,
        }),
      );
      await this.audit.record(manager, actor(viewer), {
        action: 'landingOffer.created',
        entityType: 'landingOffer',
        entityId: offer.id,
        after: { status: 'DRAFT', title: offer.title },
      });
      return manager.findOneOrFail(LandingOfferEntity, { where: { id: offer.id } });
    });
  }

  /** The owning park edits a DRAFT or OPEN offer (under a row lock); CLOSED ones are final. */
  async update(viewer: Viewer, input: UpdateLandingOfferInput): Promise<LandingOfferEntity> {
    const offer = await this.owned(viewer, input.id);
    return this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOneOrFail(LandingOfferEntity, {
        where: { id: offer.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (locked.status === 'CLOSED')
        throw AppException.conflict(ERROR_KEYS.landingOfferStatus, { status: locked.status });
      const fields = cleanOfferInput(input, locked);
      await manager.update(LandingOfferEntity, { id: locked.id }, { ...fields, updatedAt: () => 'now()' });
      await this.audit.record(manager, actor(viewer), {
        action: 'landingOffer.updated',
        entityType: 'landingOffer',
        entityId: locked.id,
        before: { ...pickFields(locked) },
        after: { ...fields },
      });
      return manager.findOneOrFail(LandingOfferEntity, { where: { id: locked.id } });
    });
  }

  /** DRAFT → OPEN, once; notifies the start-ups whose projects qualify, in the same transaction. */
  async open(viewer: Viewer, id: string): Promise<LandingOfferEntity> {
    const offer = await this.owned(viewer, id);
    if (offer.deadline && offer.deadline.getTime() <= Date.now())
      throw AppException.invalid([{ field: 'deadline', key: 'validation.invalid' }]);
    return this.dataSource.transaction(async (manager) => {
      const moved = await this.move(manager, viewer, offer, 'DRAFT', 'OPEN');
      await noticeOfferOpened(this.notifications, manager, moved);
      return moved;
    });
  }

  /** OPEN → CLOSED: no more applications; those made stay. */
  async close(viewer: Viewer, id: string): Promise<LandingOfferEntity> {
    const offer = await this.owned(viewer, id);
    return this.dataSource.transaction((manager) => this.move(manager, viewer, offer, 'OPEN', 'CLOSED'));
  }

  /**
   * OPEN offers that still take applications, each with the project's eligibility: eligible first,
   * then by deadline (soonest first, none last). For the project's own team only.
   */
  async eligibleOffers(
    viewer: Viewer,
    projectId: string,
  ): Promise<Array<{ offer: LandingOfferEntity; eligibility: Eligibility }>> {
    const project = await this.ownProject(viewer, projectId);
    const offers = await this.dataSource
      .getRepository(LandingOfferEntity)
      .createQueryBuilder('o')
      .where("o.status = 'OPEN' AND (o.deadline IS NULL OR o.deadline > now())")
      .orderBy('o.created_at', 'DESC')
      .take(ELIGIBLE_OFFERS_MAX)
      .getMany();
    const now = new Date();
    const rank = (d: Date | null) => d?.getTime() ?? Number.POSITIVE_INFINITY;
    return offers
      .map((offer) => ({ offer, eligibility: eligibilityOf(project, offer.rules ?? {}, now) }))
      .sort(
        (a, b) =>
          Number(b.eligibility.eligible) - Number(a.eligibility.eligible) ||
          rank(a.offer.deadline) - rank(b.offer.deadline),
      );
  }

  /**
   * A project's eligibility for an offer: for the project's team (any offer it may see), and for the
   * offer's park (a project it may see as the market, or one that applied to this offer).
   */
  async eligibility(viewer: Viewer, offerId: string, projectId: string): Promise<Eligibility> {
    const offer = await this.get(viewer, offerId);
    const [project] = isUUID(projectId)
      ? await landingProjects(this.dataSource.manager, { ids: [projectId] })
      : [];
    if (!project) throw AppException.notFound('project');
    const team = !!membershipIn(viewer, project.organizationId);
    const park = ownsOffer(viewer, offer) && (await this.parkSeesProject(viewer, offer, project));
    if (!team && !park) throw AppException.notFound('project');
    return eligibilityOf(project, offer.rules ?? {});
  }

  /** A project of the viewer's organisations, as eligibility reads it; NOT_FOUND otherwise. */
  async ownProject(viewer: Viewer, projectId: string): Promise<LandingProject> {
    const [project] = isUUID(projectId)
      ? await landingProjects(this.dataSource.manager, { ids: [projectId] })
      : [];
    if (!project || !membershipIn(viewer, project.organizationId)) throw AppException.notFound('project');
    return project;
  }

  /** The park may see the project as the market, or the project applied to (or was invited to) the offer. */
  async parkSeesProject(
    viewer: Viewer,
    offer: LandingOfferEntity,
    project: LandingProject,
  ): Promise<boolean> {
    if (projectAccess(viewer, project, { finalistsPublishedAt: null }, false) === 'MARKET') return true;
    return this.dataSource
      .getRepository(LandingApplicationEntity)
      .exists({ where: { offerId: offer.id, projectId: project.id } });
  }

  /** An offer of the viewer's park: NOT_FOUND when the viewer may not see it, FORBIDDEN when it is another park's. */
  private async owned(viewer: Viewer, id: string): Promise<LandingOfferEntity> {
    const offer = await this.get(viewer, id);
    if (!ownsOffer(viewer, offer)) throw AppException.forbidden();
    parkOf(viewer);
    return offer;
  }

  private async move(
    manager: EntityManager,
    viewer: Viewer,
    offer: LandingOfferEntity,
    from: LandingOfferStatus,
    to: LandingOfferStatus,
  ): Promise<LandingOfferEntity> {
    const stamp = to === 'OPEN' ? { openedAt: () => 'now()' } : { closedAt: () => 'now()' };
    const result = await manager
      .createQueryBuilder()
      .update(LandingOfferEntity)
      .set({ status: to, ...stamp })
      .where('id = :id AND status = :from', { id: offer.id, from })
      .execute();
    if (!result.affected) {
      const now = await manager.findOneOrFail(LandingOfferEntity, { where: { id: offer.id } });
      throw AppException.conflict(ERROR_KEYS.landingOfferStatus, { status: now.status });
    }
    await this.audit.record(manager, actor(viewer), {
      action: `landingOffer.${to.toLowerCase()}`,
      entityType: 'landingOffer',
      entityId: offer.id,
      before: { status: from },
      after: { status: to },
    });
    return manager.findOneOrFail(LandingOfferEntity, { where: { id: offer.id } });
  }
}

function pickFields(offer: LandingOfferEntity) {
  const { id: _id, parkOrganizationId: _p, createdAt: _c, updatedAt: _u, ...rest } = offer;
  return rest;
}
