import { LANDING_APPLICATION_STATUSES } from '@bridge/contracts';
import type { LandingApplicationStatus } from '@bridge/contracts';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection';
import { LandingApplicationStatusEnum } from './landing.enums';

/* Lengths (after trimming) are checked by the services, with field errors. */

@InputType()
export class ApplyToLandingOfferInput {
  @Field(() => ID) @IsUUID() offerId: string;
  @Field(() => ID) @IsUUID() projectId: string;
  @Field({ description: '20–4,000 characters (trimmed).' }) @IsString() message: string;
}

@InputType()
export class InviteToLandingOfferInput {
  @Field(() => ID) @IsUUID() offerId: string;
  @Field(() => ID) @IsUUID() projectId: string;
  @Field({ description: '20–4,000 characters (trimmed).' }) @IsString() message: string;
}

@InputType()
export class RejectLandingApplicationInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ description: '1–1,000 characters (trimmed), shown to the start-up.' }) @IsString() reason: string;
}

@ArgsType()
export class LandingApplicationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'One offer of yours; all of them when left out.' })
  @IsOptional()
  @IsUUID()
  offerId?: string | null;

  @Field(() => LandingApplicationStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(LANDING_APPLICATION_STATUSES)
  status?: LandingApplicationStatus | null;
}

@ArgsType()
export class MyLandingApplicationsArgs extends PageArgs {
  @Field(() => LandingApplicationStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(LANDING_APPLICATION_STATUSES)
  status?: LandingApplicationStatus | null;
}
