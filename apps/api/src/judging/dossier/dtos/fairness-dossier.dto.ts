import type { CompetitionStage, JudgingRound, NormalizationMethodName } from '@bridge/contracts';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumObject } from '../../../common/graphql/enum-object';
import { LocalizedTextDto } from '../../../common/graphql/localized-text.dto';
import { CompetitionSettingsDto, StageDateDto } from '../../../competitions/dtos/competition.dto';
import {
  CompetitionStageEnum,
  JudgingRoundEnum,
  NormalizationMethodEnum,
} from '../../../competitions/dtos/competition.enums';
import type { AssignmentStatus } from '../../entities/assignment.entity';
import { CriterionDto } from '../../dtos/judging.dto';
import { AssignmentStatusEnum, OverrideDecisionEnum } from '../../dtos/judging.enums';
import type { RecusalKind, RunStatus } from '../dossier.model';

export const RecusalKindEnum = enumObject(['ABSTENTION', 'DECLARED_CONFLICT', 'DETECTED_CONFLICT'] as const);
export const DossierRunStatusEnum = enumObject(['PUBLISHED', 'CURRENT', 'STALE', 'SUPERSEDED'] as const);
registerEnumType(RecusalKindEnum, { name: 'RecusalKind' });
registerEnumType(DossierRunStatusEnum, {
  name: 'DossierRunStatus',
  description:
    'PUBLISHED: results came from it; CURRENT/STALE: the latest run, (not) matching today’s inputs; SUPERSEDED: a later run exists.',
});

@ObjectType('DossierRun')
export class DossierRunDto {
  @Field(() => ID) runId: string;
  @Field(() => JudgingRoundEnum) round: JudgingRound;
  @Field(() => NormalizationMethodEnum) method: NormalizationMethodName;
  @Field(() => DossierRunStatusEnum) status: RunStatus;
  @Field({ description: 'SHA-256 of the scores, overrides and settings the run used.' }) inputHash: string;
  @Field() createdAt: Date;
  @Field(() => String, { nullable: true }) createdBy: string | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => Int) candidates: number;
  @Field(() => Int) reviews: number;
  @Field(() => Boolean, { nullable: true }) converged: boolean | null;
  @Field(() => Int, { nullable: true }) iterations: number | null;
  @Field({ description: 'The settings the run used, as JSON.' }) settings: string;
}

@ObjectType('DossierJudge', { description: 'A judge in one round: workload, raw mean and fitted habit.' })
export class DossierJudgeDto {
  @Field(() => ID) judgeId: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => String, { nullable: true }) affiliation: string | null;
  @Field() status: string;
  @Field(() => JudgingRoundEnum) round: JudgingRound;
  @Field(() => Int) assigned: number;
  @Field(() => Int) submitted: number;
  @Field(() => Int) abstained: number;
  @Field(() => Float, { nullable: true }) meanTotal: number | null;
  @Field(() => ID, { nullable: true }) runId: string | null;
  @Field(() => Int, { nullable: true }) scoreCount: number | null;
  @Field(() => Float, { nullable: true, description: 'Fitted leniency, in points.' }) offset: number | null;
  @Field(() => Float, { nullable: true, description: 'Fitted spread, relative to 1.' }) scale: number | null;
  @Field(() => Boolean, { nullable: true }) leftRaw: boolean | null;
}

@ObjectType('DossierAssignment')
export class DossierAssignmentDto {
  @Field(() => ID) assignmentId: string;
  @Field(() => JudgingRoundEnum) round: JudgingRound;
  @Field(() => ID) judgeId: string;
  @Field() judgeName: string;
  @Field(() => ID) projectId: string;
  @Field(() => LocalizedTextDto) projectTitle: LocalizedTextDto;
  @Field(() => String, { nullable: true }) fieldCode: string | null;
  @Field(() => AssignmentStatusEnum) status: AssignmentStatus;
  @Field() source: string;
  @Field(() => Float, { nullable: true }) total: number | null;
  @Field(() => String, { nullable: true }) abstainReason: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
}

@ObjectType('DossierScore', {
  description: 'One criterion score of a review, with its judge’s fitted habit.',
})
export class DossierScoreDto {
  @Field(() => JudgingRoundEnum) round: JudgingRound;
  @Field(() => ID) assignmentId: string;
  @Field(() => AssignmentStatusEnum) assignmentStatus: AssignmentStatus;
  @Field(() => ID) judgeId: string;
  @Field() judgeName: string;
  @Field(() => ID) projectId: string;
  @Field(() => LocalizedTextDto) projectTitle: LocalizedTextDto;
  @Field(() => String, { nullable: true }) fieldCode: string | null;
  @Field(() => ID) criterionId: string;
  @Field(() => LocalizedTextDto) criterionName: LocalizedTextDto;
  @Field(() => Float) weight: number;
  @Field(() => Int) maxScore: number;
  @Field(() => Float) value: number;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => Float, { nullable: true }) total: number | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Float, { nullable: true }) judgeOffset: number | null;
  @Field(() => Float, { nullable: true }) judgeScale: number | null;
}

