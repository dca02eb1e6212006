export const ORGANIZATION_KINDS = ['STARTUP', 'INVESTOR', 'SCIENCE_PARK', 'RD_PARTNER', 'ORGANIZER'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Kinds that act on the market (search, introductions, offers) once an organizer verifies them. */
export const MARKET_KINDS: readonly OrganizationKind[] = ['INVESTOR', 'SCIENCE_PARK', 'RD_PARTNER'];

/** Kinds a person may choose when signing up; organizer organisations are created by the operators. */
export const SIGN_UP_KINDS: readonly OrganizationKind[] = [
  'STARTUP',
  'INVESTOR',
  'SCIENCE_PARK',
  'RD_PARTNER',
];

export const MEMBERSHIP_ROLES = ['OWNER', 'MEMBER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const VERIFICATION_STATUSES = ['UNVERIFIED', 'VERIFIED', 'REJECTED'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** What the portal may show a user: derived on the server from memberships, never trusted from the client. */
export const CAPABILITIES = [
  'MARKET',
  'MANAGE_ORGANIZATION',
  'VERIFY_ORGANIZATIONS',
  'RUN_COMPETITIONS',
  'JUDGE',
  'APPLY',
] as const;
export type Capability = (typeof CAPABILITIES)[number];
