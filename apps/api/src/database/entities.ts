import { AuditEventEntity } from '../audit/audit-event.entity';
import { InvitationEntity } from '../identity/entities/invitation.entity';
import { MembershipEntity } from '../identity/entities/membership.entity';
import { OrganizationEntity } from '../identity/entities/organization.entity';
import { SessionEntity } from '../identity/entities/session.entity';
import { SignInAttemptEntity } from '../identity/entities/sign-in-attempt.entity';
import { UserEntity } from '../identity/entities/user.entity';

/** Every entity of the schema; migrations are generated from these. */
export const ENTITIES = [
  UserEntity,
  OrganizationEntity,
  MembershipEntity,
  InvitationEntity,
  SessionEntity,
  SignInAttemptEntity,
  AuditEventEntity,
];
