import { ERROR_KEYS } from '@bridge/contracts';
import type { JudgingRound } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { CompetitionsService, actor } from '../competitions/competitions.service';
import { CompetitionEntity } from '../competitions/entities/competition.entity';
import { assertStage } from '../competitions/stage-guard';
import type { Viewer } from '../identity/viewer';
import { NotificationsService } from '../notifications/notifications.service';
import { ProjectEntity } from '../projects/entities/project.entity';
import { ROUND_PROJECT_STATUS } from './assignments.service';
import { OverrideInput } from './dtos/judging.inputs';
import { AssignmentEntity } from './entities/assignment.entity';
import { JudgeEntity } from './entities/judge.entity';
import { SelectionOverrideEntity } from './entities/selection-override.entity';
import { SelectionRunEntity } from './entities/selection-run.entity';
import { roundClosed } from './scoring.service';
import {
  Candidate,
  FinalResult,
  ReviewScore,
  SelectionInputError,
  SelectionResult,
  SelectionSettings,
  rankFinal,
  runSelection,
} from './selection';
import { SearchOutbox } from '../search/outbox/search-outbox';

interface RoundInputs {
  candidates: Candidate[];
  scores: ReviewScore[];
  overrides: SelectionOverrideEntity[];
  settings: SelectionSettings;
  hash: string;
}

/** A deterministic bootstrap seed per edition: the same data always gives the same probabilities. */
function seedOf(competitionId: string): number {
  return createHash('sha256').update(competitionId).digest().readUInt32BE(0);
}

