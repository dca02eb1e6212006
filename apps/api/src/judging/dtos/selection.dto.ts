import type { JudgingRound, NormalizationMethodName } from '@bridge/contracts';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JudgingRoundEnum, NormalizationMethodEnum } from '../../competitions/dtos/competition.enums';
import GraphQLJSON from '../../common/graphql/json.scalar';
import { OverrideDecisionEnum } from './judging.enums';

@ObjectType('ExplanationPart', { description: 'One translated sentence part: a key and its parameters.' })
export class ExplanationPartDto {
  @Field() key: string;
  @Field(() => GraphQLJSON) params: Record<string, string | number>;
}

@ObjectType('SelectionOverride')
export class SelectionOverrideDto {
  @Field(() => ID) id: string;
  @Field(() => ID) projectId: string;
  @Field(() => OverrideDecisionEnum) decision: 'INCLUDE' | 'EXCLUDE';
  @Field() reason: string;
  @Field() createdAt: Date;
}

@ObjectType('SelectionOutcome')
export class SelectionOutcomeDto {
  @Field(() => ID) projectId: string;
  @Field(() => ID) fieldId: string;
  @Field(() => Int) reviewCount: number;
  @Field(() => Float, { nullable: true }) rawMean: number | null;
  @Field(() => Float, { nullable: true }) quality: number | null;
  @Field(() => Int, { nullable: true }) rankInField: number | null;
  @Field(() => Int, { nullable: true }) rankOverall: number | null;
  @Field() belowMinReviews: boolean;
  @Field() selected: boolean;
  @Field() reason: string;
  @Field(() => Float, { nullable: true }) finalistProbability: number | null;
  @Field() nearTie: boolean;
  @Field(() => [ExplanationPartDto]) explanation: ExplanationPartDto[];
}

@ObjectType('FinalOutcome')
export class FinalOutcomeDto {
  @Field(() => ID) projectId: string;
  @Field(() => Float, { nullable: true }) quality: number | null;
  @Field(() => Int, { nullable: true }) rank: number | null;
  @Field(() => Int, { nullable: true }) place: number | null;
  @Field(() => Int) reviewCount: number;
}

@ObjectType('JudgeEffect', {
  description: "A judge's fitted leniency (offset) and spread (scale); organizers only.",
})
export class JudgeEffectDto {
  @Field(() => ID) judgeId: string;
  @Field() judgeName: string;
  @Field(() => Int) scoreCount: number;
  @Field(() => Float) offset: number;
  @Field(() => Float) scale: number;
  @Field({ description: 'ZSCORE: too few scores to standardise; left raw.' }) leftRaw: boolean;
}

@ObjectType('FieldSlots')
export class FieldSlotsDto {
  @Field(() => ID) fieldId: string;
  @Field(() => Int) share: number;
  @Field(() => Int) selected: number;
  @Field(() => Int) eligible: number;
  @Field(() => Int) unfilled: number;
}

@ObjectType('SelectionRun')
export class SelectionRunDto {
  @Field(() => ID) id: string;
  @Field(() => ID) competitionId: string;
  @Field(() => JudgingRoundEnum) round: JudgingRound;
  @Field(() => NormalizationMethodEnum) method: NormalizationMethodName;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field({ description: 'Scores or overrides changed since this run: run again before publishing.' })
  stale: boolean;
  @Field() converged: boolean;
  @Field(() => Int) iterations: number;
  @Field(() => [String], { description: 'The tie-break order, as translation keys.' }) tieBreak: string[];
  @Field(() => [SelectionOutcomeDto], { description: 'Preliminary round.' }) outcomes: SelectionOutcomeDto[];
  @Field(() => [FinalOutcomeDto], { description: 'Final round.' }) finalOutcomes: FinalOutcomeDto[];
  @Field(() => [JudgeEffectDto]) judges: JudgeEffectDto[];
  @Field(() => [FieldSlotsDto]) fields: FieldSlotsDto[];
  @Field(() => [SelectionOverrideDto]) overrides: SelectionOverrideDto[];
}
