import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ConflictReason } from '../conflicts';
import { ConflictReasonEnum } from './judging.enums';

@ObjectType('DetectedConflict', { description: 'A judge–project pair Bridge will never assign, and why.' })
export class DetectedConflictDto {
  @Field(() => ID) judgeId: string;
  @Field(() => ID) projectId: string;
  @Field(() => [ConflictReasonEnum]) reasons: ConflictReason[];
}
