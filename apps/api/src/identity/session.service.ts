import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { Capability } from '@bridge/contracts';
import { AppConfig } from '../config/app-config';
import { CapabilityRegistry } from './capability-registry';
import { MembershipEntity } from './entities/membership.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { hashToken, newToken } from './token';
import { capabilitiesOf } from './viewer';
import type { BridgeRequest, MembershipWithOrganization, Viewer } from './viewer';

export const SESSION_COOKIE = 'bridge_session';
/** A session's expiry is pushed forward at most this often, to keep reads cheap. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly capabilityRegistry: CapabilityRegistry,
  ) {}

  private get ttlMs(): number {
    return this.config.env.SESSION_TTL_HOURS * 3600 * 1000;
  }

  /** Starts a session for `userId` and sets its cookie on the response. */
  async start(
    manager: EntityManager,
    userId: string,
    req: BridgeRequest,
    res: Response,
    activeOrganizationId: string | null = null,
  ): Promise<SessionEntity> {
    const token = newToken();
    const now = new Date();
    const session = manager.create(SessionEntity, {
      userId,
      tokenHash: hashToken(token),
      activeOrganizationId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.ttlMs),
      revokedAt: null,
      ipAddress: (req.ip ?? '').slice(0, 64) || null,
      userAgent: (req.headers['user-agent'] ?? '').slice(0, 300) || null,
    });
    await manager.save(session);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      maxAge: this.ttlMs,
    });
    return session;
  }

  clearCookie(res: Response): void {
    res.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
    });
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every session of a user (password change). */
  async revokeAll(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(SessionEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async setActiveOrganization(sessionId: string, organizationId: string): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .update({ id: sessionId }, { activeOrganizationId: organizationId });
  }

  /** The viewer of a request, memoised on it; null without a live session. */
  async viewerOf(req: BridgeRequest): Promise<Viewer | null> {
    if (req.viewer !== undefined) return req.viewer;
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    req.viewer = token ? await this.load(token) : null;
    return req.viewer;
  }

  private async load(token: string): Promise<Viewer | null> {
    const sessions = this.dataSource.getRepository(SessionEntity);
    const session = await sessions.findOne({ where: { tokenHash: hashToken(token), revokedAt: IsNull() } });
    const now = Date.now();
    if (!session || session.expiresAt.getTime() <= now) return null;
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      session.lastSeenAt = new Date(now);
      session.expiresAt = new Date(now + this.ttlMs);
      await sessions.update(
        { id: session.id },
        { lastSeenAt: session.lastSeenAt, expiresAt: session.expiresAt },
      );
    }
    return this.viewerOfSession(session);
  }

  /** Builds the viewer of a live session (also right after sign-in, before the cookie comes back). */
  async viewerOfSession(session: SessionEntity): Promise<Viewer | null> {
    const [user, memberships] = await Promise.all([
      this.dataSource.getRepository(UserEntity).findOne({ where: { id: session.userId } }),
      this.dataSource.getRepository(MembershipEntity).find({
        where: { userId: session.userId },
        relations: { organization: true },
        order: { createdAt: 'ASC' },
      }),
    ]);
    if (!user) return null;
    const extra = await this.capabilityRegistry.extraCapabilities(user.id);
    return buildViewer(user, session, memberships as MembershipWithOrganization[], extra);
  }
}

export function buildViewer(
  user: UserEntity,
  session: SessionEntity,
  memberships: MembershipWithOrganization[],
  extra: Capability[] = [],
): Viewer {
  const active =
    memberships.find((m) => m.organizationId === session.activeOrganizationId) ?? memberships[0] ?? null;
  return { user, session, memberships, active, capabilities: new Set([...capabilitiesOf(active), ...extra]) };
}
