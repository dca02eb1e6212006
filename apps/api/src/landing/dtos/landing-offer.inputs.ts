import {
  LANDING_LIMITS,
  LANDING_OFFER_STATUSES,
  LANDING_SPACE_TYPES,
  PROJECT_STAGES,
} from '@bridge/contracts';
import type { LandingOfferStatus, LandingSpaceType, ProjectStage } from '@bridge/contracts';
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ProjectStageEnum } from '../../competitions/dtos/competition.enums';
import { LocalizedLongTextInput, LocalizedTextInput } from '../../common/graphql/localized-text.dto';
import { PageArgs } from '../../common/pagination/connection';
import { LandingOfferStatusEnum, LandingSpaceTypeEnum } from './landing.enums';

/*
 * Types and single-value bounds are checked here (field errors `range` with min/max); what needs
 * several fields (a title in some language, min ≤ max, a future deadline, known codes) by
 * OfferInputCleaner.
 */

const MAX_MONEY_MINOR = 1e13;
const MAX_SUBSIDY_MINOR = 1_000_000;
const range = (min: number, max: number) => ({ context: { min, max } });

@InputType()
export class EligibilityRulesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, range(0, LANDING_LIMITS.maxCompanyAgeYears))
  @Max(LANDING_LIMITS.maxCompanyAgeYears, range(0, LANDING_LIMITS.maxCompanyAgeYears))
  maxCompanyAgeYears?: number | null;

  @Field(() => [ProjectStageEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(PROJECT_STAGES, { each: true })
  stages?: ProjectStage[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, range(1, 9))
  @Max(9, range(1, 9))
  trlMin?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, range(1, 9))
  @Max(9, range(1, 9))
  trlMax?: number | null;

  @Field(() => Float, { nullable: true, description: 'USD cents.' })
  @IsOptional()
  @IsInt()
  @Min(0, range(0, MAX_MONEY_MINOR))
  @Max(MAX_MONEY_MINOR, range(0, MAX_MONEY_MINOR))
  fundingUsdMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'USD cents.' })
  @IsOptional()
  @IsInt()
  @Min(0, range(0, MAX_MONEY_MINOR))
  @Max(MAX_MONEY_MINOR, range(0, MAX_MONEY_MINOR))
  fundingUsdMax?: number | null;

  @Field(() => [String], { nullable: true, description: 'Field codes (AI, ROBOTICS, …).' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  fieldCodes?: string[] | null;
}

/** The parts of an offer; on update, a part left out stays as it is and null clears it. */
@InputType({ isAbstract: true })
export class LandingOfferFields {
  @Field(() => LocalizedLongTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedLongTextInput)
  description?: LocalizedLongTextInput | null;

  @Field(() => String, { nullable: true, description: 'At most 120 characters.' })
  @IsOptional()
  @IsString()
  city?: string | null;

  @Field(() => Int, { nullable: true, description: `1–${LANDING_LIMITS.maxSpaceSqm} m².` })
  @IsOptional()
  @IsInt()
  @Min(1, range(1, LANDING_LIMITS.maxSpaceSqm))
  @Max(LANDING_LIMITS.maxSpaceSqm, range(1, LANDING_LIMITS.maxSpaceSqm))
  spaceSqm?: number | null;

  @Field(() => LandingSpaceTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(LANDING_SPACE_TYPES)
  spaceType?: LandingSpaceType | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, range(0, LANDING_LIMITS.maxRentFreeMonths))
  @Max(LANDING_LIMITS.maxRentFreeMonths, range(0, LANDING_LIMITS.maxRentFreeMonths))
  rentFreeMonths?: number | null;

  @Field(() => [Float], {
    nullable: true,
    description: `CNY fen per m² per month for year 1, 2, … (at most ${LANDING_LIMITS.maxSubsidyYears} years).`,
  })
  @IsOptional()
  @IsArray()
  @IsNumber({}, { each: true })
  @Min(0, { each: true, ...range(0, MAX_SUBSIDY_MINOR) })
  @Max(MAX_SUBSIDY_MINOR, { each: true, ...range(0, MAX_SUBSIDY_MINOR) })
  rentSubsidyPerSqmMonthByYear?: number[] | null;

  @Field(() => Float, { nullable: true, description: 'CNY fen.' })
  @IsOptional()
  @IsInt()
  @Min(0, range(0, MAX_MONEY_MINOR))
  @Max(MAX_MONEY_MINOR, range(0, MAX_MONEY_MINOR))
  cashGrantCnyMinor?: number | null;

  @Field(() => LocalizedLongTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedLongTextInput)
  taxIncentives?: LocalizedLongTextInput | null;

  @Field(() => LocalizedLongTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedLongTextInput)
  talentSupport?: LocalizedLongTextInput | null;

  @Field(() => LocalizedLongTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedLongTextInput)
  housingSupport?: LocalizedLongTextInput | null;

  @Field(() => [String], { nullable: true, description: 'LANDING_SERVICE_CODES.' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  services?: string[] | null;

  @Field(() => LocalizedLongTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedLongTextInput)
  servicesNote?: LocalizedLongTextInput | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  targetFieldCodes?: string[] | null;

  @Field(() => Date, { nullable: true, description: 'In the future.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  deadline?: Date | null;

  @Field(() => EligibilityRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EligibilityRulesInput)
  rules?: EligibilityRulesInput | null;
}

@InputType()
export class CreateLandingOfferInput extends LandingOfferFields {
  @Field(() => LocalizedTextInput, { description: 'At least one language.' })
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title: LocalizedTextInput;
}

@InputType()
export class UpdateLandingOfferInput extends LandingOfferFields {
  @Field(() => ID) @IsUUID() id: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title?: LocalizedTextInput | null;
}

@ArgsType()
export class LandingOffersArgs extends PageArgs {
  @Field(() => LandingOfferStatusEnum, {
    nullable: true,
    description: 'Without a status: OPEN offers, and every offer of your own park.',
  })
  @IsOptional()
  @IsIn(LANDING_OFFER_STATUSES)
  status?: LandingOfferStatus | null;
}

@ArgsType()
export class MyLandingOffersArgs extends PageArgs {
  @Field(() => LandingOfferStatusEnum, { nullable: true, description: 'Any status when left out.' })
  @IsOptional()
  @IsIn(LANDING_OFFER_STATUSES)
  status?: LandingOfferStatus | null;
}
