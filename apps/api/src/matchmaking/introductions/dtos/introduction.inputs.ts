import type { DeclineReason, IntroductionPurpose, IntroductionStatus } from '@bridge/contracts';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsDate, IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { DECLINE_REASONS, INTRODUCTION_PURPOSES, INTRODUCTION_STATUSES } from '@bridge/contracts';
import { PageArgs } from '../../../common/pagination/connection';
import { DeclineReasonEnum, IntroductionPurposeEnum, IntroductionStatusEnum } from './introduction.enums';

/*
 * Types are checked here; lengths (after trimming), slot times and counts by IntroductionInputCleaner,
 * with field errors the dialog can show next to each field.
 */

@InputType('ProposedSlotInput')
export class ProposedSlotInput {
  @Field({ description: 'Start, in the future.' }) @Type(() => Date) @IsDate() startsAt: Date;
  @Field(() => Int, { description: '15–480 minutes.' }) @IsInt() minutes: number;
}

@InputType()
export class RequestIntroductionInput {
  @Field(() => ID) @IsUUID() projectId: string;

  @Field(() => IntroductionPurposeEnum) @IsIn(INTRODUCTION_PURPOSES) purpose: IntroductionPurpose;

  @Field({ description: '20–4,000 characters (trimmed).' }) @IsString() message: string;

  @Field(() => [ProposedSlotInput], { nullable: true, description: 'At most 5.' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ProposedSlotInput)
  proposedSlots?: ProposedSlotInput[] | null;
}

@InputType()
export class DeclineIntroductionInput {
  @Field(() => ID) @IsUUID() id: string;

  @Field(() => DeclineReasonEnum, { nullable: true })
  @IsOptional()
  @IsIn(DECLINE_REASONS)
  reason?: DeclineReason | null;

  @Field(() => String, { nullable: true, description: 'At most 1,000 characters.' })
  @IsOptional()
  @IsString()
  note?: string | null;
}

@InputType()
export class AddIntroductionNoteInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ description: '1–2,000 characters (trimmed).' }) @IsString() body: string;
}

@ArgsType()
export class IntroductionsArgs extends PageArgs {
  @Field(() => IntroductionStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(INTRODUCTION_STATUSES)
  status?: IntroductionStatus | null;
}
