import type { InvitationStatus, MembershipRole } from '@bridge/contracts';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InvitationEntity } from '../entities/invitation.entity';
import { MembershipEntity } from '../entities/membership.entity';
import { InvitationStatusEnum, MembershipRoleEnum, OrganizationKindEnum } from './identity.enums';
import { LocalizedTextDto } from '../../common/graphql/localized-text.dto';
import type { OrganizationKind } from '@bridge/contracts';

@ObjectType('Membership')
export class MembershipDto {
  @Field(() => ID)
  id: string;

  @Field(() => MembershipRoleEnum)
  role: MembershipRole;

  @Field()
  createdAt: Date;

  /** Resolved by field resolvers (`user`, `organization`). */
  userId: string;
  organizationId: string;

  static from(entity: MembershipEntity): MembershipDto {
    return Object.assign(new MembershipDto(), {
      id: entity.id,
      role: entity.role,
      createdAt: entity.createdAt,
      userId: entity.userId,
      organizationId: entity.organizationId,
    });
  }
}

@ObjectType('Invitation')
export class InvitationDto {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => MembershipRoleEnum)
  role: MembershipRole;

  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;

  @Field()
  expiresAt: Date;

  @Field()
  createdAt: Date;

  static from(entity: InvitationEntity): InvitationDto {
    const expired = entity.status === 'PENDING' && entity.expiresAt.getTime() <= Date.now();
    return Object.assign(new InvitationDto(), {
      id: entity.id,
      email: entity.email,
      role: entity.role,
      status: expired ? 'EXPIRED' : entity.status,
      expiresAt: entity.expiresAt,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('CreatedInvitation')
export class CreatedInvitationDto {
  @Field(() => InvitationDto)
  invitation: InvitationDto;

  @Field({ description: 'Shown once: the invitation link is /invitations/<token>.' })
  token: string;
}

@ObjectType('InvitationPreview')
export class InvitationPreviewDto {
  @Field(() => LocalizedTextDto)
  organizationName: LocalizedTextDto;

  @Field(() => OrganizationKindEnum)
  organizationKind: OrganizationKind;

  @Field()
  email: string;

  @Field(() => MembershipRoleEnum)
  role: MembershipRole;

  @Field()
  expiresAt: Date;
}
