import { JUDGING_ROUNDS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bridge/contracts';
import type { JudgingRound, Locale } from '@bridge/contracts';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LocalizedLongTextInput, LocalizedTextInput } from '../../common/graphql/localized-text.dto';
import { JudgingRoundEnum } from '../../competitions/dtos/competition.enums';
import { LocaleEnum } from '../../identity/dtos/identity.enums';
import type { ConflictKind } from '../entities/judge-conflict.entity';
import { ConflictKindEnum, OverrideDecisionEnum } from './judging.enums';

@InputType()
export class InviteJudgeInput {
  @Field(() => ID) @IsUUID() competitionId: string;
  @Field() @IsEmail() @MaxLength(254) email: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(120, { context: { max: 120 } }) displayName: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) affiliation?:
    string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(10000) loadLimit?: number | null;
}

@InputType()
export class JudgeSignUpInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(100) token: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { context: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH } })
  @MaxLength(PASSWORD_MAX_LENGTH, { context: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH } })
  password: string;

  @Field() @IsString() @IsNotEmpty() @MaxLength(120, { context: { max: 120 } }) displayName: string;

  @Field(() => LocaleEnum) @IsIn(Object.values(LocaleEnum)) locale: Locale;
}

@InputType()
export class DeclareConflictInput {
  @Field(() => ID) @IsUUID() judgeId: string;
  @Field(() => ConflictKindEnum) @IsIn(['ORGANIZATION', 'PERSON', 'PROJECT']) kind: ConflictKind;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() organizationId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() projectId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) personName?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

@InputType()
export class CriterionInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() id?: string;
  @Field(() => LocalizedTextInput) @ValidateNested() @Type(() => LocalizedTextInput) name: LocalizedTextInput;

  @Field(() => LocalizedLongTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedLongTextInput)
  description?: LocalizedLongTextInput;

  @Field(() => Float) @IsNumber() @Min(0.01, { context: { min: 0.01, max: 1000 } }) @Max(1000) weight: number;
  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1, { context: { min: 1, max: 100 } })
  @Max(100)
  maxScore: number;
}

@InputType()
export class SetCriteriaInput {
  @Field(() => ID) @IsUUID() competitionId: string;
  @Field(() => JudgingRoundEnum) @IsIn([...JUDGING_ROUNDS]) round: JudgingRound;

  @Field(() => [CriterionInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionInput)
  criteria: CriterionInput[];
}

@InputType()
export class RoundInput {
  @Field(() => ID) @IsUUID() competitionId: string;
  @Field(() => JudgingRoundEnum) @IsIn([...JUDGING_ROUNDS]) round: JudgingRound;
}

@InputType()
export class AssignJudgeInput {
  @Field(() => ID) @IsUUID() competitionId: string;
  @Field(() => JudgingRoundEnum) @IsIn([...JUDGING_ROUNDS]) round: JudgingRound;
  @Field(() => ID) @IsUUID() judgeId: string;
  @Field(() => ID) @IsUUID() projectId: string;
}

@InputType()
export class CriterionScoreInput {
  @Field(() => ID) @IsUUID() criterionId: string;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) value: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) comment?: string | null;
}

@InputType()
export class SaveScoresInput {
  @Field(() => ID) @IsUUID() assignmentId: string;

  @Field(() => [CriterionScoreInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores: CriterionScoreInput[];

  @Field({ description: 'Submit (every criterion scored) or just save a draft.' })
  @IsBoolean()
  submit: boolean;
}

@InputType()
export class AbstainInput {
  @Field(() => ID) @IsUUID() assignmentId: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

@InputType()
export class OverrideInput {
  @Field(() => ID) @IsUUID() competitionId: string;
  @Field(() => ID) @IsUUID() projectId: string;
  @Field(() => OverrideDecisionEnum) @IsIn(['INCLUDE', 'EXCLUDE']) decision: 'INCLUDE' | 'EXCLUDE';
  @Field({ description: 'Why: kept in the fairness dossier.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

@InputType()
export class PublishRunInput {
  @Field(() => ID) @IsUUID() competitionId: string;
  @Field(() => ID, { description: 'The run you reviewed; refused if newer scores or overrides changed it.' })
  @IsUUID()
  runId: string;
}
