import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LocalizedTextDto } from '../common/graphql/localized-text.dto';
import { Allow, CurrentViewer } from '../identity/access.decorators';
import { IdentityLoaders } from '../identity/identity.loaders';
import type { RequestContext, Viewer } from '../identity/viewer';
import { ProjectDto } from '../projects/dtos/project.dto';
import { ShortlistItemDto } from './dtos/shortlist.dto';
import { AddToShortlistInput, UpdateShortlistItemInput } from './dtos/shortlist.inputs';
import { ShortlistItemsService } from './shortlist-items.service';
import { ShortlistsLoaders } from './shortlists.loaders';

/** Projects on the organisation's shortlists: add from search results and project pages, note, tag. */
@Resolver(() => ShortlistItemDto)
export class ShortlistItemsResolver {
  constructor(
    private readonly items: ShortlistItemsService,
    private readonly loaders: ShortlistsLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  @Allow('MARKET')
  @Query(() => [ShortlistItemDto], {
    description:
      "Where a project already is in your organisation's shortlists (for its page and result card).",
  })
  async shortlistEntries(
    @CurrentViewer() viewer: Viewer,
    @Args('projectId', { type: () => ID }) projectId: string,
  ): Promise<ShortlistItemDto[]> {
    return (await this.items.entriesOf(viewer, projectId)).map(ShortlistItemDto.from);
  }

  @Allow('MARKET')
  @Mutation(() => ShortlistItemDto, {
    description:
      'NOT_FOUND for a project you may not see (drafts included); CONFLICT errors.shortlist.duplicate when it is already on the list.',
  })
  async addToShortlist(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddToShortlistInput,
  ): Promise<ShortlistItemDto> {
    return ShortlistItemDto.from(await this.items.add(viewer, input));
  }

  @Allow('MARKET')
  @Mutation(() => ShortlistItemDto)
  async updateShortlistItem(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateShortlistItemInput,
  ): Promise<ShortlistItemDto> {
    return ShortlistItemDto.from(await this.items.update(viewer, input));
  }

  @Allow('MARKET')
  @Mutation(() => Boolean)
  removeFromShortlist(@CurrentViewer() viewer: Viewer, @Args('itemId', { type: () => ID }) itemId: string) {
    return this.items.remove(viewer, itemId);
  }

  @Allow('MARKET')
  @ResolveField(() => ProjectDto, {
    nullable: true,
    description: 'The project as you may see it now; null when it is no longer visible to your organisation.',
  })
  async project(
    @Parent() item: ShortlistItemDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<ProjectDto | null> {
    const visible = await this.loaders.projectOf(context, viewer).load(item.entity);
    return visible ? ProjectDto.from(visible.project, visible.access) : null;
  }

  @Allow('MARKET')
  @ResolveField(() => LocalizedTextDto, {
    description: 'The current title while the project is visible, else the title last seen.',
  })
  async projectTitle(
    @Parent() item: ShortlistItemDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<LocalizedTextDto> {
    const visible = await this.loaders.projectOf(context, viewer).load(item.entity);
    return visible?.project.title ?? item.entity.projectTitle;
  }

  @Allow('MARKET')
  @ResolveField(() => String, {
    nullable: true,
    description: 'Who added it (null when the account is gone).',
  })
  async addedByName(@Parent() item: ShortlistItemDto, @Context() context: RequestContext) {
    if (!item.entity.addedById) return null;
    return (await this.identity.users(context).load(item.entity.addedById))?.displayName ?? null;
  }
}
