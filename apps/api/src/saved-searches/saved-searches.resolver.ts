import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../identity/access.decorators';
import type { Viewer } from '../identity/viewer';
import { SavedSearchDto } from './dtos/saved-search.dto';
import { SaveSearchInput, UpdateSavedSearchInput } from './dtos/saved-search.inputs';
import { SavedSearchesService } from './saved-searches.service';

/** Saved searches of verified investors, parks and R&D partners (private to their organisation). */
@Resolver(() => SavedSearchDto)
export class SavedSearchesResolver {
  constructor(private readonly service: SavedSearchesService) {}

  @Allow('MARKET')
  @Query(() => [SavedSearchDto], { description: "Your active organisation's saved searches, newest first." })
  savedSearches(@CurrentViewer() viewer: Viewer): Promise<SavedSearchDto[]> {
    return this.service.list(viewer);
  }

  @Allow('MARKET')
  @Mutation(() => SavedSearchDto, {
    description:
      'Saves a search (validated like the search query; first and after are not kept). What it matches now never alerts; projects that newly become visible to you and match do, once each.',
  })
  saveSearch(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SaveSearchInput,
  ): Promise<SavedSearchDto> {
    return this.service.save(viewer, input);
  }

  @Allow('MARKET')
  @Mutation(() => SavedSearchDto, {
    description: 'Renames a saved search of yours or turns its alerts or digest on or off.',
  })
  updateSavedSearch(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateSavedSearchInput,
  ): Promise<SavedSearchDto> {
    return this.service.update(viewer, input);
  }

  @Allow('MARKET')
  @Mutation(() => Boolean, { description: 'Deletes a saved search of yours.' })
  deleteSavedSearch(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.service.delete(viewer, id);
  }

  @Allow('MARKET')
  @Mutation(() => SavedSearchDto, { description: 'You have seen its new matches: newMatches becomes 0.' })
  markSavedSearchSeen(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SavedSearchDto> {
    return this.service.markSeen(viewer, id);
  }
}
