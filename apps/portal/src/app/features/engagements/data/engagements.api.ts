import { Injectable, inject } from '@angular/core';
import type { EngagementKind } from '@bridge/contracts';
import {
  AddMilestoneDocument,
  EngagementDocument,
  EngagementsDocument,
  MoveEngagementDocument,
  RemoveMilestoneDocument,
  StartEngagementDocument,
  UpdateMilestoneDocument,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';
import type { EngagementPage, EngagementView, MilestoneView, MoveInput } from './engagement.types';

/** Engagements per page of the board and the list (the board shows a kind's all at once). */
export const ENGAGEMENTS_PAGE = 100;

@Injectable({ providedIn: 'root' })
export class EngagementsApi {
  private readonly gql = inject(GraphqlService);

  async list(kind: EngagementKind | null, after: string | null = null): Promise<EngagementPage> {
    const { engagements } = await this.gql.query(EngagementsDocument, {
      kind,
      first: ENGAGEMENTS_PAGE,
      after,
    });
    const items: EngagementView[] = engagements.edges.map((edge) => edge.node);
    return {
      items,
      endCursor: engagements.pageInfo.endCursor ?? null,
      hasNextPage: engagements.pageInfo.hasNextPage,
      totalCount: engagements.totalCount,
    };
  }

  /**
   * Starts tracking an engagement by hand with a project (a market organisation is itself the
   * partner); CONFLICT (errors.engagement.alreadyOpen) while one of the kind is open between the two.
   */
  async start(projectId: string, kind: EngagementKind, note: string | null): Promise<string> {
    const { startEngagement } = await this.gql.mutate(StartEngagementDocument, {
      input: { projectId, kind, note },
    });
    return startEngagement.id;
  }

  /** NOT_FOUND for an engagement the viewer is not a party to. */
  async engagement(id: string): Promise<EngagementView> {
    const { engagement } = await this.gql.query(EngagementDocument, { id });
    return engagement;
  }

  /** CONFLICT (errors.engagement.stale) when someone moved it meanwhile. */
  async move(input: MoveInput & { expectedVersion?: number | null }): Promise<EngagementView> {
    const { moveEngagement } = await this.gql.mutate(MoveEngagementDocument, { input });
    return moveEngagement;
  }

  async addMilestone(engagementId: string, title: string, dueOn: string): Promise<MilestoneView> {
    return (await this.gql.mutate(AddMilestoneDocument, { input: { engagementId, title, dueOn } }))
      .addMilestone;
  }

  async updateMilestone(input: {
    id: string;
    title?: string | null;
    dueOn?: string | null;
    done?: boolean | null;
  }): Promise<MilestoneView> {
    return (await this.gql.mutate(UpdateMilestoneDocument, { input })).updateMilestone;
  }

  async removeMilestone(id: string): Promise<string> {
    return (await this.gql.mutate(RemoveMilestoneDocument, { id })).removeMilestone;
  }
}
