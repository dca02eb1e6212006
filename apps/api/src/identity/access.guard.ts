import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException } from '../common/errors/app.exception';
import { ALLOW_KEY, AccessPolicy, PUBLIC_KEY, requestOf } from './access.decorators';
import { SessionService } from './session.service';
import type { Viewer } from './viewer';
import { ERROR_KEYS } from '@bridge/contracts';

/**
 * Global guard, default deny: a handler runs only when it is `@Public()` or the viewer satisfies one
 * of its `@Allow(...)` policies. Object-level checks (is the viewer a member of *this* organisation?)
 * are the services' job.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const req = requestOf(context);
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets);
    const viewer = await this.sessions.viewerOf(req);
    if (isPublic) return true;

    const policies = this.reflector.getAllAndOverride<AccessPolicy[] | undefined>(ALLOW_KEY, targets);
    if (!policies) throw AppException.forbidden();
    if (!viewer) throw AppException.unauthenticated();
    if (policies.some((policy) => satisfies(viewer, policy))) return true;
    throw AppException.forbidden(forbiddenKey(viewer, policies));
  }
}

function satisfies(viewer: Viewer, policy: AccessPolicy): boolean {
  return policy === 'SIGNED_IN' || viewer.capabilities.has(policy);
}

/** Tells an unverified market organisation why it is refused, so the portal can say what to do. */
function forbiddenKey(viewer: Viewer, policies: AccessPolicy[]) {
  const organization = viewer.active?.organization;
  if (
    policies.includes('MARKET') &&
    organization &&
    organization.kind !== 'STARTUP' &&
    organization.kind !== 'ORGANIZER'
  ) {
    if (organization.verificationStatus !== 'VERIFIED') return ERROR_KEYS.notVerified;
  }
  if (policies.includes('MARKET')) return ERROR_KEYS.marketKindRequired;
  if (policies.includes('VERIFY_ORGANIZATIONS') || policies.includes('RUN_COMPETITIONS'))
    return ERROR_KEYS.organizerRequired;
  if (policies.includes('MANAGE_ORGANIZATION')) return ERROR_KEYS.ownerRequired;
  return ERROR_KEYS.forbidden;
}
