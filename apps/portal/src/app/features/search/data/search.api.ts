import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { Observable, catchError, map, of } from 'rxjs';
import { AppError, toAppError } from '../../../core/errors';
import { GraphqlService } from '../../../core/graphql/graphql.service';
import {
  SearchDocument,
  SearchHitFieldsFragment,
  SearchInput,
  SearchMoreDocument,
  SearchMoreQuery,
  SearchQuery,
  SearchQueryVariables,
} from '../../../core/graphql/lazy/generated';

export type SearchResult = SearchQuery['search'];
export type SearchHit = SearchHitFieldsFragment;
export type SearchFacet = SearchResult['facets'][number];
export type SearchFacetValue = SearchFacet['values'][number];
export type SearchPage = SearchMoreQuery['search'];

/** One answer of a search as it arrives: the cached one first (if any), then the server's. */
export interface SearchAnswer {
  result: SearchResult | null;
  /** True while the server has not answered yet (a cached result may already be shown). */
  loading: boolean;
  error: AppError | null;
}

/** Page size of the search page. */
export const SEARCH_PAGE_SIZE = 20;

/**
 * Searches. The first page goes through Apollo's cache (`cache-and-network`): a search run before
 * shows at once and is refreshed from the server. Further pages (cursors) are never cached.
 */
@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly apollo = inject(Apollo);
  private readonly gql = inject(GraphqlService);

  search(input: SearchInput): Observable<SearchAnswer> {
    return this.apollo
      .watchQuery<SearchQuery, SearchQueryVariables>({
        query: SearchDocument,
        variables: { input: { ...input, first: SEARCH_PAGE_SIZE } },
        fetchPolicy: 'cache-and-network',
        nextFetchPolicy: 'cache-first',
      })
      .valueChanges.pipe(
        map((answer) => ({
          result: answer.dataState === 'complete' ? answer.data.search : null,
          loading: answer.loading,
          error: answer.error ? toAppError(answer.error) : null,
        })),
        catchError((error: unknown) => of({ result: null, loading: false, error: toAppError(error) })),
      );
  }

  async more(input: SearchInput, after: string): Promise<SearchPage> {
    const variables = { input: { ...input, first: SEARCH_PAGE_SIZE, after } };
    return (await this.gql.query(SearchMoreDocument, variables)).search;
  }
}
