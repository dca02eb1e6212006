import { MARKET_KINDS } from '@bridge/contracts';
import type { Capability } from '@bridge/contracts';
import type { Request, Response } from 'express';
import { MembershipEntity } from './entities/membership.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';

export type MembershipWithOrganization = MembershipEntity & { organization: OrganizationEntity };

/** Who is asking: resolved once per request from the session cookie. */
export interface Viewer {
  user: UserEntity;
  session: SessionEntity;
  memberships: MembershipWithOrganization[];
  /** The membership the session acts for (null for a user without organisation, such as a judge). */
  active: MembershipWithOrganization | null;
  capabilities: ReadonlySet<Capability>;
}

export type BridgeRequest = Request & { viewer?: Viewer | null };

/** The GraphQL context of one request. */
export interface RequestContext {
  req: BridgeRequest;
  res: Response;
  /** Per-request DataLoaders, keyed by name (see common/dataloader). */
  loaders: Map<string, unknown>;
}

/**
 * What the viewer may use, derived from the active membership (never trusted from the client).
 * Features add their own through the CapabilityRegistry (judging adds JUDGE).
 */
export function capabilitiesOf(active: MembershipWithOrganization | null): Set<Capability> {
  const capabilities = new Set<Capability>();
  if (!active) return capabilities;
  const { organization, role } = active;
  const verified = organization.verificationStatus === 'VERIFIED';
  if (role === 'OWNER') capabilities.add('MANAGE_ORGANIZATION');
  if (organization.kind === 'STARTUP') capabilities.add('APPLY');
  if (MARKET_KINDS.includes(organization.kind) && verified) capabilities.add('MARKET');
  if (organization.kind === 'ORGANIZER' && verified) {
    capabilities.add('VERIFY_ORGANIZATIONS');
    capabilities.add('RUN_COMPETITIONS');
  }
  return capabilities;
}

export function isOrganizer(viewer: Viewer | null | undefined): boolean {
  return !!viewer?.capabilities.has('VERIFY_ORGANIZATIONS');
}

export function membershipIn(viewer: Viewer | null | undefined, organizationId: string) {
  return viewer?.memberships.find((m) => m.organizationId === organizationId) ?? null;
}
