import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../identity/access.decorators';
import type { RequestContext, Viewer } from '../identity/viewer';
import { ShortlistDto, ShortlistItemDto } from './dtos/shortlist.dto';
import { CreateShortlistInput, UpdateShortlistInput } from './dtos/shortlist.inputs';
import { ShortlistsLoaders } from './shortlists.loaders';
import { ShortlistsService } from './shortlists.service';

/**
 * Shortlists of the viewer's active organisation (verified investors, parks and R&D partners).
 * A Shortlist is only ever returned by these handlers, after the organisation check.
 */
@Resolver(() => ShortlistDto)
export class ShortlistsResolver {
  constructor(
    private readonly service: ShortlistsService,
    private readonly loaders: ShortlistsLoaders,
  ) {}

  @Allow('MARKET')
  @Query(() => [ShortlistDto], { description: "Your organisation's shortlists, newest first." })
  async shortlists(@CurrentViewer() viewer: Viewer): Promise<ShortlistDto[]> {
    return (await this.service.list(viewer)).map(ShortlistDto.from);
  }

  @Allow('MARKET')
  @Query(() => ShortlistDto, { description: "One of your organisation's shortlists (NOT_FOUND otherwise)." })
  async shortlist(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ShortlistDto> {
    return ShortlistDto.from(await this.service.get(viewer, id));
  }

  @Allow('MARKET')
  @Mutation(() => ShortlistDto, {
    description:
      'Field errors for the name (1–120) and description (≤ 2000); CONFLICT errors.shortlist.nameTaken.',
  })
  async createShortlist(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateShortlistInput,
  ): Promise<ShortlistDto> {
    return ShortlistDto.from(await this.service.create(viewer, input));
  }

  @Allow('MARKET')
  @Mutation(() => ShortlistDto)
  async updateShortlist(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateShortlistInput,
  ): Promise<ShortlistDto> {
    return ShortlistDto.from(await this.service.update(viewer, input));
  }

  @Allow('MARKET')
  @Mutation(() => Boolean, { description: 'Deletes the list with its items.' })
  deleteShortlist(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.delete(viewer, id);
  }

  @Allow('MARKET')
  @ResolveField(() => Int)
  itemCount(@Parent() shortlist: ShortlistDto, @Context() context: RequestContext): Promise<number> {
    return this.loaders.itemCounts(context).load(shortlist.id);
  }

  @Allow('MARKET')
  @ResolveField(() => [ShortlistItemDto], { description: 'Newest first.' })
  async items(@Parent() shortlist: ShortlistDto, @Context() context: RequestContext) {
    return (await this.loaders.itemsOf(context).load(shortlist.id)).map(ShortlistItemDto.from);
  }
}
