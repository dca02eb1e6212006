import type { OrganizationKind, VerificationStatus } from '@bridge/contracts';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedTextDto } from '../../common/graphql/localized-text.dto';
import { ConnectionType } from '../../common/pagination/connection';
import { OrganizationEntity } from '../entities/organization.entity';
import { OrganizationKindEnum, VerificationStatusEnum } from './identity.enums';

@ObjectType('OrganizationContacts', {
  description: 'Private: members, organizers and accepted counterparties only.',
})
export class OrganizationContactsDto {
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  messenger: string | null;
}

@ObjectType('Organization')
export class OrganizationDto {
  @Field(() => ID)
  id: string;

  @Field(() => OrganizationKindEnum)
  kind: OrganizationKind;

  @Field(() => LocalizedTextDto)
  name: LocalizedTextDto;

  @Field(() => LocalizedTextDto)
  description: LocalizedTextDto;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  country: string | null;

  @Field(() => VerificationStatusEnum)
  verificationStatus: VerificationStatus;

  @Field(() => Date, { nullable: true })
  verifiedAt: Date | null;

  @Field()
  createdAt: Date;

  /** Internal: contacts, revealed by the field resolver to those allowed. */
  privateContacts: OrganizationContactsDto;

  static from(entity: OrganizationEntity): OrganizationDto {
    return Object.assign(new OrganizationDto(), {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      description: entity.description ?? {},
      website: entity.website,
      city: entity.city,
      country: entity.country,
      verificationStatus: entity.verificationStatus,
      verifiedAt: entity.verifiedAt,
      createdAt: entity.createdAt,
      privateContacts: {
        email: entity.contactEmail,
        phone: entity.contactPhone,
        messenger: entity.contactMessenger,
      },
    });
  }
}

export const OrganizationConnection = ConnectionType(OrganizationDto, 'Organization');
