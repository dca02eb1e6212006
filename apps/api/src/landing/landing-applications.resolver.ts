import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LocalizedTextDto } from '../common/graphql/localized-text.dto';
import type { Connection } from '../common/pagination/connection';
import { Allow, CurrentViewer } from '../identity/access.decorators';
import type { RequestContext, Viewer } from '../identity/viewer';
import { ProjectDto } from '../projects/dtos/project.dto';
import { LandingApplicationConnection, LandingApplicationDto } from './dtos/landing-application.dto';
import {
  ApplyToLandingOfferInput,
  InviteToLandingOfferInput,
  LandingApplicationsArgs,
  MyLandingApplicationsArgs,
  RejectLandingApplicationInput,
} from './dtos/landing-application.inputs';
import { LandingOfferDto } from './dtos/landing-offer.dto';
import type { LandingApplicationEntity } from './entities/landing-application.entity';
import { ownsOffer } from './landing-access';
import { LandingApplicationMoves } from './landing-application-moves.service';
import { LandingApplicationsService, sideOf } from './landing-applications.service';
import { LandingLoaders } from './landing.loaders';

/**
 * Applications to landing offers: start-ups apply, withdraw and accept invitations; parks
 * shortlist, reject with a reason and invite. A start-up sees its own applications, a park those
 * to its offers; anyone else gets NOT_FOUND.
 */
@Resolver(() => LandingApplicationDto)
export class LandingApplicationsResolver {
  constructor(
    private readonly service: LandingApplicationsService,
    private readonly moves: LandingApplicationMoves,
    private readonly loaders: LandingLoaders,
  ) {}

  @Allow('MARKET')
  @Query(() => LandingApplicationConnection, {
    description: "Applications to your park's offers (one offer, or all), newest first.",
  })
  async landingApplications(@CurrentViewer() viewer: Viewer, @Args() args: LandingApplicationsArgs) {
    return this.page(viewer, await this.service.forPark(viewer, args.offerId, args.status, args));
  }

  @Allow('APPLY')
  @Query(() => LandingApplicationConnection, {
    description: "Your start-up's applications and invitations, newest first.",
  })
  async myLandingApplications(@CurrentViewer() viewer: Viewer, @Args() args: MyLandingApplicationsArgs) {
    return this.page(viewer, await this.service.mine(viewer, args.status, args));
  }

  @Allow('SIGNED_IN')
  @Query(() => LandingApplicationDto, {
    description: 'One application of yours (either side); NOT_FOUND otherwise.',
  })
  async landingApplication(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.dto(viewer, (await this.service.get(viewer, id)).application);
  }

  @Allow('APPLY')
  @Mutation(() => LandingApplicationDto, {
    description:
      'A start-up applies with one of its submitted projects to an OPEN offer before its deadline; CONFLICT errors.landing.alreadyApplied for a second application of the project.',
  })
  async applyToLandingOffer(@CurrentViewer() viewer: Viewer, @Args('input') input: ApplyToLandingOfferInput) {
    return this.dto(viewer, await this.service.apply(viewer, input));
  }

  @Allow('APPLY')
  @Mutation(() => LandingApplicationDto, { description: 'SUBMITTED, SHORTLISTED or INVITED → WITHDRAWN.' })
  async withdrawLandingApplication(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.dto(viewer, await this.moves.withdraw(viewer, id));
  }

  @Allow('APPLY')
  @Mutation(() => LandingApplicationDto, {
    description: 'INVITED → ACCEPTED: a LANDING engagement with the park starts (engagementId).',
  })
  async acceptLandingInvitation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.dto(viewer, await this.moves.accept(viewer, id));
  }

  @Allow('MARKET')
  @Mutation(() => LandingApplicationDto, { description: 'SUBMITTED → SHORTLISTED.' })
  async shortlistLandingApplication(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.dto(viewer, await this.moves.shortlist(viewer, id));
  }

  @Allow('MARKET')
  @Mutation(() => LandingApplicationDto, {
    description: 'SUBMITTED or SHORTLISTED → REJECTED, with a reason.',
  })
  async rejectLandingApplication(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RejectLandingApplicationInput,
  ) {
    return this.dto(viewer, await this.moves.reject(viewer, input));
  }

  @Allow('MARKET')
  @Mutation(() => LandingApplicationDto, {
    description:
      'The park invites: a SUBMITTED or SHORTLISTED application moves to INVITED; else a new application at INVITED (origin PARK) for a project you may see that meets every rule.',
  })
  async inviteToLandingOffer(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: InviteToLandingOfferInput,
  ) {
    return this.dto(viewer, await this.service.invite(viewer, input));
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => LandingOfferDto)
  async offer(
    @Parent() application: LandingApplicationDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ) {
    const offer = await this.loaders.offers(context).load(application.offerId);
    if (!offer) throw new Error(`offer ${application.offerId} of an application is missing`);
    return LandingOfferDto.from(offer, ownsOffer(viewer, offer));
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => LocalizedTextDto)
  async projectTitle(@Parent() application: LandingApplicationDto, @Context() context: RequestContext) {
    return (await this.loaders.projects(context).load(application.projectId))?.title ?? {};
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => ProjectDto, { nullable: true, description: 'The project as you may see it now.' })
  async project(
    @Parent() application: LandingApplicationDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<ProjectDto | null> {
    const visible = await this.loaders.visibleProjects(context, viewer).load(application.projectId);
    return visible ? ProjectDto.from(visible.project, visible.access) : null;
  }

  private dto(viewer: Viewer, application: LandingApplicationEntity) {
    return LandingApplicationDto.from(application, sideOf(viewer, application) === 'STARTUP');
  }

  private page(viewer: Viewer, connection: Connection<LandingApplicationEntity>) {
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: this.dto(viewer, e.node) })),
    };
  }
}
