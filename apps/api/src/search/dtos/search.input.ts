import { LOCALES, PROJECT_STAGES, PROJECT_STATUSES, SEEKING_KINDS } from '@bridge/contracts';
import type { Locale, ProjectStage, ProjectStatus, SeekingKind } from '@bridge/contracts';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  ProjectStageEnum,
  ProjectStatusEnum,
  SeekingKindEnum,
} from '../../competitions/dtos/competition.enums';
import { LocaleEnum } from '../../identity/dtos/identity.enums';
import type { SearchSort } from '../search.types';
import { SEARCH_SORTS } from '../search.types';
import { SearchSortEnum } from './search.enums';

const range = (min: number, max: number) => ({ context: { min, max } });
const each = { each: true };
export const SEARCH_TEXT_MAX = 200;
export const SEARCH_PAGE_MAX = 50;
const LIST_MAX = 20;
const FUNDING_MAX = 1e13;
/** Statuses a search may filter on: drafts are never searched. */
const SEARCHABLE_STATUSES = PROJECT_STATUSES.filter((s) => s !== 'DRAFT');

/** A search: text, filters (any value within a filter, all filters), sort and page. */
@InputType()
export class SearchInput {
  @Field(() => String, {
    nullable: true,
    description: `Words in any language; at most ${SEARCH_TEXT_MAX} characters.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_TEXT_MAX, { context: { max: SEARCH_TEXT_MAX } })
  text?: string | null;

  @Field(() => LocaleEnum, {
    nullable: true,
    description: 'Language to show hits in (default: yours, else en).',
  })
  @IsOptional()
  @IsIn([...LOCALES])
  language?: Locale | null;

  @Field(() => [ID], { nullable: true, description: 'Editions (competition ids).' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @IsUUID('all', each)
  competitionIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Field codes, e.g. AI, ROBOTICS.' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @Matches(/^[A-Z0-9_]{1,32}$/, each)
  fieldCodes?: string[] | null;

  @Field(() => [ProjectStatusEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @IsIn(SEARCHABLE_STATUSES, each)
  statuses?: ProjectStatus[] | null;

  @Field(() => [Int], { nullable: true, description: 'Award places (1, 2, 3…).' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @IsInt(each)
  @Min(1, { each: true, ...range(1, 100) })
  @Max(100, { each: true, ...range(1, 100) })
  awardPlaces?: number[] | null;

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

  @Field(() => [ProjectStageEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @IsIn([...PROJECT_STAGES], each)
  stages?: ProjectStage[] | null;

  @Field(() => [SeekingKindEnum], { nullable: true, description: 'Projects seeking any of these.' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @IsIn([...SEEKING_KINDS], each)
  seeking?: SeekingKind[] | null;

  @Field(() => Float, { nullable: true, description: 'Funding ask at least this, USD equivalent in cents.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 0 })
  @Min(0, range(0, FUNDING_MAX))
  @Max(FUNDING_MAX, range(0, FUNDING_MAX))
  fundingUsdMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'Funding ask at most this, USD equivalent in cents.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 0 })
  @Min(0, range(0, FUNDING_MAX))
  @Max(FUNDING_MAX, range(0, FUNDING_MAX))
  fundingUsdMax?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Published score at least this (0–100); only scores you may see.',
  })
  @IsOptional()
  @IsNumber()
  @Min(0, range(0, 100))
  @Max(100, range(0, 100))
  scoreMin?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0, range(0, 100))
  @Max(100, range(0, 100))
  scoreMax?: number | null;

  @Field(() => [String], { nullable: true, description: 'City keys, as the CITY facet returns them.' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @Matches(/^[0-9a-f]{16}$/, each)
  cities?: string[] | null;

  @Field(() => SearchSortEnum, { defaultValue: 'RELEVANCE' })
  @IsIn([...SEARCH_SORTS])
  sort: SearchSort = 'RELEVANCE';

  @Field(() => Int, { defaultValue: 20, description: `Page size, 1–${SEARCH_PAGE_MAX}.` })
  @IsInt()
  @Min(1, range(1, SEARCH_PAGE_MAX))
  @Max(SEARCH_PAGE_MAX, range(1, SEARCH_PAGE_MAX))
  first = 20;

  @Field(() => String, { nullable: true, description: 'nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}
