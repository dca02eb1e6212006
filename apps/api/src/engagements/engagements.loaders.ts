import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { byKey, groupByKey, requestLoader } from '../common/dataloader/request-loader';
import { CompetitionEntity } from '../competitions/entities/competition.entity';
import type { RequestContext, Viewer } from '../identity/viewer';
import { ProjectEntity } from '../projects/entities/project.entity';
import { projectAccess } from '../projects/project-access';
import { ProjectsService, VisibleProject } from '../projects/projects.service';
import { EngagementEventEntity } from './entities/engagement-event.entity';
import { MilestoneEntity } from './entities/milestone.entity';

/** Per-request loaders of what an Engagement nests: a page costs a fixed number of statements. */
@Injectable()
export class EngagementsLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projectsService: ProjectsService,
  ) {}

  /** The projects (titles are known to both parties and to organizers). */
  projects(context: RequestContext) {
    return requestLoader(context, 'engagementProjects', async (ids: readonly string[]) =>
      byKey(
        ids,
        await this.dataSource.getRepository(ProjectEntity).findBy({ id: In([...ids]) }),
        (p) => p.id,
      ),
    );
  }

  /** The project as the viewer may see it now (the rule of `project(id)`), or null. */
  visibleProjects(context: RequestContext, viewer: Viewer) {
    return requestLoader(context, 'engagementVisibleProjects', async (ids: readonly string[]) => {
      const projects = (await this.projects(context).loadMany([...ids])).filter(
        (p): p is ProjectEntity => !!p && !(p instanceof Error),
      );
      const competitionIds = [...new Set(projects.map((p) => p.competitionId))];
      const competitions = new Map(
        (competitionIds.length
          ? await this.dataSource.getRepository(CompetitionEntity).findBy({ id: In(competitionIds) })
          : []
        ).map((c) => [c.id, c]),
      );
      const judged = await this.projectsService.isAssignedJudge(viewer.user.id, [...ids]);
      const visible = projects.flatMap((project): VisibleProject[] => {
        const competition = competitions.get(project.competitionId);
        const access = competition && projectAccess(viewer, project, competition, judged.has(project.id));
        return access ? [{ project, access }] : [];
      });
      return byKey(ids, visible, (v) => v.project.id);
    });
  }

  events(context: RequestContext) {
    return requestLoader(context, 'engagementEvents', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(EngagementEventEntity)
        .find({ where: { engagementId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      return groupByKey(ids, rows, (e) => e.engagementId);
    });
  }

  milestones(context: RequestContext) {
    return requestLoader(context, 'engagementMilestones', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(MilestoneEntity)
        .find({ where: { engagementId: In([...ids]) }, order: { dueOn: 'ASC', createdAt: 'ASC' } });
      return groupByKey(ids, rows, (m) => m.engagementId);
    });
  }
}
