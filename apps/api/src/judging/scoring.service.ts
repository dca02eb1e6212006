import { ERROR_KEYS } from '@bridge/contracts';
import type { FieldError, JudgingRound } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { CompetitionsService, actor } from '../competitions/competitions.service';
import { CompetitionEntity } from '../competitions/entities/competition.entity';
import { assertStage } from '../competitions/stage-guard';
import type { Viewer } from '../identity/viewer';
import { isOrganizer } from '../identity/viewer';
import { ReviewDto } from './dtos/judging.dto';
import { CriterionScoreInput } from './dtos/judging.inputs';
import { AssignmentEntity } from './entities/assignment.entity';
import { CriterionEntity } from './entities/criterion.entity';
import { JudgeEntity } from './entities/judge.entity';
import { ScoreEntity } from './entities/score.entity';
import { reviewTotal } from './review-total';

export function roundClosed(competition: CompetitionEntity, round: JudgingRound): boolean {
  return !!(round === 'PRELIMINARY' ? competition.preliminaryClosedAt : competition.finalClosedAt);
}

@Injectable()
export class ScoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly competitions: CompetitionsService,
    private readonly audit: AuditService,
  ) {}

  /** The viewer's own assignment (as its judge), or NOT_FOUND. */
  async ownAssignment(
    manager: EntityManager,
    viewer: Viewer,
    assignmentId: string,
  ): Promise<AssignmentEntity> {
    const assignment = await manager
      .getRepository(AssignmentEntity)
      .createQueryBuilder('a')
      .innerJoin(JudgeEntity, 'j', 'j.id = a.judge_id')
      .where("a.id = :assignmentId AND j.user_id = :userId AND j.status = 'ACTIVE'", {
        assignmentId,
        userId: viewer.user.id,
      })
      .getOne();
    if (!assignment) throw AppException.notFound('assignment');
    return assignment;
  }

  scoresOf(assignmentIds: string[]): Promise<ScoreEntity[]> {
    if (!assignmentIds.length) return Promise.resolve([]);
    return this.dataSource.getRepository(ScoreEntity).find({ where: { assignmentId: In(assignmentIds) } });
  }

  /**
   * Saves the judge's scores (a draft, or a submission with every criterion scored) while the round
   * is open. The total is computed here, from the criteria weights.
   */
  async save(viewer: Viewer, assignmentId: string, scores: CriterionScoreInput[], submit: boolean) {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await this.ownAssignment(manager, viewer, assignmentId);
      const competition = await this.openRound(manager, assignment);
      const criteria = await manager.find(CriterionEntity, {
        where: { competitionId: competition.id, round: assignment.round },
      });
      if (!criteria.length) throw AppException.conflict(ERROR_KEYS.noCriteria);
      const byId = new Map(criteria.map((c) => [c.id, c]));
      const fieldErrors = scores.flatMap((s, i): FieldError[] => {
        const criterion = byId.get(s.criterionId);
        if (!criterion) return [{ field: `scores.${i}.criterionId`, key: 'validation.oneOf' as const }];
        if (s.value < 0 || s.value > criterion.maxScore) {
          return [
            {
              field: `scores.${i}.value`,
              key: 'validation.range' as const,
              params: { min: 0, max: criterion.maxScore },
            },
          ];
        }
        return [];
      });
      if (fieldErrors.length) throw AppException.invalid(fieldErrors);
      for (const s of scores) {
        await manager.upsert(
          ScoreEntity,
          { assignmentId, criterionId: s.criterionId, value: s.value, comment: s.comment?.trim() || null },
          ['assignmentId', 'criterionId'],
        );
      }
      const saved = await manager.find(ScoreEntity, { where: { assignmentId } });
      if (submit) {
        const values = new Map(saved.map((s) => [s.criterionId, s.value]));
        const missing = criteria.filter((c) => !values.has(c.id));
        if (missing.length) {
          throw AppException.invalid(
            missing.map((c) => ({ field: `criterion.${c.id}`, key: 'validation.required' as const })),
          );
        }
        await manager.update(
          AssignmentEntity,
          { id: assignmentId },
          {
            status: 'SUBMITTED',
            total: reviewTotal(criteria, values),
            submittedAt: new Date(),
            abstainReason: null,
          },
        );
        await this.audit.record(manager, actor(viewer), {
          action: 'review.submitted',
          entityType: 'assignment',
          entityId: assignmentId,
          before: { status: assignment.status, total: assignment.total },
          after: { status: 'SUBMITTED', total: reviewTotal(criteria, values) },
        });
      }
      return manager.findOneOrFail(AssignmentEntity, { where: { id: assignmentId } });
    });
  }

  /** The judge declines to score (e.g. a late-discovered conflict); the project gets no score from them. */
  async abstain(viewer: Viewer, assignmentId: string, reason: string) {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await this.ownAssignment(manager, viewer, assignmentId);
      await this.openRound(manager, assignment);
      await manager.delete(ScoreEntity, { assignmentId });
      await manager.update(
        AssignmentEntity,
        { id: assignmentId },
        { status: 'ABSTAINED', total: null, abstainReason: reason.trim(), submittedAt: new Date() },
      );
      await this.audit.record(manager, actor(viewer), {
        action: 'review.abstained',
        entityType: 'assignment',
        entityId: assignmentId,
        after: { reason: reason.trim() },
      });
      return manager.findOneOrFail(AssignmentEntity, { where: { id: assignmentId } });
    });
  }

  private async openRound(manager: EntityManager, assignment: AssignmentEntity): Promise<CompetitionEntity> {
    const competition = await manager.findOne(CompetitionEntity, {
      where: { id: assignment.competitionId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!competition) throw AppException.notFound('competition');
    assertStage(competition, assignment.round === 'PRELIMINARY' ? 'SCORE_PRELIMINARY' : 'SCORE_FINAL');
    if (roundClosed(competition, assignment.round)) throw AppException.conflict(ERROR_KEYS.roundClosed);
    return competition;
  }

  /**
   * Every review of a project in a round: organizers always; a judge of that project only once the
   * round is closed (before that, each judge sees only their own scorecard); nobody else.
   */
  async reviewsOf(viewer: Viewer, projectId: string, round: JudgingRound): Promise<ReviewDto[] | null> {
    const assignments = await this.dataSource
      .getRepository(AssignmentEntity)
      .find({ where: { projectId, round } });
    if (!assignments.length) return isOrganizer(viewer) ? [] : null;
    if (!isOrganizer(viewer)) {
      const competition = await this.dataSource
        .getRepository(CompetitionEntity)
        .findOneOrFail({ where: { id: assignments[0].competitionId } });
      const judges = await this.dataSource.getRepository(JudgeEntity).find({
        where: { id: In(assignments.map((a) => a.judgeId)), userId: viewer.user.id, status: 'ACTIVE' },
      });
      if (!judges.length || !roundClosed(competition, round)) return null;
    }
    const [judges, scores] = await Promise.all([
      this.dataSource
        .getRepository(JudgeEntity)
        .find({ where: { id: In(assignments.map((a) => a.judgeId)) } }),
      this.scoresOf(assignments.map((a) => a.id)),
    ]);
    return assignments.map((a) => ({
      assignmentId: a.id,
      judgeId: a.judgeId,
      judgeName: judges.find((j) => j.id === a.judgeId)?.displayName ?? '',
      status: a.status,
      total: a.total,
      abstainReason: a.abstainReason,
      scores: scores
        .filter((s) => s.assignmentId === a.id)
        .map((s) => ({ criterionId: s.criterionId, value: s.value, comment: s.comment })),
    }));
  }

  /** Closes a round: scores are final, judges may see each other's, publication becomes possible. */
  async closeRound(viewer: Viewer, competitionId: string, round: JudgingRound): Promise<CompetitionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const competition = await this.competitions.lock(manager, competitionId);
      assertStage(competition, round === 'PRELIMINARY' ? 'RUN_SELECTION' : 'RUN_FINAL_RANKING');
      if (roundClosed(competition, round)) throw AppException.conflict(ERROR_KEYS.roundClosed);
      const column = round === 'PRELIMINARY' ? 'preliminaryClosedAt' : 'finalClosedAt';
      await manager.update(CompetitionEntity, { id: competitionId }, { [column]: new Date() });
      await this.audit.record(manager, actor(viewer), {
        action: 'round.closed',
        entityType: 'competition',
        entityId: competitionId,
        after: { round },
      });
      return manager.findOneOrFail(CompetitionEntity, { where: { id: competitionId } });
    });
  }
}
