import { Injectable, inject } from '@angular/core';
import {
  AdminPublishAwardsDocument,
  AdminPublishSelectionDocument,
  AdminRemoveSelectionOverrideDocument,
  AdminRunSelectionDocument,
  AdminSelectionOverrideFragment,
  AdminSelectionRunDocument,
  AdminSelectionRunFragment,
  AdminSetSelectionOverrideDocument,
  JudgingRound,
  OverrideDecision,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';
import { CompetitionDetail } from './competitions.api';

export type SelectionRun = AdminSelectionRunFragment;
export type SelectionOutcome = SelectionRun['outcomes'][number];
export type FinalOutcome = SelectionRun['finalOutcomes'][number];
export type JudgeEffect = SelectionRun['judges'][number];
export type FieldSlots = SelectionRun['fields'][number];
export type SelectionOverride = AdminSelectionOverrideFragment;

/** The finalist selection and the final ranking: runs, overrides and publishing (organizers). */
@Injectable({ providedIn: 'root' })
export class SelectionApi {
  private readonly gql = inject(GraphqlService);

  async latest(competitionId: string, round: JudgingRound): Promise<SelectionRun | null> {
    return (await this.gql.query(AdminSelectionRunDocument, { competitionId, round })).selectionRun ?? null;
  }

  async run(competitionId: string, round: JudgingRound): Promise<SelectionRun> {
    return (await this.gql.mutate(AdminRunSelectionDocument, { input: { competitionId, round } }))
      .runSelection;
  }

  async setOverride(
    competitionId: string,
    projectId: string,
    decision: OverrideDecision,
    reason: string,
  ): Promise<SelectionOverride> {
    return (
      await this.gql.mutate(AdminSetSelectionOverrideDocument, {
        input: { competitionId, projectId, decision, reason },
      })
    ).setSelectionOverride;
  }

  async removeOverride(competitionId: string, projectId: string): Promise<void> {
    await this.gql.mutate(AdminRemoveSelectionOverrideDocument, { competitionId, projectId });
  }

  /** Publishes the run the organizer reviewed: the finalists (PRELIMINARY) or the award places (FINAL). */
  async publish(competitionId: string, runId: string, round: JudgingRound): Promise<CompetitionDetail> {
    const input = { competitionId, runId };
    return round === 'PRELIMINARY'
      ? (await this.gql.mutate(AdminPublishSelectionDocument, { input })).publishSelection
      : (await this.gql.mutate(AdminPublishAwardsDocument, { input })).publishAwards;
  }
}
