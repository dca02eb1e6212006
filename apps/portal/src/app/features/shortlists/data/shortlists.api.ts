import { Injectable, inject } from '@angular/core';
import {
  CreateShortlistDocument,
  CreateShortlistInput,
  DeleteShortlistDocument,
  RemoveFromShortlistDocument,
  ShortlistDocument,
  ShortlistItemFieldsFragment,
  ShortlistQuery,
  ShortlistSummaryFieldsFragment,
  ShortlistsDocument,
  UpdateShortlistDocument,
  UpdateShortlistInput,
  UpdateShortlistItemDocument,
  UpdateShortlistItemInput,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';

export type ShortlistSummary = ShortlistSummaryFieldsFragment;
export type ShortlistDetail = NonNullable<ShortlistQuery['shortlist']>;
export type ShortlistItem = ShortlistItemFieldsFragment;

/** The organisation's shortlists (DESIGN.md §2): private to it, shared by its members. */
@Injectable({ providedIn: 'root' })
export class ShortlistsApi {
  private readonly gql = inject(GraphqlService);

  async list(): Promise<ShortlistSummary[]> {
    return (await this.gql.query(ShortlistsDocument)).shortlists;
  }

  async get(id: string): Promise<ShortlistDetail> {
    return (await this.gql.query(ShortlistDocument, { id })).shortlist;
  }

  async create(input: CreateShortlistInput): Promise<ShortlistSummary> {
    return (await this.gql.mutate(CreateShortlistDocument, { input })).createShortlist;
  }

  async update(input: UpdateShortlistInput): Promise<ShortlistSummary> {
    return (await this.gql.mutate(UpdateShortlistDocument, { input })).updateShortlist;
  }

  async delete(id: string): Promise<void> {
    await this.gql.mutate(DeleteShortlistDocument, { id });
  }

  async updateItem(input: UpdateShortlistItemInput): Promise<ShortlistItem> {
    return (await this.gql.mutate(UpdateShortlistItemDocument, { input })).updateShortlistItem;
  }

  async removeItem(itemId: string): Promise<void> {
    await this.gql.mutate(RemoveFromShortlistDocument, { itemId });
  }
}