@ObjectType('DossierRecusal', {
  description: 'An abstention, a declared conflict or a conflict Bridge detected.',
})
export class DossierRecusalDto {
  @Field(() => RecusalKindEnum) kind: RecusalKind;
  @Field(() => JudgingRoundEnum, { nullable: true }) round: JudgingRound | null;
  @Field(() => ID) judgeId: string;
  @Field() judgeName: string;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field(() => LocalizedTextDto, { nullable: true }) projectTitle: LocalizedTextDto | null;
  @Field(() => ID, { nullable: true }) organizationId: string | null;
  @Field(() => LocalizedTextDto, { nullable: true }) organizationName: LocalizedTextDto | null;
  @Field(() => String, { nullable: true }) personName: string | null;
  @Field(() => [String], { description: 'Conflict kinds or ConflictReason codes.' }) reasons: string[];
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Detected conflicts: assigned anyway.' }) assigned:
    boolean | null;
  @Field(() => Date, { nullable: true }) at: Date | null;
}

@ObjectType('DossierOverride')
export class DossierOverrideDto {
  @Field(() => ID) projectId: string;
  @Field(() => LocalizedTextDto) projectTitle: LocalizedTextDto;
  @Field(() => String, { nullable: true }) fieldCode: string | null;
  @Field(() => OverrideDecisionEnum) decision: 'INCLUDE' | 'EXCLUDE';
  @Field() reason: string;
  @Field(() => String, { nullable: true }) createdBy: string | null;
  @Field() createdAt: Date;
  @Field(() => String, { nullable: true }) outcomeReason: string | null;
  @Field() applied: boolean;
}

@ObjectType('DossierResult', { description: 'A project’s outcome in the latest run of a round.' })
export class DossierResultDto {
  @Field(() => JudgingRoundEnum) round: JudgingRound;
  @Field(() => ID) runId: string;
  @Field(() => ID) projectId: string;
  @Field(() => LocalizedTextDto) projectTitle: LocalizedTextDto;
  @Field(() => String, { nullable: true }) fieldCode: string | null;
  @Field(() => String, { nullable: true }) projectStatus: string | null;
  @Field(() => Int) reviewCount: number;
  @Field(() => Float, { nullable: true }) rawMean: number | null;
  @Field(() => Float, { nullable: true }) quality: number | null;
  @Field(() => Int, { nullable: true }) rankInField: number | null;
  @Field(() => Int, { nullable: true }) rank: number | null;
  @Field(() => Boolean, { nullable: true }) selected: boolean | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => Float, { nullable: true }) finalistProbability: number | null;
  @Field(() => Boolean, { nullable: true }) nearTie: boolean | null;
  @Field(() => Int, { nullable: true }) place: number | null;
}

@ObjectType('FairnessDossier', {
  description:
    'Every score, judge habit, recusal, override and run of an edition, for organizers (printable page).',
})
export class FairnessDossierDto {
  @Field(() => ID) competitionId: string;
  @Field(() => LocalizedTextDto) competitionName: LocalizedTextDto;
  @Field(() => Int) year: number;
  @Field(() => Int) editionNumber: number;
  @Field(() => CompetitionStageEnum) stage: CompetitionStage;
  @Field(() => CompetitionSettingsDto) settings: CompetitionSettingsDto;
  @Field(() => Date, { nullable: true }) preliminaryClosedAt: Date | null;
  @Field(() => Date, { nullable: true }) finalistsPublishedAt: Date | null;
  @Field(() => Date, { nullable: true }) finalClosedAt: Date | null;
  @Field(() => Date, { nullable: true }) awardsPublishedAt: Date | null;
  @Field() generatedAt: Date;
  @Field(() => [StageDateDto]) timeline: StageDateDto[];
  @Field(() => [CriterionDto]) criteria: CriterionDto[];
  @Field(() => [DossierRunDto]) runs: DossierRunDto[];
  @Field(() => [DossierJudgeDto]) judges: DossierJudgeDto[];
  @Field(() => [DossierAssignmentDto]) assignments: DossierAssignmentDto[];
  @Field(() => [DossierScoreDto]) scores: DossierScoreDto[];
  @Field(() => [DossierRecusalDto]) recusals: DossierRecusalDto[];
  @Field(() => [DossierOverrideDto]) overrides: DossierOverrideDto[];
  @Field(() => [DossierResultDto]) results: DossierResultDto[];
}
