import type { OrganizationKind, VerificationStatus } from '@bridge/contracts';
import { ORGANIZATION_KINDS, VERIFICATION_STATUSES } from '@bridge/contracts';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection';
import { OrganizationKindEnum, VerificationStatusEnum } from './identity.enums';

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationKindEnum, { nullable: true })
  @IsOptional()
  @IsIn([...ORGANIZATION_KINDS])
  kind?: OrganizationKind | null;

  @Field(() => VerificationStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn([...VERIFICATION_STATUSES])
  verificationStatus?: VerificationStatus | null;
}

@ArgsType()
export class MarketDirectoryArgs extends PageArgs {
  @Field(() => OrganizationKindEnum, { nullable: true })
  @IsOptional()
  @IsIn([...ORGANIZATION_KINDS])
  kind?: OrganizationKind | null;
}
