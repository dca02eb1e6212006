import { Injectable, inject } from '@angular/core';
import {
  MarketPreferencesDocument,
  MarketPreferencesFieldsFragment,
  MarketPreferencesInput,
  MarketPreferencesQuery,
  RecommendationFieldsFragment,
  RecommendationsDocument,
  SetMarketPreferencesDocument,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';

export type MarketPreferences = MarketPreferencesFieldsFragment;
export type Recommendation = RecommendationFieldsFragment;
export type PreferenceEdition = MarketPreferencesQuery['competitions'][number];

export interface PreferencesContext {
  /** Null until the organisation saves its first preferences. */
  preferences: MarketPreferences | null;
  editions: PreferenceEdition[];
}

/** Up to this many recommendations are shown (the API's maximum page). */
export const RECOMMENDATIONS_SHOWN = 50;

@Injectable({ providedIn: 'root' })
export class RecommendationsApi {
  private readonly gql = inject(GraphqlService);

  async preferences(): Promise<PreferencesContext> {
    const data = await this.gql.query(MarketPreferencesDocument);
    return { preferences: data.marketPreferences ?? null, editions: data.competitions };
  }

  async setPreferences(input: MarketPreferencesInput): Promise<MarketPreferences> {
    return (await this.gql.mutate(SetMarketPreferencesDocument, { input })).setMarketPreferences;
  }

  async recommendations(competitionId: string | null): Promise<Recommendation[]> {
    return (await this.gql.query(RecommendationsDocument, { first: RECOMMENDATIONS_SHOWN, competitionId }))
      .recommendations;
  }
}
