import { CURRENCIES, PROJECT_STAGES, SEEKING_KINDS } from '@bridge/contracts';
import type { Currency, ProjectStage, SeekingKind } from '@bridge/contracts';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalizedLongTextInput, LocalizedTextInput } from '../../common/graphql/localized-text.dto';
import { CurrencyEnum, ProjectStageEnum, SeekingKindEnum } from '../../competitions/dtos/competition.enums';

const range = (min: number, max: number) => ({ context: { min, max } });
const url = { protocols: ['https', 'http'], require_protocol: true };

/** What a start-up writes about its project. Every field may be left empty in a draft. */
@InputType()
export class ProjectContentInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() fieldId?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title?: LocalizedTextInput;

  @Field(() => LocalizedLongTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedLongTextInput)
  summary?: LocalizedLongTextInput;

  @Field(() => LocalizedLongTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedLongTextInput)
  description?: LocalizedLongTextInput;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true, context: { max: 40 } })
  tags?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, range(1, 9))
  @Max(9, range(1, 9))
  trl?: number | null;

  @Field(() => ProjectStageEnum, { nullable: true })
  @IsOptional()
  @IsIn([...PROJECT_STAGES])
  stage?: ProjectStage | null;

  @Field(() => Float, { nullable: true, description: 'Minor units.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 0 })
  @Min(0, range(0, 1e13))
  @Max(1e13, range(0, 1e13))
  fundingAskAmount?: number | null;

  @Field(() => CurrencyEnum, { nullable: true })
  @IsOptional()
  @IsIn([...CURRENCIES])
  fundingAskCurrency?: Currency | null;

  @Field(() => [SeekingKindEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsIn([...SEEKING_KINDS], { each: true })
  seeking?: SeekingKind[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, range(1, 100000))
  @Max(100000, range(1, 100000))
  teamSize?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1950, range(1950, 2100))
  @Max(2100, range(1950, 2100))
  foundedYear?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120, { context: { max: 120 } })
  city?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(url)
  @MaxLength(500, { context: { max: 500 } })
  pitchDeckUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(url)
  @MaxLength(500, { context: { max: 500 } })
  videoUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254, { context: { max: 254 } })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60, { context: { max: 60 } })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120, { context: { max: 120 } })
  contactMessenger?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Investors and parks may see scores and rank.' })
  @IsOptional()
  @IsBoolean()
  visibilityConsent?: boolean;
}

@InputType()
export class CreateProjectInput extends ProjectContentInput {
  @Field(() => ID) @IsUUID() competitionId: string;
}

@InputType()
export class UpdateProjectInput extends ProjectContentInput {
  @Field(() => ID) @IsUUID() projectId: string;
}
