import { Injectable, inject } from '@angular/core';
import {
  EditionResultsDocument,
  EditionResultsFieldsFragment,
  PublicProjectCardFragment,
  PublicProjectDocument,
  PublicProjectQuery,
  PublishedEditionsDocument,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';
import { latestPublished } from './results-order';

export type EditionResults = EditionResultsFieldsFragment;
export type FinalistCard = PublicProjectCardFragment;
export type PublicProject = PublicProjectQuery['project'];

/** Published results and public project pages; everything here works signed out. */
@Injectable({ providedIn: 'root' })
export class ResultsApi {
  private readonly gql = inject(GraphqlService);

  async edition(id: string): Promise<EditionResults> {
    return (await this.gql.query(EditionResultsDocument, { id })).competition;
  }

  /** The results of the newest edition with published finalists; null before any is published. */
  async latest(): Promise<EditionResults | null> {
    const { competitions } = await this.gql.query(PublishedEditionsDocument);
    const edition = latestPublished(competitions);
    return edition ? this.edition(edition.id) : null;
  }

  async project(id: string): Promise<PublicProject> {
    return (await this.gql.query(PublicProjectDocument, { id })).project;
  }
}
