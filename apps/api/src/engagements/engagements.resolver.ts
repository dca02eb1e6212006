import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LocalizedTextDto } from '../common/graphql/localized-text.dto';
import { Allow, CurrentViewer } from '../identity/access.decorators';
import { OrganizationDto } from '../identity/dtos/organization.dto';
import { IdentityLoaders } from '../identity/identity.loaders';
import type { RequestContext, Viewer } from '../identity/viewer';
import { ProjectDto } from '../projects/dtos/project.dto';
import { EngagementConnection, EngagementDto, EngagementEventDto, MilestoneDto } from './dtos/engagement.dto';
import {
  AddMilestoneInput,
  EngagementsArgs,
  MoveEngagementInput,
  StartEngagementInput,
  UpdateMilestoneInput,
} from './dtos/engagement.inputs';
import { EngagementMoves } from './engagement-moves.service';
import { EngagementsLoaders } from './engagements.loaders';
import { EngagementsService, SeenEngagement } from './engagements.service';
import { MilestonesService } from './milestones.service';

const dto = ({ engagement, side }: SeenEngagement) => EngagementDto.from(engagement, side);

/**
 * Engagements (docs/landing.md, "Engagements"): the pipelines between a project and an investor,
 * park or R&D partner. The two parties read and move them and keep their milestones; organizers read
 * stages, dates and registered companies only; anyone else gets NOT_FOUND.
 */
@Resolver(() => EngagementDto)
export class EngagementsResolver {
  constructor(
    private readonly service: EngagementsService,
    private readonly moves: EngagementMoves,
    private readonly milestonesService: MilestonesService,
    private readonly loaders: EngagementsLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  @Allow('SIGNED_IN')
  @Query(() => EngagementConnection, {
    description:
      "Your active organisation's engagements (either side), newest first; organizers: all of them.",
  })
  async engagements(@CurrentViewer() viewer: Viewer, @Args() args: EngagementsArgs) {
    const connection = await this.service.list(viewer, args);
    const organizer = viewer.capabilities.has('RUN_COMPETITIONS');
    const organizationId = viewer.active?.organizationId;
    return {
      ...connection,
      edges: connection.edges.map((e) => ({
        cursor: e.cursor,
        node: EngagementDto.from(
          e.node,
          e.node.startupOrganizationId === organizationId
            ? 'STARTUP'
            : e.node.partnerOrganizationId === organizationId
              ? 'PARTNER'
              : organizer
                ? 'ORGANIZER'
                : 'PARTNER',
        ),
      })),
    };
  }

  @Allow('SIGNED_IN')
  @Query(() => EngagementDto, {
    description: 'One engagement you are a party to (or any, for organizers); NOT_FOUND otherwise.',
  })
  async engagement(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return dto(await this.service.get(viewer, id));
  }

  @Allow('APPLY', 'MARKET')
  @Mutation(() => EngagementDto, {
    description:
      'By hand: a start-up with a verified investor, park or R&D partner (partnerOrganizationId), or a verified market organisation with a project it may see. CONFLICT errors.engagement.alreadyOpen while one of the kind is open between them.',
  })
  async startEngagement(@CurrentViewer() viewer: Viewer, @Args('input') input: StartEngagementInput) {
    return dto(await this.service.start(viewer, input));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => EngagementDto, {
    description:
      'Either party moves to another stage of the kind, forward or back, with a note. CONFLICT errors.engagement.stale when the stage (or version) is no longer the expected one.',
  })
  async moveEngagement(@CurrentViewer() viewer: Viewer, @Args('input') input: MoveEngagementInput) {
    return dto(await this.moves.move(viewer, input));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => MilestoneDto, { description: 'Either party.' })
  async addMilestone(@CurrentViewer() viewer: Viewer, @Args('input') input: AddMilestoneInput) {
    return MilestoneDto.from(await this.milestonesService.add(viewer, input));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => MilestoneDto, { description: 'Either party: title, due date, done.' })
  async updateMilestone(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateMilestoneInput) {
    return MilestoneDto.from(await this.milestonesService.update(viewer, input));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => ID, { description: 'Either party; returns the id removed.' })
  removeMilestone(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.milestonesService.remove(viewer, id);
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => LocalizedTextDto)
  async projectTitle(@Parent() engagement: EngagementDto, @Context() context: RequestContext) {
    return (await this.loaders.projects(context).load(engagement.projectId))?.title ?? {};
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => ProjectDto, { nullable: true, description: 'The project as you may see it now.' })
  async project(
    @Parent() engagement: EngagementDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<ProjectDto | null> {
    const visible = await this.loaders.visibleProjects(context, viewer).load(engagement.projectId);
    return visible ? ProjectDto.from(visible.project, visible.access) : null;
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => OrganizationDto)
  startup(@Parent() engagement: EngagementDto, @Context() context: RequestContext) {
    return this.organization(engagement.entity.startupOrganizationId, context);
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => OrganizationDto, { description: 'The investor, park or R&D partner.' })
  partner(@Parent() engagement: EngagementDto, @Context() context: RequestContext) {
    return this.organization(engagement.entity.partnerOrganizationId, context);
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => [EngagementEventDto], { description: 'The history, oldest first.' })
  async events(@Parent() engagement: EngagementDto, @Context() context: RequestContext) {
    return (await this.loaders.events(context).load(engagement.id)).map((e) =>
      EngagementEventDto.from(e, engagement.side),
    );
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => [MilestoneDto], { description: 'By due date; empty for organizers.' })
  async milestones(@Parent() engagement: EngagementDto, @Context() context: RequestContext) {
    if (engagement.side === 'ORGANIZER') return [];
    return (await this.loaders.milestones(context).load(engagement.id)).map((m) => MilestoneDto.from(m));
  }

  private async organization(id: string, context: RequestContext): Promise<OrganizationDto> {
    const organization = await this.identity.organizations(context).load(id);
    if (!organization) throw new Error(`organization ${id} of an engagement is missing`);
    return OrganizationDto.from(organization);
  }
}

/** Who moved (null for organizers and once the account is gone). */
@Resolver(() => EngagementEventDto)
export class EngagementEventsResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @Allow('SIGNED_IN')
  @ResolveField(() => String, { nullable: true })
  async actorName(@Parent() event: EngagementEventDto, @Context() context: RequestContext) {
    return event.actorUserId
      ? ((await this.identity.users(context).load(event.actorUserId))?.displayName ?? null)
      : null;
  }
}
