import { Injectable, inject } from '@angular/core';
import {
  OutcomeEditionsDocument,
  OutcomeEditionsQuery,
  OutcomeEngagementsDocument,
  OutcomeEngagementsQuery,
  OutcomeEngagementsQueryVariables,
  OutcomesDocument,
  OutcomesQuery,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';

export type OutcomeEdition = OutcomeEditionsQuery['competitions'][number];
export type Outcomes = OutcomesQuery['outcomes'];
export type OutcomeFunnel = Outcomes['funnel'];
export type OutcomeBreakdown = Outcomes['byField'][number];
export type StageTime = Outcomes['stageTimes'][number];
export type OutcomeEngagementPage = OutcomeEngagementsQuery['outcomeEngagements'];
export type OutcomeEngagement = OutcomeEngagementPage['edges'][number]['node'];
export type OutcomeFilter = Omit<OutcomeEngagementsQueryVariables, 'first' | 'after'>;

/** The organizers' outcomes (API: analytics): the funnel, its breakdowns and the engagements behind it. */
@Injectable({ providedIn: 'root' })
export class OutcomesApi {
  private readonly gql = inject(GraphqlService);

  async editions(): Promise<OutcomeEdition[]> {
    const { competitions } = await this.gql.query(OutcomeEditionsDocument);
    return [...competitions].sort((a, b) => b.year - a.year || b.editionNumber - a.editionNumber);
  }

  async outcomes(competitionId: string | null): Promise<Outcomes> {
    return (await this.gql.query(OutcomesDocument, { competitionId })).outcomes;
  }

  async engagements(
    filter: OutcomeFilter,
    first = 25,
    after: string | null = null,
  ): Promise<OutcomeEngagementPage> {
    return (await this.gql.query(OutcomeEngagementsDocument, { ...filter, first, after })).outcomeEngagements;
  }
}
