import { PROJECT_STAGES, SEEKING_KINDS } from '@bridge/contracts';
import type { ProjectStage, SeekingKind } from '@bridge/contracts';
import { Field, Float, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ProjectStageEnum, SeekingKindEnum } from '../../competitions/dtos/competition.enums';

export const PREFERENCE_LIST_MAX = 20;
const TICKET_MAX = 1e13;
const range = (min: number, max: number) => ({ context: { min, max } });
const each = { each: true };
const listMax = { context: { max: PREFERENCE_LIST_MAX } };

/** The whole set of preferences (replaces the previous one): empty lists and nulls state nothing. */
@InputType()
export class MarketPreferencesInput {
  @Field(() => [String], { description: `Field codes, e.g. AI; at most ${PREFERENCE_LIST_MAX}.` })
  @IsArray()
  @ArrayMaxSize(PREFERENCE_LIST_MAX, listMax)
  @Matches(/^[A-Z0-9_]{1,32}$/, each)
  fieldCodes: string[];

  @Field(() => [ProjectStageEnum])
  @IsArray()
  @ArrayMaxSize(PREFERENCE_LIST_MAX, listMax)
  @IsIn([...PROJECT_STAGES], each)
  stages: ProjectStage[];

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

  @Field(() => Float, { nullable: true, description: 'Smallest ticket, USD equivalent in cents.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 0 })
  @Min(0, range(0, TICKET_MAX))
  @Max(TICKET_MAX, range(0, TICKET_MAX))
  ticketMinUsd?: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest ticket, USD equivalent in cents.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 0 })
  @Min(0, range(0, TICKET_MAX))
  @Max(TICKET_MAX, range(0, TICKET_MAX))
  ticketMaxUsd?: number | null;

  @Field(() => [SeekingKindEnum], { description: 'What you offer, matched against what projects seek.' })
  @IsArray()
  @ArrayMaxSize(PREFERENCE_LIST_MAX, listMax)
  @IsIn([...SEEKING_KINDS], each)
  offers: SeekingKind[];

  @Field(() => [String], {
    description: `City names, or keys of the search CITY facet; at most ${PREFERENCE_LIST_MAX}.`,
  })
  @IsArray()
  @ArrayMaxSize(PREFERENCE_LIST_MAX, listMax)
  @IsString(each)
  @MaxLength(120, { each: true, context: { max: 120 } })
  cities: string[];
}
