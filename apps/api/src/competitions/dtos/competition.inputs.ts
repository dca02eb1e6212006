import type { CompetitionStage, NormalizationMethodName, UnfilledSlotRuleName } from '@bridge/contracts';
import { COMPETITION_STAGES, NORMALIZATION_METHODS, UNFILLED_SLOT_RULES } from '@bridge/contracts';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalizedTextInput } from '../../common/graphql/localized-text.dto';
import { CompetitionStageEnum, NormalizationMethodEnum, UnfilledSlotRuleEnum } from './competition.enums';

const range = (min: number, max: number) => ({ context: { min, max } });

@InputType()
export class CompetitionSettingsInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, range(1, 100000))
  @Max(100000, range(1, 100000))
  applicationTarget?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, range(1, 500))
  @Max(500, range(1, 500))
  finalistTotal?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, range(1, 500))
  @Max(500, range(1, 500))
  perFieldCap?: number;

  @Field(() => UnfilledSlotRuleEnum, { nullable: true })
  @IsOptional()
  @IsIn([...UNFILLED_SLOT_RULES])
  unfilledSlotRule?: UnfilledSlotRuleName;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, range(1, 20))
  @Max(20, range(1, 20))
  minReviews?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, range(1, 20))
  @Max(20, range(1, 20))
  awardPlaces?: number;

  @Field(() => NormalizationMethodEnum, { nullable: true })
  @IsOptional()
  @IsIn([...NORMALIZATION_METHODS])
  normalizationMethod?: NormalizationMethodName;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2, range(2, 100))
  @Max(100, range(2, 100))
  zscoreMinScores?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, range(1, 20))
  @Max(20, range(1, 20))
  reviewsPerProject?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, range(1, 10000))
  @Max(10000, range(1, 10000))
  judgeLoadLimit?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, range(0, 2000))
  @Max(2000, range(0, 2000))
  bootstrapRounds?: number;
}

@InputType()
export class CompetitionFieldInput {
  @Field(() => ID, { nullable: true, description: 'Omit for a new field.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field({ description: 'Short stable code, e.g. AI (A–Z, 0–9, _).' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{0,31}$/)
  code: string;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  name: LocalizedTextInput;
}

@InputType()
export class StageDateInput {
  @Field(() => CompetitionStageEnum) @IsIn([...COMPETITION_STAGES]) stage: CompetitionStage;
  @Field({ description: 'YYYY-MM-DD' }) @IsISO8601({ strict: true }) startsOn: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }) endsOn?: string | null;
}

@InputType()
export class CreateCompetitionInput {
  @Field(() => LocalizedTextInput) @ValidateNested() @Type(() => LocalizedTextInput) name: LocalizedTextInput;
  @Field(() => Int) @IsInt() @Min(2000, range(2000, 2100)) @Max(2100, range(2000, 2100)) year: number;
  @Field(() => Int) @IsInt() @Min(1, range(1, 1000)) @Max(1000, range(1, 1000)) editionNumber: number;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  organisers?: LocalizedTextInput;

  @Field(() => CompetitionSettingsInput, { nullable: true, description: 'Defaults: the 2020 call.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CompetitionSettingsInput)
  settings?: CompetitionSettingsInput;

  @Field(() => [CompetitionFieldInput], {
    nullable: true,
    description: 'Defaults: AI, Robotics, Biotech/Food tech.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => CompetitionFieldInput)
  fields?: CompetitionFieldInput[];

  @Field(() => [StageDateInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => StageDateInput)
  timeline?: StageDateInput[];
}

@InputType()
export class UpdateCompetitionInput {
  @Field(() => ID) @IsUUID() competitionId: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  name?: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  organisers?: LocalizedTextInput;

  @Field(() => CompetitionSettingsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CompetitionSettingsInput)
  settings?: CompetitionSettingsInput;
}

@InputType()
export class SetCompetitionFieldsInput {
  @Field(() => ID) @IsUUID() competitionId: string;

  @Field(() => [CompetitionFieldInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => CompetitionFieldInput)
  fields: CompetitionFieldInput[];
}

@InputType()
export class SetTimelineInput {
  @Field(() => ID) @IsUUID() competitionId: string;

  @Field(() => [StageDateInput])
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => StageDateInput)
  dates: StageDateInput[];
}

@InputType()
export class AdvanceStageInput {
  @Field(() => ID) @IsUUID() competitionId: string;

  @Field(() => CompetitionStageEnum, {
    description: 'The stage you see now; refused if it changed meanwhile.',
  })
  @IsIn([...COMPETITION_STAGES])
  from: CompetitionStage;
}
