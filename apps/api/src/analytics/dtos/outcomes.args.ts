import type { EngagementKind } from '@bridge/contracts';
import { ENGAGEMENT_KINDS, ENGAGEMENT_STAGES } from '@bridge/contracts';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection';
import { FUNNEL_STEPS, FunnelStep } from '../outcomes.funnel';
import { EngagementKindEnum, OutcomeStepEnum } from './outcomes.enums';

const ALL_STAGES = [...new Set(Object.values(ENGAGEMENT_STAGES).flat())];

@ArgsType()
export class OutcomesArgs {
  @Field(() => ID, { nullable: true, description: 'One edition; every edition when omitted.' })
  @IsOptional()
  @IsUUID()
  competitionId?: string | null;
}

@ArgsType()
export class OutcomeEngagementsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  competitionId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  fieldCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner organisation (a park in the dashboard).' })
  @IsOptional()
  @IsUUID()
  parkId?: string | null;

  @Field(() => EngagementKindEnum, { nullable: true })
  @IsOptional()
  @IsIn([...ENGAGEMENT_KINDS])
  kind?: EngagementKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(ALL_STAGES)
  stage?: string | null;

  @Field(() => OutcomeStepEnum, {
    nullable: true,
    description: 'Only the engagements a funnel step counts (landed, invested, rd); other steps: all.',
  })
  @IsOptional()
  @IsIn([...FUNNEL_STEPS])
  step?: FunnelStep | null;
}
