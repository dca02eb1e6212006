import { JUDGING_ROUNDS } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AppException } from '../../common/errors/app.exception';
import { actor } from '../../competitions/competitions.service';
import { CompetitionFieldEntity } from '../../competitions/entities/competition-field.entity';
import { CompetitionStageDateEntity } from '../../competitions/entities/competition-stage-date.entity';
import { CompetitionEntity } from '../../competitions/entities/competition.entity';
import { OrganizationEntity } from '../../identity/entities/organization.entity';
import { UserEntity } from '../../identity/entities/user.entity';
import type { Viewer } from '../../identity/viewer';
import { ProjectEntity } from '../../projects/entities/project.entity';
import { loadConflictChecker } from '../conflict-checker';
import { AssignmentEntity } from '../entities/assignment.entity';
import { CriterionEntity } from '../entities/criterion.entity';
import { JudgeConflictEntity } from '../entities/judge-conflict.entity';
import { JudgeEntity } from '../entities/judge.entity';
import { ScoreEntity } from '../entities/score.entity';
import { SelectionOverrideEntity } from '../entities/selection-override.entity';
import { SelectionRunEntity } from '../entities/selection-run.entity';
import { SelectionService } from '../selection.service';
import { assembleDossier } from './dossier.assemble';
import type { DossierSource } from './dossier.source';
import type { FairnessDossier } from './dossier.model';

/**
 * Gathers an edition's fairness dossier (organizers only: it holds every judge's scores and
 * comments). Everything is read in one REPEATABLE READ transaction, so the files describe one
 * consistent moment even while judges are still scoring.
 */
@Injectable()
export class DossierService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly selection: SelectionService,
    private readonly audit: AuditService,
  ) {}

  async build(viewer: Viewer, competitionId: string): Promise<FairnessDossier> {
    if (!isUUID(competitionId))
      throw AppException.invalid([{ field: 'competitionId', key: 'validation.invalid' }]);
    const source = await this.dataSource.transaction('REPEATABLE READ', (manager) =>
      this.read(manager, competitionId, `${viewer.user.displayName} <${viewer.user.email}>`),
    );
    return assembleDossier(source);
  }

  /** Leaves a trace of who took the scores out of Bridge, and in which form. */
  async recordExport(
    viewer: Viewer,
    competitionId: string,
    format: string,
    sheet: string | null,
  ): Promise<void> {
    await this.audit.record(this.dataSource.manager, actor(viewer), {
      action: 'dossier.exported',
      entityType: 'competition',
      entityId: competitionId,
      after: { format, sheet },
    });
  }

  /** One query after the other: on PGlite a transaction has a single connection. */
  private async read(
    manager: EntityManager,
    competitionId: string,
    generatedBy: string,
  ): Promise<DossierSource> {
    const competition = await manager.findOne(CompetitionEntity, { where: { id: competitionId } });
    if (!competition) throw AppException.notFound('competition');
    const fields = await manager.find(CompetitionFieldEntity, { where: { competitionId } });
    const timeline = await manager.find(CompetitionStageDateEntity, { where: { competitionId } });
    const criteria = await manager.find(CriterionEntity, {
      where: { competitionId },
      order: { position: 'ASC' },
    });
    const judges = await manager.find(JudgeEntity, {
      where: { competitionId },
      order: { displayName: 'ASC' },
    });
    // Drafts never leave their start-up (DESIGN.md §4): not even into the dossier.
    const projects = await manager.find(ProjectEntity, { where: { competitionId, status: Not('DRAFT') } });
    const organizations = projects.length
      ? await manager.find(OrganizationEntity, {
          where: { id: In([...new Set(projects.map((p) => p.organizationId))]) },
          select: { id: true, name: true },
        })
      : [];
    const assignments = await manager.find(AssignmentEntity, { where: { competitionId } });
    const scores = assignments.length
      ? await manager
          .getRepository(ScoreEntity)
          .createQueryBuilder('s')
          .innerJoin(AssignmentEntity, 'a', 'a.id = s.assignment_id')
          .where('a.competition_id = :competitionId', { competitionId })
          .getMany()
      : [];
    const conflicts = judges.length
      ? await manager.find(JudgeConflictEntity, { where: { judgeId: In(judges.map((j) => j.id)) } })
      : [];
    const checked = judges.filter((j) => j.status !== 'REMOVED');
    const check = await loadConflictChecker(
      manager,
      checked,
      projects.map((p) => p.id),
    );
    const detected = checked.flatMap((judge) =>
      projects
        .map((project) => ({
          judgeId: judge.id,
          projectId: project.id,
          reasons: check(judge.id, project.id) as string[],
        }))
        .filter((pair) => pair.reasons.length),
    );
    const overrides = await manager.find(SelectionOverrideEntity, { where: { competitionId } });
    const runs = await manager.find(SelectionRunEntity, {
      where: { competitionId },
      order: { createdAt: 'ASC' },
    });
    const staleRunIds = new Set<string>();
    for (const round of JUDGING_ROUNDS) {
      const latest = runs.filter((r) => r.round === round).at(-1);
      if (!latest || latest.publishedAt) continue;
      const inputs = await this.selection.inputs(manager, competition, round);
      if (inputs.hash !== latest.inputHash) staleRunIds.add(latest.id);
    }
    const userIds = [
      ...new Set([...runs, ...overrides].map((r) => r.createdById).filter((id): id is string => !!id)),
    ];
    const users = userIds.length ? await manager.find(UserEntity, { where: { id: In(userIds) } }) : [];

    return {
      competition: {
        id: competition.id,
        name: competition.name,
        year: competition.year,
        editionNumber: competition.editionNumber,
        stage: competition.stage,
        method: competition.normalizationMethod,
        applicationTarget: competition.applicationTarget,
        finalistTotal: competition.finalistTotal,
        perFieldCap: competition.perFieldCap,
        unfilledSlotRule: competition.unfilledSlotRule,
        minReviews: competition.minReviews,
        awardPlaces: competition.awardPlaces,
        reviewsPerProject: competition.reviewsPerProject,
        judgeLoadLimit: competition.judgeLoadLimit,
        zscoreMinScores: competition.zscoreMinScores,
        bootstrapRounds: competition.bootstrapRounds,
        preliminaryClosedAt: competition.preliminaryClosedAt,
        finalClosedAt: competition.finalClosedAt,
        finalistsPublishedAt: competition.finalistsPublishedAt,
        awardsPublishedAt: competition.awardsPublishedAt,
      },
      generatedAt: new Date(),
      generatedBy,
      timeline: timeline
        .map((d) => ({ stage: d.stage, startsOn: d.startsOn, endsOn: d.endsOn }))
        .sort((a, b) => a.startsOn.localeCompare(b.startsOn)),
      fields,
      criteria,
      judges,
      projects,
      organizations,
      assignments,
      scores,
      conflicts,
      detected,
      overrides,
      runs,
      staleRunIds,
      users: new Map(users.map((u) => [u.id, `${u.displayName} <${u.email}>`])),
    };
  }
}
