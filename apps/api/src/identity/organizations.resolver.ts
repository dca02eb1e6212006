import type { MembershipRole } from '@bridge/contracts';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection } from '../common/pagination/connection';
import { MarketDirectoryArgs, OrganizationsArgs } from './dtos/organizations.args';
import { Allow, CurrentViewer } from './access.decorators';
import { MembershipRoleEnum } from './dtos/identity.enums';
import { UpdateOrganizationInput, VerifyOrganizationInput } from './dtos/identity.inputs';
import { InvitationDto, MembershipDto } from './dtos/membership.dto';
import { OrganizationConnection, OrganizationContactsDto, OrganizationDto } from './dtos/organization.dto';
import { OrganizationEntity } from './entities/organization.entity';
import { IdentityLoaders } from './identity.loaders';
import { OrganizationsService } from './organizations.service';
import { isOrganizer, membershipIn } from './viewer';
import type { RequestContext, Viewer } from './viewer';

function toDtoConnection(connection: Connection<OrganizationEntity>): Connection<OrganizationDto> {
  return {
    ...connection,
    edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: OrganizationDto.from(edge.node) })),
  };
}

@Resolver(() => OrganizationDto)
export class OrganizationsResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly loaders: IdentityLoaders,
  ) {}

  @Allow('SIGNED_IN')
  @Query(() => OrganizationDto, { description: 'Verified organisations, or your own; organizers see all.' })
  async organization(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return OrganizationDto.from(await this.service.get(viewer, id));
  }

  @Allow('VERIFY_ORGANIZATIONS')
  @Query(() => OrganizationConnection, {
    description: 'Every organisation, for organizers (verification queue).',
  })
  async organizations(@Args() args: OrganizationsArgs) {
    return toDtoConnection(await this.service.list(args, args));
  }

  @Allow('MARKET')
  @Query(() => OrganizationConnection, {
    description: 'Public profiles of verified organisations, for verified investors, parks and R&D partners.',
  })
  async marketDirectory(@CurrentViewer() viewer: Viewer, @Args() args: MarketDirectoryArgs) {
    return toDtoConnection(await this.service.directory(viewer, args.kind, args));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => OrganizationDto, { description: 'Owners edit their organisation.' })
  async updateOrganization(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateOrganizationInput) {
    return OrganizationDto.from(await this.service.update(viewer, input));
  }

  @Allow('VERIFY_ORGANIZATIONS')
  @Mutation(() => OrganizationDto)
  async verifyOrganization(@CurrentViewer() viewer: Viewer, @Args('input') input: VerifyOrganizationInput) {
    return OrganizationDto.from(await this.service.verify(viewer, input.organizationId, input.status));
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => OrganizationContactsDto, {
    nullable: true,
    description: 'Null unless you may see them.',
  })
  async contacts(
    @Parent() organization: OrganizationDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ) {
    return (await this.service.canSeeContacts(viewer, organization.id, context))
      ? organization.privateContacts
      : null;
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => [MembershipDto], {
    nullable: true,
    description: 'Null unless you are a member or organizer.',
  })
  async members(
    @Parent() organization: OrganizationDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ) {
    if (!this.service.canSeePrivate(viewer, organization.id)) return null;
    const rows = await this.loaders.membershipsOfOrganization(context).load(organization.id);
    return rows.map((m) => MembershipDto.from(m));
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => [InvitationDto], {
    nullable: true,
    description: 'Pending invitations; owners and organizers.',
  })
  async invitations(
    @Parent() organization: OrganizationDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ) {
    const role = membershipIn(viewer, organization.id)?.role;
    if (role !== 'OWNER' && !isOrganizer(viewer)) return null;
    const rows = await this.loaders.pendingInvitationsOfOrganization(context).load(organization.id);
    return rows.map((i) => InvitationDto.from(i));
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => MembershipRoleEnum, {
    nullable: true,
    description: "Your role in it; null if you're not a member.",
  })
  viewerRole(
    @Parent() organization: OrganizationDto,
    @CurrentViewer() viewer: Viewer,
  ): MembershipRole | null {
    return membershipIn(viewer, organization.id)?.role ?? null;
  }
}
