import { usdEquivalentMinor } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { byKey, groupByKey, requestLoader } from '../../common/dataloader/request-loader';
import { CompetitionFieldEntity } from '../../competitions/entities/competition-field.entity';
import { CompetitionEntity } from '../../competitions/entities/competition.entity';
import type { RequestContext, Viewer } from '../../identity/viewer';
import { ProjectEntity } from '../../projects/entities/project.entity';
import { projectAccess } from '../../projects/project-access';
import { ProjectsService, VisibleProject } from '../../projects/projects.service';
import { Fit, fitOf } from '../../recommendations/fit';
import { MarketPreferencesEntity } from '../../recommendations/market-preferences.entity';
import { ConversationEntity } from '../entities/conversation.entity';
import type { IntroductionEntity } from '../entities/introduction.entity';
import { EngagementEntity } from '../../engagements/entities/engagement.entity';
import { IntroductionNoteEntity } from './introduction-note.entity';

const PUBLISHED_ONLY = new Set(['FINALIST', 'NOT_SELECTED', 'AWARDED']);

/** Per-request loaders of what an Introduction nests: a page of requests costs a fixed number of statements. */
@Injectable()
export class IntroductionsLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projectsService: ProjectsService,
  ) {}

  /** The projects (whatever the viewer may see of them: titles are known to both parties). */
  projects(context: RequestContext) {
    return requestLoader(context, 'introductionProjects', async (ids: readonly string[]) =>
      byKey(
        ids,
        await this.dataSource.getRepository(ProjectEntity).findBy({ id: In([...ids]) }),
        (p) => p.id,
      ),
    );
  }

  /** The project as the viewer may see it now (the rule of `project(id)`), or null. */
  visibleProjects(context: RequestContext, viewer: Viewer) {
    return requestLoader(context, 'introductionVisibleProjects', async (ids: readonly string[]) => {
      const projects = (await this.projects(context).loadMany([...ids])).filter(
        (p): p is ProjectEntity => !!p && !(p instanceof Error),
      );
      const competitions = await this.competitionsOf(projects);
      const judged = await this.projectsService.isAssignedJudge(viewer.user.id, [...ids]);
      const visible = projects.flatMap((project): VisibleProject[] => {
        const competition = competitions.get(project.competitionId);
        const access = competition && projectAccess(viewer, project, competition, judged.has(project.id));
        return access ? [{ project, access }] : [];
      });
      return byKey(ids, visible, (v) => v.project.id);
    });
  }

  notes(context: RequestContext) {
    return requestLoader(context, 'introductionNotes', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(IntroductionNoteEntity)
        .find({ where: { introductionId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      return groupByKey(ids, rows, (n) => n.introductionId);
    });
  }

  conversationIds(context: RequestContext) {
    return requestLoader(context, 'introductionConversations', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(ConversationEntity)
        .findBy({ introductionId: In([...ids]) });
      return byKey(ids, rows, (c) => c.introductionId).map((c) => c?.id ?? null);
    });
  }

  engagementIds(context: RequestContext) {
    return requestLoader(context, 'introductionEngagements', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(EngagementEntity)
        .findBy({ introductionId: In([...ids]) });
      return byKey(ids, rows, (e) => e.introductionId).map((e) => e?.id ?? null);
    });
  }

  /**
   * How well each request's project fits the requester's stated market preferences (null without
   * preferences): the recommendations' fit, on the project's published results only.
   */
  fits(context: RequestContext) {
    return requestLoader(
      context,
      'introductionFits',
      async (introductions: readonly IntroductionEntity[]) => {
        const organizationIds = [...new Set(introductions.map((i) => i.requesterOrganizationId))];
        const preferences = new Map(
          (
            await this.dataSource
              .getRepository(MarketPreferencesEntity)
              .findBy({ organizationId: In(organizationIds) })
          ).map((p) => [p.organizationId, p]),
        );
        const wanted = introductions.filter((i) => preferences.has(i.requesterOrganizationId));
        if (!wanted.length) return introductions.map(() => null);
        const projects = (await this.projects(context).loadMany(wanted.map((i) => i.projectId))).filter(
          (p): p is ProjectEntity => !!p && !(p instanceof Error),
        );
        const competitions = await this.competitionsOf(projects);
        const fieldIds = [...new Set(projects.map((p) => p.fieldId).filter((id): id is string => !!id))];
        const fields = new Map(
          (fieldIds.length
            ? await this.dataSource.getRepository(CompetitionFieldEntity).findBy({ id: In(fieldIds) })
            : []
          ).map((f) => [f.id, f.code]),
        );
        const byId = new Map(projects.map((p) => [p.id, p]));
        return introductions.map((introduction): Fit | null => {
          const stated = preferences.get(introduction.requesterOrganizationId);
          const project = byId.get(introduction.projectId);
          const competition = project && competitions.get(project.competitionId);
          if (!stated || !project || !competition) return null;
          const published = !!competition.finalistsPublishedAt;
          return fitOf(stated, {
            fieldCode: project.fieldId ? (fields.get(project.fieldId) ?? null) : null,
            status: !published && PUBLISHED_ONLY.has(project.status) ? 'SUBMITTED' : project.status,
            city: project.city,
            trl: project.trl,
            stage: project.stage,
            seeking: project.seeking,
            fundingAskUsdMinor:
              project.fundingAskAmount !== null && project.fundingAskCurrency
                ? usdEquivalentMinor(project.fundingAskAmount, project.fundingAskCurrency)
                : null,
            rankInField: published ? project.publishedRankInField : null,
            awardPlace: competition.awardsPublishedAt ? project.awardPlace : null,
          });
        });
      },
    );
  }

  private async competitionsOf(projects: ProjectEntity[]): Promise<Map<string, CompetitionEntity>> {
    const ids = [...new Set(projects.map((p) => p.competitionId))];
    if (!ids.length) return new Map();
    const rows = await this.dataSource.getRepository(CompetitionEntity).findBy({ id: In(ids) });
    return new Map(rows.map((c) => [c.id, c]));
  }
}
