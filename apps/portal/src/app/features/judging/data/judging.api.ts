import { Injectable, inject } from '@angular/core';
import {
  AbstainDocument,
  CriterionScoreInput,
  DeclareConflictDocument,
  DeclareConflictInput,
  JudgingRound,
  MyAssignmentIndexDocument,
  MyJudgingDocument,
  MyJudgingQuery,
  SaveScoresDocument,
  ScorecardDocument,
  ScorecardQuery,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';

export type MyJudging = MyJudgingQuery;
export type JudgeAssignment = MyJudgingQuery['myAssignments'][number];
export type Scorecard = ScorecardQuery;
export type ScorecardAssignment = ScorecardQuery['myAssignments'][number];
export type ScorecardCriterion = ScorecardQuery['criteria'][number];
export type OtherReview = NonNullable<ScorecardQuery['reviews']>[number];

/** A scorecard: its assignment among the judge's others of that round, and what the page shows. */
export interface LoadedScorecard extends Scorecard {
  assignment: ScorecardAssignment;
}

/** The judging feature's calls to the API. */
@Injectable({ providedIn: 'root' })
export class JudgingApi {
  private readonly gql = inject(GraphqlService);

  myJudging(): Promise<MyJudging> {
    return this.gql.query(MyJudgingDocument);
  }

  /** The scorecard of one of the viewer's assignments; null when it is not (or no longer) theirs. */
  async scorecard(assignmentId: string): Promise<LoadedScorecard | null> {
    const { myAssignments } = await this.gql.query(MyAssignmentIndexDocument);
    const found = myAssignments.find((assignment) => assignment.id === assignmentId);
    if (!found) return null;
    const data = await this.gql.query(ScorecardDocument, {
      competitionId: found.competitionId,
      round: found.round,
      projectId: found.projectId,
    });
    const assignment = data.myAssignments.find((candidate) => candidate.id === assignmentId);
    return assignment ? { ...data, assignment } : null;
  }

  async saveScores(assignmentId: string, scores: CriterionScoreInput[], submit: boolean) {
    return (await this.gql.mutate(SaveScoresDocument, { input: { assignmentId, scores, submit } }))
      .saveScores;
  }

  async abstain(assignmentId: string, reason: string) {
    return (await this.gql.mutate(AbstainDocument, { input: { assignmentId, reason } })).abstain;
  }

  async declareConflict(input: DeclareConflictInput) {
    return (await this.gql.mutate(DeclareConflictDocument, { input })).declareConflict;
  }
}

export type { JudgingRound };
