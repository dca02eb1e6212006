import { ERROR_KEYS } from '@bridge/contracts';
import type { JudgingRound } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { isUniqueViolation } from '../common/errors/database-errors';
import { CompetitionsService, actor } from '../competitions/competitions.service';
import { assertStage } from '../competitions/stage-guard';
import type { Viewer } from '../identity/viewer';
import { ProjectEntity } from '../projects/entities/project.entity';
import { assignJudges } from './assign';
import { loadConflictChecker } from './conflict-checker';
import { AssignmentEntity } from './entities/assignment.entity';
import { JudgeEntity } from './entities/judge.entity';

/** Which projects a round judges: submitted applications in the preliminary, finalists in the final. */
export const ROUND_PROJECT_STATUS = { PRELIMINARY: 'SUBMITTED', FINAL: 'FINALIST' } as const;

@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly competitions: CompetitionsService,
    private readonly audit: AuditService,
  ) {}

  private stageAction(round: JudgingRound) {
    return round === 'PRELIMINARY' ? 'ASSIGN_PRELIMINARY' : 'ASSIGN_FINAL';
  }

  /** Tops every project of the round up to k judges; returns what it created and what it could not. */
  async autoAssign(viewer: Viewer, competitionId: string, round: JudgingRound) {
    return this.dataSource.transaction(async (manager) => {
      const competition = await this.competitions.lock(manager, competitionId);
      assertStage(competition, this.stageAction(round));
      const projects = await manager.find(ProjectEntity, {
        where: { competitionId, status: ROUND_PROJECT_STATUS[round] },
      });
      const judges = await manager.find(JudgeEntity, { where: { competitionId, status: 'ACTIVE' } });
      const existing = await manager.find(AssignmentEntity, { where: { competitionId, round } });
      const conflicted = await loadConflictChecker(
        manager,
        judges,
        projects.map((p) => p.id),
      );
      const fieldOf = new Map(projects.map((p) => [p.id, p.fieldId ?? 'none']));
      const result = assignJudges(
        projects.map((p) => ({
          projectId: p.id,
          fieldId: p.fieldId ?? 'none',
          judgeIds: existing.filter((a) => a.projectId === p.id).map((a) => a.judgeId),
        })),
        judges.map((j) => {
          const own = existing.filter((a) => a.judgeId === j.id);
          const fieldLoad: Record<string, number> = {};
          for (const a of own)
            fieldLoad[fieldOf.get(a.projectId) ?? 'none'] =
              (fieldLoad[fieldOf.get(a.projectId) ?? 'none'] ?? 0) + 1;
          return {
            judgeId: j.id,
            loadLimit: j.loadLimit ?? competition.judgeLoadLimit,
            load: own.length,
            fieldLoad,
          };
        }),
        round === 'FINAL' ? Math.max(competition.reviewsPerProject, 1) : competition.reviewsPerProject,
        (judgeId, projectId) => conflicted(judgeId, projectId).length > 0,
      );
      if (result.pairs.length) {
        await manager.insert(
          AssignmentEntity,
          result.pairs.map((p) => ({
            competitionId,
            round,
            judgeId: p.judgeId,
            projectId: p.projectId,
            source: 'AUTO' as const,
          })),
        );
      }
      await this.audit.record(manager, actor(viewer), {
        action: 'assignments.auto',
        entityType: 'competition',
        entityId: competitionId,
        after: { round, created: result.pairs.length, shortfalls: result.shortfalls.length },
      });
      return { created: result.pairs.length, shortfallProjectIds: result.shortfalls.map((s) => s.projectId) };
    });
  }

  /** An organizer assigns by hand; a conflicted judge is refused. */
  async assign(
    viewer: Viewer,
    competitionId: string,
    round: JudgingRound,
    judgeId: string,
    projectId: string,
  ) {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const competition = await this.competitions.lock(manager, competitionId);
        assertStage(competition, this.stageAction(round));
        const judge = await manager.findOne(JudgeEntity, {
          where: { id: judgeId, competitionId, status: 'ACTIVE' },
        });
        if (!judge) throw AppException.notFound('judge');
        const project = await manager.findOne(ProjectEntity, {
          where: { id: projectId, competitionId, status: ROUND_PROJECT_STATUS[round] },
        });
        if (!project) throw AppException.notFound('project');
        const reasons = (await loadConflictChecker(manager, [judge], [projectId]))(judgeId, projectId);
        if (reasons.length) {
          throw new AppException('CONFLICT', ERROR_KEYS.conflictOfInterest, { reasons: reasons.join(',') });
        }
        const assignment = await manager.save(
          manager.create(AssignmentEntity, { competitionId, round, judgeId, projectId, source: 'MANUAL' }),
        );
        await this.audit.record(manager, actor(viewer), {
          action: 'assignment.created',
          entityType: 'assignment',
          entityId: assignment.id,
          after: { judgeId, projectId, round },
        });
        return assignment;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_assignments_round_judge_project'))
        throw AppException.conflict(ERROR_KEYS.staleState);
      throw error;
    }
  }

  /** Removes an assignment that has no submitted review. */
  async unassign(viewer: Viewer, assignmentId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await manager.findOne(AssignmentEntity, { where: { id: assignmentId } });
      if (!assignment) throw AppException.notFound('assignment');
      const competition = await this.competitions.lock(manager, assignment.competitionId);
      assertStage(competition, this.stageAction(assignment.round));
      const result = await manager.delete(AssignmentEntity, { id: assignmentId, status: 'ASSIGNED' });
      if (!result.affected) throw AppException.conflict(ERROR_KEYS.staleState);
      await this.audit.record(manager, actor(viewer), {
        action: 'assignment.removed',
        entityType: 'assignment',
        entityId: assignmentId,
        before: { judgeId: assignment.judgeId, projectId: assignment.projectId },
      });
      return true;
    });
  }

  listForRound(competitionId: string, round: JudgingRound): Promise<AssignmentEntity[]> {
    return this.dataSource
      .getRepository(AssignmentEntity)
      .find({ where: { competitionId, round }, order: { createdAt: 'ASC' } });
  }

  /** The viewer's own assignments as a judge (active judge rows only). */
  async mine(
    viewer: Viewer,
    competitionId: string | null,
    round: JudgingRound | null,
  ): Promise<AssignmentEntity[]> {
    const query = this.dataSource
      .getRepository(AssignmentEntity)
      .createQueryBuilder('a')
      .innerJoin(JudgeEntity, 'j', 'j.id = a.judge_id')
      .where("j.user_id = :userId AND j.status = 'ACTIVE'", { userId: viewer.user.id });
    if (competitionId) query.andWhere('a.competition_id = :competitionId', { competitionId });
    if (round) query.andWhere('a.round = :round', { round });
    return query.orderBy('a.status', 'ASC').addOrderBy('a.created_at', 'ASC').getMany();
  }

  /** Every judge–project pair of the round's projects that Bridge finds conflicted, for organizers. */
  async detectedConflicts(competitionId: string, round: JudgingRound) {
    const manager: EntityManager = this.dataSource.manager;
    const [projects, judges] = await Promise.all([
      manager.find(ProjectEntity, { where: { competitionId, status: ROUND_PROJECT_STATUS[round] } }),
      manager.find(JudgeEntity, { where: { competitionId, status: 'ACTIVE' } }),
    ]);
    const check = await loadConflictChecker(
      manager,
      judges,
      projects.map((p) => p.id),
    );
    const pairs = [];
    for (const judge of judges) {
      for (const project of projects) {
        const reasons = check(judge.id, project.id);
        if (reasons.length) pairs.push({ judgeId: judge.id, projectId: project.id, reasons });
      }
    }
    return pairs;
  }
}
