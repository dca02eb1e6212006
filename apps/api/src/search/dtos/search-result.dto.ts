import type { ContentLanguage, ProjectStage, ProjectStatus, SeekingKind } from '@bridge/contracts';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedTextDto } from '../../common/graphql/localized-text.dto';
import {
  ProjectStageEnum,
  ProjectStatusEnum,
  SeekingKindEnum,
} from '../../competitions/dtos/competition.enums';
import type { FacetName } from '../search.types';
import { ContentLanguageEnum, SearchFacetNameEnum } from './search.enums';

@ObjectType('HighlightSegment', {
  description:
    'A piece of text; `highlighted` pieces match the query. Plain text: render as text, never as HTML.',
})
export class HighlightSegmentDto {
  @Field() text: string;
  @Field() highlighted: boolean;
}

@ObjectType('SearchHit', { description: 'A project card as the viewer may see it: hidden values are null.' })
export class SearchHitDto {
  @Field(() => ID) projectId: string;
  @Field(() => ID) competitionId: string;
  @Field(() => String, { nullable: true }) fieldCode: string | null;
  @Field(() => ProjectStatusEnum) status: ProjectStatus;
  @Field(() => ContentLanguageEnum, { description: 'Language of the title and summary shown.' })
  language: ContentLanguage;
  @Field({ description: 'True when the title is not in the language asked for.' }) fallback: boolean;
  @Field(() => [HighlightSegmentDto]) title: HighlightSegmentDto[];
  @Field(() => [HighlightSegmentDto], { description: 'The summary, or an excerpt of a long one.' })
  summary: HighlightSegmentDto[];
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => Int, { nullable: true }) trl: number | null;
  @Field(() => ProjectStageEnum, { nullable: true }) stage: ProjectStage | null;
  @Field(() => [SeekingKindEnum], { nullable: true }) seeking: SeekingKind[] | null;
  @Field(() => Float, { nullable: true, description: 'Funding ask, USD equivalent in cents.' })
  fundingAskUsdMinor: number | null;
  @Field(() => Float, { nullable: true, description: 'Published normalised score, where you may see it.' })
  score: number | null;
  @Field(() => Int, { nullable: true }) rankInField: number | null;
  @Field(() => Int, { nullable: true }) awardPlace: number | null;
}

@ObjectType('SearchFacetValue')
export class SearchFacetValueDto {
  @Field({ description: 'What to pass back in the matching SearchInput filter.' }) value: string;
  @Field(() => Int) count: number;
  @Field() selected: boolean;
  @Field(() => LocalizedTextDto, {
    nullable: true,
    description: 'Editions, fields and cities: a name to show.',
  })
  label: LocalizedTextDto | null;
}

@ObjectType('SearchFacet', {
  description: 'Counts of one filter. Disjunctive: a filter that is set counts as if it were not.',
})
export class SearchFacetDto {
  @Field(() => SearchFacetNameEnum) name: FacetName;
  @Field(() => [SearchFacetValueDto]) values: SearchFacetValueDto[];
}

@ObjectType('SearchResult')
export class SearchResultDto {
  @Field(() => [SearchHitDto]) hits: SearchHitDto[];
  @Field(() => Int) total: number;
  @Field(() => [SearchFacetDto]) facets: SearchFacetDto[];
  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last.',
  })
  nextCursor: string | null;
  @Field({ description: 'The search engine is down: PostgreSQL answered (results may lag).' })
  degraded: boolean;
  @Field({ description: 'postgres or meilisearch.' }) engine: string;
}
