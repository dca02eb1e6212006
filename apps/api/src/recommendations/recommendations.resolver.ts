import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../identity/access.decorators';
import type { Viewer } from '../identity/viewer';
import { MarketPreferencesDto } from './dtos/market-preferences.dto';
import { MarketPreferencesInput } from './dtos/market-preferences.input';
import { RecommendationDto } from './dtos/recommendation.dto';
import { RecommendationsArgs } from './dtos/recommendations.args';
import { RecommendationsService } from './recommendations.service';

/** Market preferences and recommendations: verified investors, parks and R&D partners. */
@Resolver()
export class RecommendationsResolver {
  constructor(private readonly service: RecommendationsService) {}

  @Allow('MARKET')
  @Query(() => MarketPreferencesDto, {
    nullable: true,
    description: "Your organisation's preferences; null when never set.",
  })
  async marketPreferences(@CurrentViewer() viewer: Viewer): Promise<MarketPreferencesDto | null> {
    const preferences = await this.service.preferences(viewer);
    return preferences ? MarketPreferencesDto.from(preferences) : null;
  }

  @Allow('MARKET')
  @Query(() => [RecommendationDto], {
    description:
      'The projects you may see that fit your preferences best, with reasons: best fit first, ties by score then newest. Empty until preferences are set.',
  })
  recommendations(
    @CurrentViewer() viewer: Viewer,
    @Args() args: RecommendationsArgs,
  ): Promise<RecommendationDto[]> {
    return this.service.recommend(viewer, args.first ?? 20, args.competitionId);
  }

  @Allow('MARKET')
  @Mutation(() => MarketPreferencesDto, {
    description: "Replaces your organisation's preferences (any member may).",
  })
  async setMarketPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MarketPreferencesInput,
  ): Promise<MarketPreferencesDto> {
    return MarketPreferencesDto.from(await this.service.setPreferences(viewer, input));
  }
}
