import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CompetitionEntity } from '../competitions/entities/competition.entity';
import type { Viewer } from '../identity/viewer';
import { ProjectEntity } from '../projects/entities/project.entity';
import { projectAccess } from '../projects/project-access';
import { ProjectsService, VisibleProject } from '../projects/projects.service';
import type { ShortlistItemEntity } from './entities/shortlist-item.entity';

/** A project the viewer may see, with its edition (whose publication dates gate its results). */
export interface ShortlistProject extends VisibleProject {
  competition: CompetitionEntity;
}

/**
 * The projects behind shortlist items, as this viewer may see them now — the rule of `project(id)`
 * (projects/project-access.ts) for many projects in three statements. A project the organisation
 * may no longer see (withdrawn, consent removed…) is absent: its item shows `project: null` and the
 * title snapshot, which is refreshed here whenever the project is visible and its title changed.
 */
@Injectable()
export class ShortlistProjects {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projects: ProjectsService,
  ) {}

  /** The visible project of each item (null when not visible), in the order of `items`. */
  async ofItems(
    viewer: Viewer,
    items: readonly ShortlistItemEntity[],
  ): Promise<Array<ShortlistProject | null>> {
    const visible = await this.visible(viewer, [...new Set(items.map((i) => i.projectId))]);
    const stale = items.filter((item) => {
      const current = visible.get(item.projectId);
      return current && JSON.stringify(current.project.title) !== JSON.stringify(item.projectTitle);
    });
    if (stale.length) {
      const rows = stale.map((item) => ({ id: item.id, title: visible.get(item.projectId)?.project.title }));
      await this.dataSource.query(
        `UPDATE shortlist_items i SET project_title = v.title
           FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, title jsonb) WHERE i.id = v.id`,
        [JSON.stringify(rows)],
      );
      for (const item of stale) item.projectTitle = visible.get(item.projectId)?.project.title ?? {};
    }
    return items.map((item) => visible.get(item.projectId) ?? null);
  }

  private async visible(viewer: Viewer, ids: string[]): Promise<Map<string, ShortlistProject>> {
    const result = new Map<string, ShortlistProject>();
    if (!ids.length) return result;
    const projects = await this.dataSource.getRepository(ProjectEntity).findBy({ id: In(ids) });
    const competitionIds = [...new Set(projects.map((p) => p.competitionId))];
    const competitions = new Map(
      (await this.dataSource.getRepository(CompetitionEntity).findBy({ id: In(competitionIds) })).map((c) => [
        c.id,
        c,
      ]),
    );
    const judged = await this.projects.isAssignedJudge(viewer.user.id, ids);
    for (const project of projects) {
      const competition = competitions.get(project.competitionId);
      if (!competition) continue;
      const access = projectAccess(viewer, project, competition, judged.has(project.id));
      if (access) result.set(project.id, { project, access, competition });
    }
    return result;
  }
}
