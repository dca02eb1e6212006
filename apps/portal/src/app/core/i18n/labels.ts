import type {
  InvitationStatus,
  MembershipRole,
  OrganizationKind,
  VerificationStatus,
} from '@bridge/contracts';
import type { TranslationKey } from './dictionaries';

/** Translation keys of enum values, typed so that a missing label fails to compile. */
export const labels = {
  kind: (kind: OrganizationKind): TranslationKey => `organizationKind.${kind}`,
  role: (role: MembershipRole): TranslationKey => `membershipRole.${role}`,
  verification: (status: VerificationStatus): TranslationKey => `verificationStatus.${status}`,
  invitation: (status: InvitationStatus): TranslationKey => `invitationStatus.${status}`,
} as const;
