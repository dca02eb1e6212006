import { ERROR_KEYS } from '@bridge/contracts';
import type { ProjectStatus } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { isUniqueViolation } from '../common/errors/database-errors';
import { PageArgs, decodeCursor, toConnection } from '../common/pagination/connection';
import { actor } from '../competitions/competitions.service';
import { CompetitionFieldEntity } from '../competitions/entities/competition-field.entity';
import { CompetitionEntity } from '../competitions/entities/competition.entity';
import { assertStage } from '../competitions/stage-guard';
import type { Viewer } from '../identity/viewer';
import { membershipIn } from '../identity/viewer';
import { CreateProjectInput, UpdateProjectInput } from './dtos/project.inputs';
import { ProjectEntity } from './entities/project.entity';
import { ProjectAccess, projectAccess } from './project-access';
import { contentChanges, submissionGaps } from './project-content';
import { SearchOutbox } from '../search/outbox/search-outbox';

const EDITABLE: ProjectStatus[] = ['DRAFT', 'SUBMITTED'];
const WITHDRAWABLE: ProjectStatus[] = ['DRAFT', 'SUBMITTED', 'FINALIST', 'NOT_SELECTED'];

export interface VisibleProject {
  project: ProjectEntity;
  access: ProjectAccess;
}

@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A project as the viewer may see it; NOT_FOUND when they may not see it at all. */
  async get(viewer: Viewer | null, id: string): Promise<VisibleProject> {
    const project = await this.dataSource.getRepository(ProjectEntity).findOne({ where: { id } });
    if (!project) throw AppException.notFound('project');
    const competition = await this.dataSource
      .getRepository(CompetitionEntity)
      .findOneOrFail({ where: { id: project.competitionId } });
    const judge = viewer ? await this.isAssignedJudge(viewer.user.id, [project.id]) : new Set<string>();
    const access = projectAccess(viewer, project, competition, judge.has(project.id));
    if (!access) throw AppException.notFound('project');
    return { project, access };
  }

  /** The projects (of those given) that this user judges, in any round, as an active judge. */
  async isAssignedJudge(userId: string, projectIds: string[]): Promise<Set<string>> {
    if (!projectIds.length) return new Set();
    const rows: Array<{ project_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT a.project_id FROM assignments a JOIN judges j ON j.id = a.judge_id
        WHERE j.user_id = $1 AND j.status = 'ACTIVE' AND a.project_id = ANY($2::uuid[])`,
      [userId, projectIds],
    );
    return new Set(rows.map((r) => r.project_id));
  }

  /** The active start-up organisation's projects, newest edition first. */
  mine(viewer: Viewer): Promise<ProjectEntity[]> {
    const organizationId = viewer.active?.organizationId;
    if (!organizationId) return Promise.resolve([]);
    return this.dataSource
      .getRepository(ProjectEntity)
      .find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }

  /** Organizers' list of an edition's applications (drafts are never listed). */
  async list(
    competitionId: string,
    filter: { status?: ProjectStatus | null; fieldId?: string | null },
    page: PageArgs,
  ) {
    const query = this.dataSource
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .where('p.competition_id = :competitionId', { competitionId })
      .andWhere("p.status <> 'DRAFT'");
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.fieldId) query.andWhere('p.field_id = :fieldId', { fieldId: filter.fieldId });
    const totalCount = await query.clone().getCount();
    const cursor = decodeCursor(page.after);
    if (cursor) {
      query.andWhere(
        new Brackets((q) =>
          q
            .where('p.created_at > :createdAt', { createdAt: cursor.createdAt })
            .orWhere('(p.created_at = :createdAt AND p.id > :id)', cursor),
        ),
      );
    }
    const rows = await query
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, totalCount, (row) => row);
  }

  async create(viewer: Viewer, input: CreateProjectInput): Promise<ProjectEntity> {
    const organizationId = viewer.active?.organizationId;
    if (!organizationId || viewer.active?.organization.kind !== 'STARTUP') {
      throw AppException.forbidden(ERROR_KEYS.startupRequired);
    }
    const { competitionId, ...content } = input;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const competition = await this.competitionForWrite(manager, competitionId);
        assertStage(competition, 'EDIT_PROJECT');
        const changes = contentChanges(content);
        await this.assertField(manager, competitionId, changes.fieldId);
        const project = await manager.save(
          manager.create(ProjectEntity, { ...changes, competitionId, organizationId, status: 'DRAFT' }),
        );
        await this.audit.record(manager, actor(viewer), {
          action: 'project.created',
          entityType: 'project',
          entityId: project.id,
        });
        await SearchOutbox.enqueue(manager, [project.id]);
        return project;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_projects_competition_organization')) {
        throw AppException.conflict(ERROR_KEYS.projectExists);
      }
      throw error;
    }
  }

  async update(viewer: Viewer, input: UpdateProjectInput): Promise<ProjectEntity> {
    const { projectId, ...content } = input;
    return this.dataSource.transaction(async (manager) => {
      const project = await this.ownProjectForWrite(manager, viewer, projectId);
      const competition = await this.competitionForWrite(manager, project.competitionId);
      assertStage(competition, 'EDIT_PROJECT');
      if (!EDITABLE.includes(project.status)) throw AppException.conflict(ERROR_KEYS.projectNotEditable);
      const changes = contentChanges(content);
      await this.assertField(manager, project.competitionId, changes.fieldId);
      if (project.status === 'SUBMITTED') {
        const gaps = submissionGaps(Object.assign(new ProjectEntity(), project, changes));
        if (gaps.length) throw AppException.invalid(gaps);
      }
      await manager.update(ProjectEntity, { id: projectId }, changes);
      await this.audit.record(manager, actor(viewer), {
        action: 'project.updated',
        entityType: 'project',
        entityId: projectId,
        after: { fields: Object.keys(changes) },
      });
      await SearchOutbox.enqueue(manager, [projectId]);
      return manager.findOneOrFail(ProjectEntity, { where: { id: projectId } });
    });
  }

  /** DRAFT → SUBMITTED while registration is open, once the project is complete. */
  async submit(viewer: Viewer, projectId: string): Promise<ProjectEntity> {
    return this.dataSource.transaction(async (manager) => {
      const project = await this.ownProjectForWrite(manager, viewer, projectId);
      const competition = await this.competitionForWrite(manager, project.competitionId);
      assertStage(competition, 'SUBMIT_PROJECT');
      if (project.status !== 'DRAFT') throw AppException.conflict(ERROR_KEYS.staleState);
      const gaps = submissionGaps(project);
      if (gaps.length) throw AppException.invalid(gaps);
      await this.transition(manager, projectId, ['DRAFT'], { status: 'SUBMITTED', submittedAt: new Date() });
      await this.audit.record(manager, actor(viewer), {
        action: 'project.submitted',
        entityType: 'project',
        entityId: projectId,
        before: { status: 'DRAFT' },
        after: { status: 'SUBMITTED' },
      });
      await SearchOutbox.enqueue(manager, [projectId]);
      return manager.findOneOrFail(ProjectEntity, { where: { id: projectId } });
    });
  }

  async withdraw(viewer: Viewer, projectId: string): Promise<ProjectEntity> {
    return this.dataSource.transaction(async (manager) => {
      const project = await this.ownProjectForWrite(manager, viewer, projectId);
      const competition = await this.competitionForWrite(manager, project.competitionId);
      assertStage(competition, 'WITHDRAW_PROJECT');
      await this.transition(manager, projectId, WITHDRAWABLE, {
        status: 'WITHDRAWN',
        withdrawnAt: new Date(),
      });
      await this.audit.record(manager, actor(viewer), {
        action: 'project.withdrawn',
        entityType: 'project',
        entityId: projectId,
        before: { status: project.status },
        after: { status: 'WITHDRAWN' },
      });
      await SearchOutbox.enqueue(manager, [projectId]);
      return manager.findOneOrFail(ProjectEntity, { where: { id: projectId } });
    });
  }

  /** A conditional update: exactly one of two racing changes wins, the other gets CONFLICT. */
  private async transition(
    manager: EntityManager,
    projectId: string,
    from: ProjectStatus[],
    changes: Partial<ProjectEntity>,
  ): Promise<void> {
    const result = await manager.update(ProjectEntity, { id: projectId, status: In(from) }, changes);
    if (!result.affected) throw AppException.conflict(ERROR_KEYS.staleState);
  }

  private async ownProjectForWrite(
    manager: EntityManager,
    viewer: Viewer,
    projectId: string,
  ): Promise<ProjectEntity> {
    const project = await manager.findOne(ProjectEntity, { where: { id: projectId } });
    if (!project || !membershipIn(viewer, project.organizationId)) throw AppException.notFound('project');
    return project;
  }

  /** Shared lock on the edition: stage changes wait for running project writes, and vice versa. */
  private async competitionForWrite(
    manager: EntityManager,
    competitionId: string,
  ): Promise<CompetitionEntity> {
    const competition = await manager.findOne(CompetitionEntity, {
      where: { id: competitionId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!competition || competition.stage === 'SETUP') throw AppException.notFound('competition');
    return competition;
  }

  private async assertField(
    manager: EntityManager,
    competitionId: string,
    fieldId: string | null | undefined,
  ) {
    if (!fieldId) return;
    const exists = await manager.exists(CompetitionFieldEntity, { where: { id: fieldId, competitionId } });
    if (!exists) throw AppException.invalid([{ field: 'fieldId', key: 'validation.oneOf' }]);
  }
}
