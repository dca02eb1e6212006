import { Injectable, inject } from '@angular/core';
import { GRAPHQL_LIMITS } from '@bridge/contracts';
import {
  AdminCompetitionProjectsDocument,
  AdminCompetitionProjectsQuery,
  AdminCompetitionProjectsQueryVariables,
  AdminProjectDocument,
  AdminProjectNameFragment,
  AdminProjectQuery,
  AdminProjectReviewsDocument,
  AdminProjectReviewsQuery,
  AdminProjectNamesDocument,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';

export type ProjectPage = AdminCompetitionProjectsQuery['competitionProjects'];
export type ProjectRow = ProjectPage['edges'][number]['node'];
export type ProjectName = AdminProjectNameFragment;
export type ProjectProfile = AdminProjectQuery['project'];
export type ProjectReviews = AdminProjectReviewsQuery;
export type Review = NonNullable<ProjectReviews['preliminary']>[number];

/** An edition's applications (organizers see every one but drafts), one project and its reviews. */
@Injectable({ providedIn: 'root' })
export class ProjectsApi {
  private readonly gql = inject(GraphqlService);

  async page(variables: AdminCompetitionProjectsQueryVariables): Promise<ProjectPage> {
    return (await this.gql.query(AdminCompetitionProjectsDocument, variables)).competitionProjects;
  }

  /** Every application's name and field, page by page (for tables that show projects by id). */
  async names(competitionId: string): Promise<ProjectName[]> {
    const names: ProjectName[] = [];
    let after: string | null = null;
    do {
      const page: AdminProjectNamesPage = (
        await this.gql.query(AdminProjectNamesDocument, {
          competitionId,
          first: GRAPHQL_LIMITS.maxPageSize,
          after,
        })
      ).competitionProjects;
      names.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    } while (after);
    return names;
  }

  async project(id: string): Promise<ProjectProfile> {
    return (await this.gql.query(AdminProjectDocument, { id })).project;
  }

  reviews(projectId: string, competitionId: string): Promise<ProjectReviews> {
    return this.gql.query(AdminProjectReviewsDocument, { projectId, competitionId });
  }
}

interface AdminProjectNamesPage {
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  edges: { node: ProjectName }[];
}
