import type { JudgingRound } from '@bridge/contracts';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedTextDto } from '../../common/graphql/localized-text.dto';
import { JudgingRoundEnum } from '../../competitions/dtos/competition.enums';
import { AssignmentEntity } from '../entities/assignment.entity';
import type { AssignmentStatus } from '../entities/assignment.entity';
import { CriterionEntity } from '../entities/criterion.entity';
import { JudgeConflictEntity } from '../entities/judge-conflict.entity';
import type { ConflictKind } from '../entities/judge-conflict.entity';
import { JudgeEntity } from '../entities/judge.entity';
import type { JudgeStatus } from '../entities/judge.entity';
import { AssignmentStatusEnum, ConflictKindEnum, JudgeStatusEnum } from './judging.enums';

@ObjectType('RoundProgress')
export class RoundProgressDto {
  @Field(() => JudgingRoundEnum) round: JudgingRound;
  @Field(() => Int) assigned: number;
  @Field(() => Int) submitted: number;
  @Field(() => Int) abstained: number;
}

@ObjectType('Judge')
export class JudgeDto {
  @Field(() => ID) id: string;
  @Field(() => ID) competitionId: string;
  @Field() displayName: string;
  @Field({ description: 'Organizers and the judge only.' }) email: string;
  @Field(() => JudgeStatusEnum) status: JudgeStatus;
  @Field(() => String, { nullable: true }) affiliation: string | null;
  @Field(() => Int, { nullable: true }) loadLimit: number | null;
  @Field(() => Date, { nullable: true }) lastRemindedAt: Date | null;
  @Field(() => [RoundProgressDto]) progress: RoundProgressDto[];

  static from(entity: JudgeEntity, progress: RoundProgressDto[] = []): JudgeDto {
    return Object.assign(new JudgeDto(), {
      id: entity.id,
      competitionId: entity.competitionId,
      displayName: entity.displayName,
      email: entity.email,
      status: entity.status,
      affiliation: entity.affiliation,
      loadLimit: entity.loadLimit,
      lastRemindedAt: entity.lastRemindedAt,
      progress,
    });
  }
}

@ObjectType('CreatedJudgeInvitation')
export class CreatedJudgeInvitationDto {
  @Field(() => JudgeDto) judge: JudgeDto;
  @Field({ description: 'Shown once: the link is /judge-invitations/<token>.' }) token: string;
}

@ObjectType('JudgeInvitationPreview')
export class JudgeInvitationPreviewDto {
  @Field(() => LocalizedTextDto) competitionName: LocalizedTextDto;
  @Field() email: string;
  @Field() displayName: string;
}

@ObjectType('JudgeConflict')
export class JudgeConflictDto {
  @Field(() => ID) id: string;
  @Field(() => ConflictKindEnum) kind: ConflictKind;
  @Field(() => ID, { nullable: true }) organizationId: string | null;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field(() => String, { nullable: true }) personName: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() createdAt: Date;

  static from(entity: JudgeConflictEntity): JudgeConflictDto {
    return Object.assign(new JudgeConflictDto(), {
      id: entity.id,
      kind: entity.kind,
      organizationId: entity.organizationId,
      projectId: entity.projectId,
      personName: entity.personName,
      note: entity.note,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('Criterion')
export class CriterionDto {
  @Field(() => ID) id: string;
  @Field(() => JudgingRoundEnum) round: JudgingRound;
  @Field(() => LocalizedTextDto) name: LocalizedTextDto;
  @Field(() => LocalizedTextDto) description: LocalizedTextDto;
  @Field(() => Float) weight: number;
  @Field(() => Int) maxScore: number;
  @Field(() => Int) position: number;

  static from(entity: CriterionEntity): CriterionDto {
    return Object.assign(new CriterionDto(), {
      id: entity.id,
      round: entity.round,
      name: entity.name,
      description: entity.description ?? {},
      weight: entity.weight,
      maxScore: entity.maxScore,
      position: entity.position,
    });
  }
}

@ObjectType('CriterionScore')
export class CriterionScoreDto {
  @Field(() => ID) criterionId: string;
  @Field(() => Float) value: number;
  @Field(() => String, { nullable: true }) comment: string | null;
}

@ObjectType('Assignment')
export class AssignmentDto {
  @Field(() => ID) id: string;
  @Field(() => ID) competitionId: string;
  @Field(() => JudgingRoundEnum) round: JudgingRound;
  @Field(() => ID) judgeId: string;
  @Field(() => ID) projectId: string;
  @Field(() => AssignmentStatusEnum) status: AssignmentStatus;
  @Field() source: string;
  @Field(() => Float, { nullable: true, description: 'Criteria-weighted total, 0–100.' }) total:
    number | null;
  @Field(() => String, { nullable: true }) abstainReason: string | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;

  static from(entity: AssignmentEntity): AssignmentDto {
    return Object.assign(new AssignmentDto(), {
      id: entity.id,
      competitionId: entity.competitionId,
      round: entity.round,
      judgeId: entity.judgeId,
      projectId: entity.projectId,
      status: entity.status,
      source: entity.source,
      total: entity.total,
      abstainReason: entity.abstainReason,
      submittedAt: entity.submittedAt,
    });
  }
}

@ObjectType('Review', {
  description: "One judge's scores of a project: organizers, or fellow judges once the round closed.",
})
export class ReviewDto {
  @Field(() => ID) assignmentId: string;
  @Field(() => ID) judgeId: string;
  @Field() judgeName: string;
  @Field(() => AssignmentStatusEnum) status: AssignmentStatus;
  @Field(() => Float, { nullable: true }) total: number | null;
  @Field(() => [CriterionScoreDto]) scores: CriterionScoreDto[];
  @Field(() => String, { nullable: true }) abstainReason: string | null;
}

@ObjectType('AssignmentRunResult')
export class AssignmentRunResultDto {
  @Field(() => Int) created: number;
  @Field(() => [ID], { description: 'Projects that could not get enough judges.' })
  shortfallProjectIds: string[];
}
