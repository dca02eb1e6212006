import { Injectable, inject } from '@angular/core';
import {
  DeleteSavedSearchDocument,
  MarkSavedSearchSeenDocument,
  SavedSearchEditionsDocument,
  SavedSearchEditionsQuery,
  SavedSearchFieldsFragment,
  SavedSearchesDocument,
  UpdateSavedSearchDocument,
  UpdateSavedSearchInput,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';

export type SavedSearch = SavedSearchFieldsFragment;
export type SearchEdition = SavedSearchEditionsQuery['competitions'][number];

/** The organisation's saved searches; each member changes only the ones they saved. */
@Injectable({ providedIn: 'root' })
export class SavedSearchesApi {
  private readonly gql = inject(GraphqlService);

  async list(): Promise<SavedSearch[]> {
    return (await this.gql.query(SavedSearchesDocument)).savedSearches;
  }

  /** Editions and their fields, to name what a search filters by. */
  async editions(): Promise<SearchEdition[]> {
    return (await this.gql.query(SavedSearchEditionsDocument)).competitions;
  }

  async update(input: UpdateSavedSearchInput): Promise<SavedSearch> {
    return (await this.gql.mutate(UpdateSavedSearchDocument, { input })).updateSavedSearch;
  }

  async delete(id: string): Promise<void> {
    await this.gql.mutate(DeleteSavedSearchDocument, { id });
  }

  async markSeen(id: string): Promise<SavedSearch> {
    return (await this.gql.mutate(MarkSavedSearchSeenDocument, { id })).markSavedSearchSeen;
  }
}