@Injectable()
export class SelectionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly competitions: CompetitionsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The candidates, submitted review totals, overrides and settings of a round, and their fingerprint. */
  async inputs(
    manager: EntityManager,
    competition: CompetitionEntity,
    round: JudgingRound,
  ): Promise<RoundInputs> {
    const projects = await manager.find(ProjectEntity, {
      where: { competitionId: competition.id, status: ROUND_PROJECT_STATUS[round] },
      order: { id: 'ASC' },
    });
    const candidates = projects
      .filter((p) => p.fieldId)
      .map((p) => ({
        projectId: p.id,
        fieldId: p.fieldId as string,
        submittedAt: (p.submittedAt ?? p.createdAt).toISOString(),
      }));
    const reviews = candidates.length
      ? await manager
          .getRepository(AssignmentEntity)
          .createQueryBuilder('a')
          .innerJoin(JudgeEntity, 'j', "j.id = a.judge_id AND j.status = 'ACTIVE'")
          .where("a.competition_id = :id AND a.round = :round AND a.status = 'SUBMITTED'", {
            id: competition.id,
            round,
          })
          .andWhere('a.project_id IN (:...ids)', { ids: candidates.map((c) => c.projectId) })
          .orderBy('a.project_id')
          .addOrderBy('a.judge_id')
          .getMany()
      : [];
    const scores = reviews.map((a) => ({
      projectId: a.projectId,
      judgeId: a.judgeId,
      total: Number(a.total),
    }));
    const overrides =
      round === 'PRELIMINARY'
        ? await manager.find(SelectionOverrideEntity, {
            where: { competitionId: competition.id },
            order: { projectId: 'ASC' },
          })
        : [];
    const settings: SelectionSettings = {
      method: competition.normalizationMethod,
      finalistTotal: competition.finalistTotal,
      perFieldCap: competition.perFieldCap,
      unfilledSlotRule: competition.unfilledSlotRule,
      minReviews: competition.minReviews,
      zscoreMinScores: competition.zscoreMinScores,
      bootstrapRounds: round === 'PRELIMINARY' ? competition.bootstrapRounds : 0,
      seed: seedOf(competition.id),
    };
    const hash = createHash('sha256')
      .update(
        JSON.stringify({
          round,
          candidates,
          scores,
          overrides: overrides.map((o) => [o.projectId, o.decision, o.reason]),
          settings,
          awardPlaces: competition.awardPlaces,
        }),
      )
      .digest('hex');
    return { candidates, scores, overrides, settings, hash };
  }

  /** Runs the selection (preliminary) or the final ranking and keeps the run for review and the dossier. */
  async run(viewer: Viewer, competitionId: string, round: JudgingRound): Promise<SelectionRunEntity> {
    return this.dataSource.transaction(async (manager) => {
      const competition = await this.competitions.lock(manager, competitionId);
      assertStage(competition, round === 'PRELIMINARY' ? 'RUN_SELECTION' : 'RUN_FINAL_RANKING');
      const inputs = await this.inputs(manager, competition, round);
      let result: SelectionResult | FinalResult;
      try {
        result =
          round === 'PRELIMINARY'
            ? runSelection(
                inputs.candidates,
                inputs.scores,
                inputs.settings,
                inputs.overrides.map((o) => ({
                  projectId: o.projectId,
                  decision: o.decision,
                  reason: o.reason,
                })),
              )
            : rankFinal(inputs.candidates, inputs.scores, inputs.settings, competition.awardPlaces);
      } catch (error) {
        if (error instanceof SelectionInputError) {
          throw AppException.badInput(ERROR_KEYS.validation, { reason: error.message });
        }
        throw error;
      }
      const run = await manager.save(
        manager.create(SelectionRunEntity, {
          competitionId,
          round,
          method: inputs.settings.method,
          settings: { ...inputs.settings, awardPlaces: competition.awardPlaces },
          inputHash: inputs.hash,
          result: result as unknown as Record<string, unknown>,
          createdById: viewer.user.id,
        }),
      );
      await this.audit.record(manager, actor(viewer), {
        action: round === 'PRELIMINARY' ? 'selection.run' : 'final.run',
        entityType: 'selection_run',
        entityId: run.id,
        after: {
          method: inputs.settings.method,
          candidates: inputs.candidates.length,
          scores: inputs.scores.length,
        },
      });
      return run;
    });
  }

  latest(competitionId: string, round: JudgingRound): Promise<SelectionRunEntity | null> {
    return this.dataSource
      .getRepository(SelectionRunEntity)
      .findOne({ where: { competitionId, round }, order: { createdAt: 'DESC' } });
  }

  /** Whether a run no longer matches the current scores, overrides and settings. */
  async isStale(run: SelectionRunEntity): Promise<boolean> {
    const competition = await this.dataSource
      .getRepository(CompetitionEntity)
      .findOneOrFail({ where: { id: run.competitionId } });
    if (run.publishedAt) return false;
    return (await this.inputs(this.dataSource.manager, competition, run.round)).hash !== run.inputHash;
  }

  overrides(competitionId: string): Promise<SelectionOverrideEntity[]> {
    return this.dataSource
      .getRepository(SelectionOverrideEntity)
      .find({ where: { competitionId }, order: { createdAt: 'ASC' } });
  }

  judgeNames(judgeIds: string[]): Promise<JudgeEntity[]> {
    return judgeIds.length
      ? this.dataSource.getRepository(JudgeEntity).find({ where: { id: In(judgeIds) } })
      : Promise.resolve([]);
  }

  /** An organizer includes or excludes a project against the algorithm, with a written reason. */
  async override(viewer: Viewer, input: OverrideInput): Promise<SelectionOverrideEntity> {
    return this.dataSource.transaction(async (manager) => {
      const competition = await this.competitions.lock(manager, input.competitionId);
      assertStage(competition, 'RUN_SELECTION');
      const project = await manager.findOne(ProjectEntity, {
        where: { id: input.projectId, competitionId: competition.id, status: 'SUBMITTED' },
      });
      if (!project) throw AppException.notFound('project');
      const before = await manager.findOne(SelectionOverrideEntity, {
        where: { competitionId: competition.id, projectId: project.id },
      });
      await manager.upsert(
        SelectionOverrideEntity,
        {
          competitionId: competition.id,
          projectId: project.id,
          decision: input.decision,
          reason: input.reason.trim(),
          createdById: viewer.user.id,
        },
        ['competitionId', 'projectId'],
      );
      await this.audit.record(manager, actor(viewer), {
        action: 'selection.override',
        entityType: 'project',
        entityId: project.id,
        before: before ? { decision: before.decision, reason: before.reason } : null,
        after: { decision: input.decision, reason: input.reason.trim() },
      });
      return manager.findOneOrFail(SelectionOverrideEntity, {
        where: { competitionId: competition.id, projectId: project.id },
      });
    });
  }

  async removeOverride(viewer: Viewer, competitionId: string, projectId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const competition = await this.competitions.lock(manager, competitionId);
      assertStage(competition, 'RUN_SELECTION');
      const result = await manager.delete(SelectionOverrideEntity, { competitionId, projectId });
      if (!result.affected) throw AppException.notFound('override');
      await this.audit.record(manager, actor(viewer), {
        action: 'selection.override_removed',
        entityType: 'project',
        entityId: projectId,
      });
      return true;
    });
  }

  /**
   * Publishes a run: finalists and the rest get their statuses, scores and ranks; the start-ups are
   * told; the edition moves on. Only the latest run, only if nothing changed since, only once.
   */
  async publish(
    viewer: Viewer,
    competitionId: string,
    runId: string,
    round: JudgingRound,
  ): Promise<CompetitionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const competition = await this.competitions.lock(manager, competitionId);
      const stage = round === 'PRELIMINARY' ? 'PRELIMINARY_REVIEW' : 'FINAL';
      if (competition.stage !== stage) {
        throw new AppException('CONFLICT', ERROR_KEYS.wrongStage, {
          stage: competition.stage,
          action: 'PUBLISH',
        });
      }
      if (!roundClosed(competition, round)) throw AppException.conflict(ERROR_KEYS.roundOpen);
      const run = await manager.findOne(SelectionRunEntity, {
        where: { competitionId, round },
        order: { createdAt: 'DESC' },
      });
      if (!run) throw AppException.conflict(ERROR_KEYS.noSelection);
      const inputs = await this.inputs(manager, competition, round);
      if (run.id !== runId || run.inputHash !== inputs.hash)
        throw AppException.conflict(ERROR_KEYS.selectionStale);

      const projects = await manager.find(ProjectEntity, {
        where: { competitionId, status: ROUND_PROJECT_STATUS[round] },
      });
      const members = await this.notifications.membersOf(
        manager,
        projects.map((p) => p.organizationId),
      );
      const now = new Date();
      if (round === 'PRELIMINARY') {
        const outcomes = new Map(
          (run.result as unknown as SelectionResult).projects.map((o) => [o.projectId, o]),
        );
        for (const project of projects) {
          const outcome = outcomes.get(project.id);
          const selected = !!outcome?.selected;
          await manager.update(
            ProjectEntity,
            { id: project.id, status: 'SUBMITTED' },
            {
              status: selected ? 'FINALIST' : 'NOT_SELECTED',
              publishedScore: outcome?.quality ?? null,
              publishedRankInField: outcome?.rankInField ?? null,
            },
          );
          await this.notifications.notify(manager, members.get(project.organizationId) ?? [], {
            kind: 'selection.published',
            key: selected ? 'notifications.selection.finalist' : 'notifications.selection.notSelected',
            params: { project: project.title.en ?? project.title.ru ?? project.title.zh ?? '' },
            link: `/projects/${project.id}`,
          });
        }
        await manager.update(
          CompetitionEntity,
          { id: competitionId },
          { stage: 'FINALISTS_ANNOUNCED', finalistsPublishedAt: now },
        );
      } else {
        const outcomes = new Map(
          (run.result as unknown as FinalResult).projects.map((o) => [o.projectId, o]),
        );
        for (const project of projects) {
          const place = outcomes.get(project.id)?.place ?? null;
          await manager.update(
            ProjectEntity,
            { id: project.id, status: 'FINALIST' },
            { awardPlace: place, ...(place ? { status: 'AWARDED' as const } : {}) },
          );
          if (place) {
            await this.notifications.notify(manager, members.get(project.organizationId) ?? [], {
              kind: 'awards.published',
              key: 'notifications.awards.place',
              params: { place, project: project.title.en ?? project.title.ru ?? project.title.zh ?? '' },
              link: `/projects/${project.id}`,
            });
          }
        }
        await manager.update(
          CompetitionEntity,
          { id: competitionId },
          { stage: 'AWARDS', awardsPublishedAt: now },
        );
      }
      await SearchOutbox.enqueueCompetition(manager, competitionId);
      await manager.update(SelectionRunEntity, { id: run.id }, { publishedAt: now });
      await this.audit.record(manager, actor(viewer), {
        action: round === 'PRELIMINARY' ? 'selection.published' : 'awards.published',
        entityType: 'competition',
        entityId: competitionId,
        before: { stage },
        after: { stage: round === 'PRELIMINARY' ? 'FINALISTS_ANNOUNCED' : 'AWARDS', runId: run.id },
      });
      return manager.findOneOrFail(CompetitionEntity, { where: { id: competitionId } });
    });
  }
}
