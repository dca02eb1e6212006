import { ERROR_KEYS, contentLanguageOf } from '@bridge/contracts';
import type { Locale, OrganizationKind } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { isUniqueViolation } from '../common/errors/database-errors';
import { ChangePasswordInput, SignInInput, SignUpInput, UpdateMyProfileInput } from './dtos/identity.inputs';
import { InvitationEntity } from './entities/invitation.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { hashToken, normalizeEmail } from './token';
import { membershipIn } from './viewer';
import type { BridgeRequest, Viewer } from './viewer';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottleService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates the user and either a new organisation they own or a membership of the organisation that
   * invited them; signs them in.
   */
  async signUp(input: SignUpInput, req: BridgeRequest, res: Response): Promise<SessionEntity> {
    const email = normalizeEmail(input.email);
    const organizationName = input.organizationName?.trim();
    const organizationKind = input.organizationKind;
    if (!input.invitationToken) {
      const missing = [
        !input.organizationName?.trim() && { field: 'organizationName', key: 'validation.required' as const },
        !input.organizationKind && { field: 'organizationKind', key: 'validation.required' as const },
      ].filter((f) => !!f);
      if (missing.length) throw AppException.invalid(missing);
    }
    if (!input.displayName.trim())
      throw AppException.invalid([{ field: 'displayName', key: 'validation.required' }]);
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await this.insertUser(manager, { ...input, email }, passwordHash);
        let organizationId: string;
        let role: 'OWNER' | 'MEMBER' = 'OWNER';
        if (input.invitationToken) {
          const invitation = await this.claimInvitation(manager, input.invitationToken, email, user.id);
          organizationId = invitation.organizationId;
          role = invitation.role;
        } else {
          const organization = await manager.save(
            manager.create(OrganizationEntity, {
              kind: organizationKind as OrganizationKind,
              name: { [contentLanguageOf(input.locale)]: organizationName },
              description: {},
              verificationStatus: 'UNVERIFIED',
            }),
          );
          organizationId = organization.id;
        }
        await manager.insert(MembershipEntity, { userId: user.id, organizationId, role });
        await this.audit.record(
          manager,
          { userId: user.id, organizationId },
          {
            action: 'user.signed_up',
            entityType: 'user',
            entityId: user.id,
            after: { organizationId, role },
          },
        );
        return this.sessions.start(manager, user.id, req, res, organizationId);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_users_email')) throw AppException.conflict(ERROR_KEYS.emailTaken);
      throw error;
    }
  }

  /** Inserts a user (the caller's transaction); a taken e-mail fails on the unique index. */
  async insertUser(
    manager: EntityManager,
    input: { email: string; displayName: string; locale: Locale },
    passwordHash: string,
  ): Promise<UserEntity> {
    return manager.save(
      manager.create(UserEntity, {
        email: normalizeEmail(input.email),
        displayName: input.displayName.trim(),
        passwordHash,
        locale: input.locale,
      }),
    );
  }

  /**
   * Marks a pending invitation accepted, once: of two racing acceptances only one matches the
   * conditional update. The e-mail must be the invited one.
   */
  async claimInvitation(
    manager: EntityManager,
    token: string,
    email: string,
    userId: string,
  ): Promise<InvitationEntity> {
    const invitation = await manager.findOne(InvitationEntity, { where: { tokenHash: hashToken(token) } });
    if (!invitation || invitation.status !== 'PENDING' || invitation.expiresAt.getTime() <= Date.now()) {
      throw AppException.badInput(ERROR_KEYS.invitationInvalid);
    }
    if (invitation.email !== email) throw AppException.forbidden(ERROR_KEYS.invitationEmailMismatch);
    const result = await manager.update(
      InvitationEntity,
      { id: invitation.id, status: 'PENDING' },
      { status: 'ACCEPTED', acceptedById: userId },
    );
    if (!result.affected) throw AppException.badInput(ERROR_KEYS.invitationInvalid);
    return invitation;
  }

  /** Same answer for an unknown e-mail and a wrong password; throttled per account and address. */
  async signIn(input: SignInInput, req: BridgeRequest, res: Response): Promise<SessionEntity> {
    const email = normalizeEmail(input.email);
    const ipAddress = (req.ip ?? 'unknown').slice(0, 64);
    await this.throttle.assertAllowed(email, ipAddress);
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { email } });
    const valid = await this.passwords.verify(user?.passwordHash ?? null, input.password);
    await this.throttle.record(email, ipAddress, valid);
    if (!user || !valid) throw new AppException('UNAUTHENTICATED', ERROR_KEYS.invalidCredentials);
    return this.sessions.start(this.dataSource.manager, user.id, req, res);
  }

  async signOut(viewer: Viewer | null, res: Response): Promise<void> {
    if (viewer) await this.sessions.revoke(viewer.session.id);
    this.sessions.clearCookie(res);
  }

  /** Ends every session of the user, then signs this browser in again with a new session. */
  async changePassword(
    viewer: Viewer,
    input: ChangePasswordInput,
    req: BridgeRequest,
    res: Response,
  ): Promise<SessionEntity> {
    // Guessing the current password with a stolen session is throttled like signing in.
    const ipAddress = (req.ip ?? 'unknown').slice(0, 64);
    await this.throttle.assertAllowed(viewer.user.email, ipAddress);
    const valid = await this.passwords.verify(viewer.user.passwordHash, input.currentPassword);
    if (!valid) {
      await this.throttle.record(viewer.user.email, ipAddress, false);
      throw new AppException('BAD_USER_INPUT', ERROR_KEYS.validation, {}, [
        { field: 'currentPassword', key: 'validation.invalid' },
      ]);
    }
    if (input.currentPassword === input.newPassword) {
      throw new AppException('BAD_USER_INPUT', ERROR_KEYS.validation, {}, [
        { field: 'newPassword', key: 'validation.invalid' },
      ]);
    }
    const passwordHash = await this.passwords.hash(input.newPassword);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: viewer.user.id }, { passwordHash });
      await this.sessions.revokeAll(manager, viewer.user.id);
      await this.audit.record(
        manager,
        { userId: viewer.user.id },
        { action: 'user.password_changed', entityType: 'user', entityId: viewer.user.id },
      );
      return this.sessions.start(manager, viewer.user.id, req, res, viewer.session.activeOrganizationId);
    });
  }

  async updateProfile(viewer: Viewer, input: UpdateMyProfileInput): Promise<UserEntity> {
    if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) {
      throw AppException.invalid([{ field: 'timeZone', key: 'validation.invalid' }]);
    }
    const changes: Partial<UserEntity> = {};
    if (input.displayName !== undefined) changes.displayName = input.displayName.trim();
    if (input.locale !== undefined) changes.locale = input.locale;
    if (input.timeZone !== undefined) changes.timeZone = input.timeZone;
    const users = this.dataSource.getRepository(UserEntity);
    if (Object.keys(changes).length) await users.update({ id: viewer.user.id }, changes);
    return users.findOneOrFail({ where: { id: viewer.user.id } });
  }

  async switchOrganization(viewer: Viewer, organizationId: string): Promise<void> {
    if (!membershipIn(viewer, organizationId)) throw AppException.forbidden(ERROR_KEYS.notMember);
    await this.sessions.setActiveOrganization(viewer.session.id, organizationId);
  }
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
