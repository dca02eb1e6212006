import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const RECOMMENDATIONS_MAX = 50;
const range = { context: { min: 1, max: RECOMMENDATIONS_MAX } };

@ArgsType()
export class RecommendationsArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 20,
    description: `How many, 1–${RECOMMENDATIONS_MAX} (null: 20).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1, range)
  @Max(RECOMMENDATIONS_MAX, range)
  first: number | null = 20;

  @Field(() => ID, { nullable: true, description: 'Only projects of this edition.' })
  @IsOptional()
  @IsUUID()
  competitionId?: string | null;
}
