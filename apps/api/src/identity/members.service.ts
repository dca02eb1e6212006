import { ERROR_KEYS } from '@bridge/contracts';
import type { MembershipRole } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { isUniqueViolation } from '../common/errors/database-errors';
import { AuthService } from './auth.service';
import { InvitationEntity } from './entities/invitation.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { SessionService } from './session.service';
import { hashToken, newToken, normalizeEmail } from './token';
import { isOrganizer, membershipIn } from './viewer';
import type { Viewer } from './viewer';

const INVITATION_TTL_DAYS = 14;

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  /** Owners of the organisation, or organizers. */
  private assertCanManage(viewer: Viewer, organizationId: string): void {
    if (isOrganizer(viewer)) return;
    const membership = membershipIn(viewer, organizationId);
    if (!membership) throw AppException.notFound('organization');
    if (membership.role !== 'OWNER') throw AppException.forbidden(ERROR_KEYS.ownerRequired);
  }

  /**
   * Inside the organisation lock, the viewer's authority as it is now (an owner demoted a moment ago
   * by a concurrent change is no longer one).
   */
  private async assertStillCanManage(
    manager: EntityManager,
    viewer: Viewer,
    organizationId: string,
  ): Promise<void> {
    if (isOrganizer(viewer)) return;
    const own = await manager.findOne(MembershipEntity, {
      where: { userId: viewer.user.id, organizationId },
    });
    if (own?.role !== 'OWNER') throw AppException.forbidden(ERROR_KEYS.ownerRequired);
  }

  /** Serialises membership changes of one organisation (the last-owner rule holds under races). */
  private async lockOrganization(manager: EntityManager, organizationId: string): Promise<void> {
    const found = await manager.findOne(OrganizationEntity, {
      where: { id: organizationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) throw AppException.notFound('organization');
  }

  async invite(viewer: Viewer, organizationId: string, rawEmail: string, role: MembershipRole) {
    this.assertCanManage(viewer, organizationId);
    const email = normalizeEmail(rawEmail);
    const token = newToken();
    try {
      const invitation = await this.dataSource.transaction(async (manager) => {
        await this.lockOrganization(manager, organizationId);
        const existing = await manager
          .createQueryBuilder(MembershipEntity, 'm')
          .innerJoin('users', 'u', 'u.id = m.user_id')
          .where('m.organization_id = :organizationId AND u.email = :email', { organizationId, email })
          .getCount();
        if (existing) throw AppException.conflict(ERROR_KEYS.alreadyMember);
        // A pending invitation that has expired no longer blocks a new one.
        await manager
          .createQueryBuilder()
          .update(InvitationEntity)
          .set({ status: 'EXPIRED' })
          .where(
            "organization_id = :organizationId AND email = :email AND status = 'PENDING' AND expires_at <= now()",
            {
              organizationId,
              email,
            },
          )
          .execute();
        const saved = await manager.save(
          manager.create(InvitationEntity, {
            organizationId,
            email,
            role,
            tokenHash: hashToken(token),
            status: 'PENDING',
            expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
            invitedById: viewer.user.id,
          }),
        );
        await this.audit.record(
          manager,
          { userId: viewer.user.id, organizationId },
          {
            action: 'invitation.created',
            entityType: 'invitation',
            entityId: saved.id,
            after: { email, role },
          },
        );
        return saved;
      });
      return { invitation, token };
    } catch (error) {
      if (isUniqueViolation(error, 'uq_invitations_pending_email')) {
        throw AppException.conflict(ERROR_KEYS.invitationPending);
      }
      throw error;
    }
  }

  async revokeInvitation(viewer: Viewer, invitationId: string): Promise<InvitationEntity> {
    // An id that is no UUID names nothing (and would make PostgreSQL fail the query).
    const invitation = isUUID(invitationId)
      ? await this.dataSource.getRepository(InvitationEntity).findOne({ where: { id: invitationId } })
      : null;
    if (!invitation) throw AppException.notFound('invitation');
    this.assertCanManage(viewer, invitation.organizationId);
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        InvitationEntity,
        { id: invitationId, status: 'PENDING' },
        { status: 'REVOKED' },
      );
      if (!result.affected) throw AppException.conflict();
      await this.audit.record(
        manager,
        { userId: viewer.user.id, organizationId: invitation.organizationId },
        { action: 'invitation.revoked', entityType: 'invitation', entityId: invitationId },
      );
      return manager.findOneOrFail(InvitationEntity, { where: { id: invitationId } });
    });
  }

  /** What an invitation link shows before sign-up; nothing when the token is unknown or spent. */
  async preview(token: string) {
    const invitation = await this.dataSource.getRepository(InvitationEntity).findOne({
      where: { tokenHash: hashToken(token), status: 'PENDING' },
      relations: { organization: true },
    });
    if (!invitation || invitation.expiresAt.getTime() <= Date.now() || !invitation.organization) return null;
    return {
      organizationName: invitation.organization.name,
      organizationKind: invitation.organization.kind,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
    };
  }

  /** A signed-in user accepts an invitation sent to their e-mail and acts for that organisation. */
  async accept(viewer: Viewer, token: string): Promise<string> {
    const organizationId = await this.dataSource.transaction(async (manager) => {
      const invitation = await this.auth.claimInvitation(manager, token, viewer.user.email, viewer.user.id);
      if (membershipIn(viewer, invitation.organizationId))
        throw AppException.conflict(ERROR_KEYS.alreadyMember);
      await manager.insert(MembershipEntity, {
        userId: viewer.user.id,
        organizationId: invitation.organizationId,
        role: invitation.role,
      });
      await this.audit.record(
        manager,
        { userId: viewer.user.id, organizationId: invitation.organizationId },
        { action: 'invitation.accepted', entityType: 'invitation', entityId: invitation.id },
      );
      return invitation.organizationId;
    });
    await this.sessions.setActiveOrganization(viewer.session.id, organizationId);
    return organizationId;
  }

  /** Owners remove members; anyone may leave. The last owner can do neither to themselves. */
  async remove(viewer: Viewer, membershipId: string): Promise<void> {
    const membership = isUUID(membershipId)
      ? await this.dataSource.getRepository(MembershipEntity).findOne({ where: { id: membershipId } })
      : null;
    if (!membership) throw AppException.notFound('membership');
    if (membership.userId !== viewer.user.id) this.assertCanManage(viewer, membership.organizationId);
    await this.dataSource.transaction(async (manager) => {
      await this.lockOrganization(manager, membership.organizationId);
      if (membership.userId !== viewer.user.id) {
        await this.assertStillCanManage(manager, viewer, membership.organizationId);
      }
      const current = await manager.findOne(MembershipEntity, { where: { id: membershipId } });
      if (!current) throw AppException.conflict();
      if (current.role === 'OWNER') await this.assertAnotherOwner(manager, current);
      await manager.delete(MembershipEntity, { id: membershipId });
      await this.audit.record(
        manager,
        { userId: viewer.user.id, organizationId: membership.organizationId },
        {
          action: 'membership.removed',
          entityType: 'membership',
          entityId: membershipId,
          before: { userId: current.userId, role: current.role },
        },
      );
    });
  }

  async changeRole(viewer: Viewer, membershipId: string, role: MembershipRole): Promise<MembershipEntity> {
    const membership = isUUID(membershipId)
      ? await this.dataSource.getRepository(MembershipEntity).findOne({ where: { id: membershipId } })
      : null;
    if (!membership) throw AppException.notFound('membership');
    this.assertCanManage(viewer, membership.organizationId);
    return this.dataSource.transaction(async (manager) => {
      await this.lockOrganization(manager, membership.organizationId);
      await this.assertStillCanManage(manager, viewer, membership.organizationId);
      const current = await manager.findOne(MembershipEntity, { where: { id: membershipId } });
      if (!current) throw AppException.conflict();
      if (current.role === 'OWNER' && role !== 'OWNER') await this.assertAnotherOwner(manager, current);
      await manager.update(MembershipEntity, { id: membershipId }, { role });
      await this.audit.record(
        manager,
        { userId: viewer.user.id, organizationId: membership.organizationId },
        {
          action: 'membership.role_changed',
          entityType: 'membership',
          entityId: membershipId,
          before: { role: current.role },
          after: { role },
        },
      );
      return manager.findOneOrFail(MembershipEntity, { where: { id: membershipId } });
    });
  }

  private async assertAnotherOwner(manager: EntityManager, membership: MembershipEntity): Promise<void> {
    const owners = await manager.count(MembershipEntity, {
      where: { organizationId: membership.organizationId, role: 'OWNER' },
    });
    if (owners <= 1) throw AppException.conflict(ERROR_KEYS.lastOwner);
  }
}
