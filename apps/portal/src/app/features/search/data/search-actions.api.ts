import { Injectable, inject } from '@angular/core';
import { GraphqlService } from '../../../core/graphql/graphql.service';
import {
  AddToShortlistInput,
  CreateShortlistInput,
  SaveSearchFromSearchPageDocument,
  SaveSearchFromSearchPageMutation,
  SaveSearchInput,
  ShortlistPickerAddDocument,
  ShortlistPickerAddMutation,
  ShortlistPickerCreateDocument,
  ShortlistPickerDocument,
  ShortlistPickerQuery,
} from '../../../core/graphql/lazy/generated';

export type SavedSearch = SaveSearchFromSearchPageMutation['saveSearch'];
export type PickableShortlist = ShortlistPickerQuery['shortlists'][number];
export type ShortlistEntry = ShortlistPickerQuery['shortlistEntries'][number];
export type AddedShortlistItem = ShortlistPickerAddMutation['addToShortlist'];

/** The market's actions started from a search result: save the search, put a project on a shortlist. */
@Injectable({ providedIn: 'root' })
export class SearchActionsApi {
  private readonly gql = inject(GraphqlService);

  async saveSearch(input: SaveSearchInput): Promise<SavedSearch> {
    return (await this.gql.mutate(SaveSearchFromSearchPageDocument, { input })).saveSearch;
  }

  /** The organisation's shortlists and the ones the project is already on. */
  async shortlists(projectId: string): Promise<ShortlistPickerQuery> {
    return this.gql.query(ShortlistPickerDocument, { projectId });
  }

  async createShortlist(input: CreateShortlistInput): Promise<PickableShortlist> {
    return (await this.gql.mutate(ShortlistPickerCreateDocument, { input })).createShortlist;
  }

  async addToShortlist(input: AddToShortlistInput): Promise<AddedShortlistItem> {
    return (await this.gql.mutate(ShortlistPickerAddDocument, { input })).addToShortlist;
  }
}
