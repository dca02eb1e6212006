import {
  CAPABILITIES,
  INVITATION_STATUSES,
  MEMBERSHIP_ROLES,
  ORGANIZATION_KINDS,
  VERIFICATION_STATUSES,
} from '@bridge/contracts';
import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '../../common/graphql/enum-object';

export const OrganizationKindEnum = enumObject(ORGANIZATION_KINDS);
export const MembershipRoleEnum = enumObject(MEMBERSHIP_ROLES);
export const VerificationStatusEnum = enumObject(VERIFICATION_STATUSES);
export const InvitationStatusEnum = enumObject(INVITATION_STATUSES);
export const CapabilityEnum = enumObject(CAPABILITIES);
/** GraphQL names cannot contain '-': ZH_CN stands for 'zh-CN'. */
export const LocaleEnum = { ZH_CN: 'zh-CN', EN: 'en', RU: 'ru' } as const;

registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });
registerEnumType(MembershipRoleEnum, { name: 'MembershipRole' });
registerEnumType(VerificationStatusEnum, { name: 'VerificationStatus' });
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });
registerEnumType(CapabilityEnum, {
  name: 'Capability',
  description: 'What the viewer may use; drives navigation.',
});
registerEnumType(LocaleEnum, { name: 'Locale' });
