import { Field, Int, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from '../../common/graphql/json.scalar';
import { SearchHitDto } from '../../search/dtos/search-result.dto';
import type { FitParamValue } from '../fit';

@ObjectType('FitReason', {
  description:
    'Why a project fits, or does not: a key of FIT_REASON_KEYS, whether it is met, its parameters.',
})
export class FitReasonDto {
  @Field() key: string;
  @Field() met: boolean;
  @Field(() => GraphQLJSON, { nullable: true }) params: Record<string, FitParamValue>;
}

@ObjectType('Recommendation')
export class RecommendationDto {
  @Field(() => SearchHitDto) hit: SearchHitDto;
  @Field(() => Int, { description: 'How well the project fits your preferences, 0–100.' }) fit: number;
  @Field(() => [FitReasonDto]) reasons: FitReasonDto[];
}
