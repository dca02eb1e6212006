import { Injectable, inject } from '@angular/core';
import {
  AdminAdvanceCompetitionStageDocument,
  AdminCompetitionCountsDocument,
  AdminCompetitionCountsQuery,
  AdminCompetitionDetailFragment,
  AdminCompetitionDocument,
  AdminCompetitionSummaryFragment,
  AdminCompetitionsDocument,
  AdminCreateCompetitionDocument,
  AdminSetCompetitionFieldsDocument,
  AdminSetCompetitionTimelineDocument,
  AdminUpdateCompetitionDocument,
  CompetitionFieldInput,
  CompetitionStage,
  CreateCompetitionInput,
  StageDateInput,
  UpdateCompetitionInput,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';

export type CompetitionSummary = AdminCompetitionSummaryFragment;
export type CompetitionDetail = AdminCompetitionDetailFragment;
export type CompetitionField = CompetitionDetail['fields'][number];
export type StageDate = CompetitionDetail['timeline'][number];
export type CompetitionSettings = CompetitionDetail['settings'];
export type CompetitionCounts = AdminCompetitionCountsQuery;

/** Editions: list, details, set-up and the stage machine (organizers). */
@Injectable({ providedIn: 'root' })
export class CompetitionsApi {
  private readonly gql = inject(GraphqlService);

  async list(): Promise<CompetitionSummary[]> {
    return (await this.gql.query(AdminCompetitionsDocument)).competitions;
  }

  async get(id: string): Promise<CompetitionDetail> {
    return (await this.gql.query(AdminCompetitionDocument, { id })).competition;
  }

  counts(id: string): Promise<CompetitionCounts> {
    return this.gql.query(AdminCompetitionCountsDocument, { id });
  }

  async create(input: CreateCompetitionInput): Promise<CompetitionSummary> {
    return (await this.gql.mutate(AdminCreateCompetitionDocument, { input })).createCompetition;
  }

  async update(input: UpdateCompetitionInput): Promise<CompetitionDetail> {
    return (await this.gql.mutate(AdminUpdateCompetitionDocument, { input })).updateCompetition;
  }

  async setFields(competitionId: string, fields: CompetitionFieldInput[]): Promise<CompetitionField[]> {
    return (await this.gql.mutate(AdminSetCompetitionFieldsDocument, { input: { competitionId, fields } }))
      .setCompetitionFields;
  }

  async setTimeline(competitionId: string, dates: StageDateInput[]): Promise<StageDate[]> {
    return (await this.gql.mutate(AdminSetCompetitionTimelineDocument, { input: { competitionId, dates } }))
      .setCompetitionTimeline;
  }

  /** One stage forward from `from`, the stage the organizer saw (CONFLICT if it changed meanwhile). */
  async advance(competitionId: string, from: CompetitionStage): Promise<CompetitionDetail> {
    return (await this.gql.mutate(AdminAdvanceCompetitionStageDocument, { input: { competitionId, from } }))
      .advanceCompetitionStage;
  }
}
