import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { byKey, requestLoader } from '../common/dataloader/request-loader';
import { CompetitionEntity } from '../competitions/entities/competition.entity';
import type { RequestContext, Viewer } from '../identity/viewer';
import { ProjectEntity } from '../projects/entities/project.entity';
import { ProjectAccess, projectAccess } from '../projects/project-access';
import { LandingOfferEntity } from './entities/landing-offer.entity';

/** Per-request loaders of what offers and applications nest: a page costs a fixed number of statements. */
@Injectable()
export class LandingLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  offers(context: RequestContext) {
    return requestLoader(context, 'landingOffers', async (ids: readonly string[]) =>
      byKey(
        ids,
        await this.dataSource.getRepository(LandingOfferEntity).findBy({ id: In([...ids]) }),
        (o) => o.id,
      ),
    );
  }

  /** Applications per offer (any status). */
  applicationCounts(context: RequestContext) {
    return requestLoader(context, 'landingApplicationCounts', async (ids: readonly string[]) => {
      const rows: Array<{ offer_id: string; n: number }> = await this.dataSource.query(
        'SELECT offer_id, count(*)::int AS n FROM landing_applications WHERE offer_id = ANY($1::uuid[]) GROUP BY offer_id',
        [[...ids]],
      );
      const counts = new Map(rows.map((r) => [r.offer_id, r.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }

  projects(context: RequestContext) {
    return requestLoader(context, 'landingProjects', async (ids: readonly string[]) =>
      byKey(
        ids,
        await this.dataSource.getRepository(ProjectEntity).findBy({ id: In([...ids]) }),
        (p) => p.id,
      ),
    );
  }

  /**
   * The project as the viewer may see it now (the rule of `project(id)`): a park sees an applicant's
   * profile when the start-up consented to market visibility, else only its title.
   */
  visibleProjects(context: RequestContext, viewer: Viewer) {
    return requestLoader(
      context,
      'landingVisibleProjects',
      async (
        ids: readonly string[],
      ): Promise<Array<{ project: ProjectEntity; access: ProjectAccess } | null>> => {
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
        const visible = projects.flatMap((project) => {
          const competition = competitions.get(project.competitionId);
          if (!competition) return [];
          const access = projectAccess(viewer, project, competition, false);
          return access ? [{ project, access }] : [];
        });
        return byKey(ids, visible, (v) => v.project.id);
      },
    );
  }
}
