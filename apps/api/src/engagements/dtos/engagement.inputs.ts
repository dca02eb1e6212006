import { ENGAGEMENT_KINDS } from '@bridge/contracts';
import type { EngagementKind } from '@bridge/contracts';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection';
import { EngagementKindEnum } from './engagement.enums';

/*
 * Types are checked here; lengths, dates and stages by EngagementInputCleaner and the services,
 * with field errors the portal shows next to each field.
 */

@InputType()
export class StartEngagementInput {
  @Field(() => ID, {
    description: 'A start-up: its own project. A market organisation: a project it may see.',
  })
  @IsUUID()
  projectId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'A start-up: the verified investor, park or R&D partner (required). A market organisation: omit (itself).',
  })
  @IsOptional()
  @IsUUID()
  partnerOrganizationId?: string | null;

  @Field(() => EngagementKindEnum) @IsIn(ENGAGEMENT_KINDS) kind: EngagementKind;

  @Field(() => String, { nullable: true, description: 'At most 2,000 characters.' })
  @IsOptional()
  @IsString()
  note?: string | null;
}

@InputType()
export class RegisteredCompanyInput {
  @Field({ description: '1–200 characters.' }) @IsString() name: string;
  @Field({ description: '1–64 characters.' }) @IsString() registrationNumber: string;
  @Field({ description: 'YYYY-MM-DD, not in the future.' }) @IsString() registeredOn: string;
}

@InputType()
export class MoveEngagementInput {
  @Field(() => ID) @IsUUID() id: string;

  @Field({ description: "Any other stage of the kind's list; never out of a terminal stage." })
  @IsString()
  toStage: string;

  @Field({ description: 'The stage you saw: CONFLICT when it has changed meanwhile.' })
  @IsString()
  expectedStage: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw (stricter than expectedStage).' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'At most 2,000 characters; seen by both parties only.',
  })
  @IsOptional()
  @IsString()
  note?: string | null;

  @Field(() => RegisteredCompanyInput, {
    nullable: true,
    description: 'Required by a LANDING move to COMPANY_REGISTERED.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegisteredCompanyInput)
  registeredCompany?: RegisteredCompanyInput | null;
}

@InputType()
export class AddMilestoneInput {
  @Field(() => ID) @IsUUID() engagementId: string;
  @Field({ description: '1–200 characters.' }) @IsString() title: string;
  @Field({ description: 'YYYY-MM-DD.' }) @IsString() dueOn: string;
}

@InputType()
export class UpdateMilestoneInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() title?: string | null;
  @Field(() => String, { nullable: true, description: 'A new date re-arms the reminder.' })
  @IsOptional()
  @IsString()
  dueOn?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() done?: boolean | null;
}

@ArgsType()
export class EngagementsArgs extends PageArgs {
  @Field(() => EngagementKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(ENGAGEMENT_KINDS)
  kind?: EngagementKind | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() stage?: string | null;

  @Field(() => ID, { nullable: true, description: 'Organizers: the engagements of one edition’s projects.' })
  @IsOptional()
  @IsUUID()
  competitionId?: string | null;
}
