import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from './access.decorators';
import { UserDto } from './dtos/user.dto';
import { IdentityLoaders } from './identity.loaders';
import { isOrganizer } from './viewer';
import type { RequestContext, Viewer } from './viewer';

@Resolver(() => UserDto)
export class UsersResolver {
  constructor(private readonly loaders: IdentityLoaders) {}

  /** The user themself, co-members of an organisation, and organizers see the e-mail; others get null. */
  @Allow('SIGNED_IN')
  @ResolveField(() => String, { nullable: true })
  async email(@Parent() user: UserDto, @CurrentViewer() viewer: Viewer, @Context() context: RequestContext) {
    if (user.id === viewer.user.id || isOrganizer(viewer)) return user.privateEmail;
    const theirs = await this.loaders.organizationIdsOfUser(context).load(user.id);
    return viewer.memberships.some((m) => theirs.includes(m.organizationId)) ? user.privateEmail : null;
  }
}
