import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException } from '../common/errors/app.exception';
import { Allow, CurrentViewer, Public } from './access.decorators';
import { AcceptInvitationInput, ChangeMemberRoleInput, InviteMemberInput } from './dtos/identity.inputs';
import {
  CreatedInvitationDto,
  InvitationDto,
  InvitationPreviewDto,
  MembershipDto,
} from './dtos/membership.dto';
import { OrganizationDto } from './dtos/organization.dto';
import { UserDto } from './dtos/user.dto';
import { ViewerDto } from './dtos/viewer.dto';
import { IdentityLoaders } from './identity.loaders';
import { MembersService } from './members.service';
import { OrganizationsService } from './organizations.service';
import { SessionService } from './session.service';
import type { RequestContext, Viewer } from './viewer';

@Resolver(() => MembershipDto)
export class MembersResolver {
  constructor(
    private readonly members: MembersService,
    private readonly organizations: OrganizationsService,
    private readonly loaders: IdentityLoaders,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Query(() => InvitationPreviewDto, {
    nullable: true,
    description: 'What an invitation link offers; null if spent.',
  })
  invitationPreview(@Args('token') token: string) {
    if (token.length > 100) return null;
    return this.members.preview(token);
  }

  @Allow('SIGNED_IN')
  @Mutation(() => CreatedInvitationDto, { description: 'Owners invite by e-mail; the token is shown once.' })
  async inviteMember(@CurrentViewer() viewer: Viewer, @Args('input') input: InviteMemberInput) {
    const { invitation, token } = await this.members.invite(
      viewer,
      input.organizationId,
      input.email,
      input.role,
    );
    return { invitation: InvitationDto.from(invitation), token };
  }

  @Allow('SIGNED_IN')
  @Mutation(() => InvitationDto)
  async revokeInvitation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return InvitationDto.from(await this.members.revokeInvitation(viewer, id));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => ViewerDto, {
    description: 'Joins the inviting organisation; the e-mail must be the invited one.',
  })
  async acceptInvitation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AcceptInvitationInput,
    @Context() context: RequestContext,
  ) {
    const organizationId = await this.members.accept(viewer, input.token);
    const next = await this.sessions.viewerOfSession({
      ...viewer.session,
      activeOrganizationId: organizationId,
    });
    if (!next) throw AppException.unauthenticated();
    context.req.viewer = next;
    return ViewerDto.from(next);
  }

  @Allow('SIGNED_IN')
  @Mutation(() => Boolean, { description: 'Owners remove members; anyone may leave; never the last owner.' })
  async removeMember(
    @CurrentViewer() viewer: Viewer,
    @Args('membershipId', { type: () => ID }) membershipId: string,
  ) {
    await this.members.remove(viewer, membershipId);
    return true;
  }

  @Allow('SIGNED_IN')
  @Mutation(() => MembershipDto)
  async changeMemberRole(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangeMemberRoleInput) {
    return MembershipDto.from(await this.members.changeRole(viewer, input.membershipId, input.role));
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => UserDto)
  async user(@Parent() membership: MembershipDto, @Context() context: RequestContext) {
    const user = await this.loaders.users(context).load(membership.userId);
    if (!user) throw AppException.notFound('user');
    return UserDto.from(user);
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => OrganizationDto)
  async organization(
    @Parent() membership: MembershipDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ) {
    const organization = await this.loaders.organizations(context).load(membership.organizationId);
    if (!organization || !this.organizations.canSee(viewer, organization))
      throw AppException.notFound('organization');
    return OrganizationDto.from(organization);
  }
}
