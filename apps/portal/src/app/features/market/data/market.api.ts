import { Injectable, inject } from '@angular/core';
import {
  MarketDirectoryDocument,
  MarketDirectoryQuery,
  MarketDirectoryQueryVariables,
} from '../../../core/graphql/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';

export type MarketPage = MarketDirectoryQuery['marketDirectory'];
export type MarketOrganization = MarketPage['edges'][number]['node'];

@Injectable({ providedIn: 'root' })
export class MarketApi {
  private readonly gql = inject(GraphqlService);

  async directory(variables: MarketDirectoryQueryVariables): Promise<MarketPage> {
    return (await this.gql.query(MarketDirectoryDocument, variables)).marketDirectory;
  }
}
