import { Injectable, inject } from '@angular/core';
import {
  AdminAssignJudgeDocument,
  AdminAssignmentFragment,
  AdminAssignmentsDocument,
  AdminAutoAssignDocument,
  AdminCloseRoundDocument,
  AdminCriteriaDocument,
  AdminCriterionFragment,
  AdminDetectedConflictsDocument,
  AdminDetectedConflictsQuery,
  AdminInviteJudgeDocument,
  AdminJudgeFragment,
  AdminJudgesDocument,
  AdminRemindJudgeDocument,
  AdminRemoveJudgeDocument,
  AdminSetCriteriaDocument,
  AdminUnassignDocument,
  CriterionInput,
  InviteJudgeInput,
  JudgingRound,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';
import { CompetitionDetail } from './competitions.api';

export type Judge = AdminJudgeFragment;
export type DetectedConflict = AdminDetectedConflictsQuery['detectedConflicts'][number];
export type Criterion = AdminCriterionFragment;
export type Assignment = AdminAssignmentFragment;
export interface AutoAssignResult {
  created: number;
  shortfallProjectIds: string[];
}

/** Judges, conflicts, criteria and assignments of an edition's rounds (organizers). */
@Injectable({ providedIn: 'root' })
export class JudgingApi {
  private readonly gql = inject(GraphqlService);

  async judges(competitionId: string): Promise<Judge[]> {
    return (await this.gql.query(AdminJudgesDocument, { competitionId })).judges;
  }

  async detectedConflicts(competitionId: string, round: JudgingRound): Promise<DetectedConflict[]> {
    return (await this.gql.query(AdminDetectedConflictsDocument, { competitionId, round })).detectedConflicts;
  }

  /** The token is shown once: the organizer passes the link on. */
  async invite(input: InviteJudgeInput): Promise<{ judge: Judge; token: string }> {
    return (await this.gql.mutate(AdminInviteJudgeDocument, { input })).inviteJudge;
  }

  async remove(judgeId: string): Promise<void> {
    await this.gql.mutate(AdminRemoveJudgeDocument, { judgeId });
  }

  async remind(judgeId: string): Promise<Judge> {
    return (await this.gql.mutate(AdminRemindJudgeDocument, { judgeId })).remindJudge;
  }

  async criteria(competitionId: string, round: JudgingRound): Promise<Criterion[]> {
    return (await this.gql.query(AdminCriteriaDocument, { competitionId, round })).criteria;
  }

  async setCriteria(
    competitionId: string,
    round: JudgingRound,
    criteria: CriterionInput[],
  ): Promise<Criterion[]> {
    return (await this.gql.mutate(AdminSetCriteriaDocument, { input: { competitionId, round, criteria } }))
      .setCriteria;
  }

  async assignments(competitionId: string, round: JudgingRound): Promise<Assignment[]> {
    return (await this.gql.query(AdminAssignmentsDocument, { competitionId, round })).assignments;
  }

  async autoAssign(competitionId: string, round: JudgingRound): Promise<AutoAssignResult> {
    return (await this.gql.mutate(AdminAutoAssignDocument, { input: { competitionId, round } })).autoAssign;
  }

  async assign(competitionId: string, round: JudgingRound, judgeId: string, projectId: string) {
    return (
      await this.gql.mutate(AdminAssignJudgeDocument, { input: { competitionId, round, judgeId, projectId } })
    ).assignJudge;
  }

  async unassign(assignmentId: string): Promise<void> {
    await this.gql.mutate(AdminUnassignDocument, { assignmentId });
  }

  async closeRound(competitionId: string, round: JudgingRound): Promise<CompetitionDetail> {
    return (await this.gql.mutate(AdminCloseRoundDocument, { input: { competitionId, round } })).closeRound;
  }
}
