import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../identity/access.decorators';
import { OrganizationDto } from '../identity/dtos/organization.dto';
import { IdentityLoaders } from '../identity/identity.loaders';
import type { RequestContext, Viewer } from '../identity/viewer';
import {
  EligibilityDto,
  LandingOfferConnection,
  LandingOfferDto,
  OfferEligibilityDto,
  OfferValueDto,
} from './dtos/landing-offer.dto';
import {
  CreateLandingOfferInput,
  LandingOffersArgs,
  MyLandingOffersArgs,
  UpdateLandingOfferInput,
} from './dtos/landing-offer.inputs';
import type { LandingOfferEntity } from './entities/landing-offer.entity';
import { ownsOffer } from './landing-access';
import { LandingLoaders } from './landing.loaders';
import { LandingOffersService } from './landing-offers.service';
import { offerValue } from './offer-value';

/**
 * Landing offers (docs/landing.md): verified science parks write, open and close them; everyone
 * signed in reads OPEN (and CLOSED) ones, start-ups see which they qualify for and why.
 */
@Resolver(() => LandingOfferDto)
export class LandingOffersResolver {
  constructor(
    private readonly service: LandingOffersService,
    private readonly loaders: LandingLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  @Allow('SIGNED_IN')
  @Query(() => LandingOfferConnection, {
    description:
      "Offers, newest first. Without a status: OPEN offers and every offer of your park; DRAFT: your park's drafts only.",
  })
  async landingOffers(@CurrentViewer() viewer: Viewer, @Args() args: LandingOffersArgs) {
    return this.page(viewer, await this.service.list(viewer, args.status, args));
  }

  @Allow('MARKET')
  @Query(() => LandingOfferConnection, { description: "Your park's offers, any status, newest first." })
  async myLandingOffers(@CurrentViewer() viewer: Viewer, @Args() args: MyLandingOffersArgs) {
    return this.page(viewer, await this.service.list(viewer, args.status, args, true));
  }

  @Allow('SIGNED_IN')
  @Query(() => LandingOfferDto, { description: "NOT_FOUND for another park's draft." })
  async landingOffer(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.dto(viewer, await this.service.get(viewer, id));
  }

  @Allow('SIGNED_IN')
  @Query(() => [OfferEligibilityDto], {
    description:
      "OPEN offers taking applications, with your project's eligibility: eligible first, then soonest deadline. NOT_FOUND for a project not yours.",
  })
  async eligibleOffers(
    @CurrentViewer() viewer: Viewer,
    @Args('projectId', { type: () => ID }) projectId: string,
  ): Promise<OfferEligibilityDto[]> {
    const rows = await this.service.eligibleOffers(viewer, projectId);
    return rows.map(({ offer, eligibility }) => ({
      offer: this.dto(viewer, offer),
      eligibility: EligibilityDto.from(eligibility),
    }));
  }

  @Allow('SIGNED_IN')
  @Query(() => EligibilityDto, {
    description:
      "A project's eligibility for an offer, rule by rule: for the project's team, or the offer's park (a project it may see or that applied).",
  })
  async offerEligibility(
    @CurrentViewer() viewer: Viewer,
    @Args('offerId', { type: () => ID }) offerId: string,
    @Args('projectId', { type: () => ID }) projectId: string,
  ) {
    return EligibilityDto.from(await this.service.eligibility(viewer, offerId, projectId));
  }

  @Allow('MARKET')
  @Mutation(() => LandingOfferDto, { description: 'Verified science parks: a new offer, in DRAFT.' })
  async createLandingOffer(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateLandingOfferInput) {
    return this.dto(viewer, await this.service.create(viewer, input));
  }

  @Allow('MARKET')
  @Mutation(() => LandingOfferDto, {
    description: 'The owning park edits a DRAFT or OPEN offer; a part left out stays, null clears it.',
  })
  async updateLandingOffer(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateLandingOfferInput) {
    return this.dto(viewer, await this.service.update(viewer, input));
  }

  @Allow('MARKET')
  @Mutation(() => LandingOfferDto, {
    description: 'DRAFT → OPEN; start-ups whose projects qualify are notified (once).',
  })
  async openLandingOffer(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.dto(viewer, await this.service.open(viewer, id));
  }

  @Allow('MARKET')
  @Mutation(() => LandingOfferDto, { description: 'OPEN → CLOSED: no more applications.' })
  async closeLandingOffer(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.dto(viewer, await this.service.close(viewer, id));
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => OrganizationDto)
  async park(@Parent() offer: LandingOfferDto, @Context() context: RequestContext) {
    const organization = await this.identity.organizations(context).load(offer.entity.parkOrganizationId);
    if (!organization) throw new Error(`park ${offer.entity.parkOrganizationId} of an offer is missing`);
    return OrganizationDto.from(organization);
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => OfferValueDto, {
    description: "The money over 36 months for `spaceSqm` m² (default: the offer's space).",
  })
  threeYearValue(
    @Parent() offer: LandingOfferDto,
    @Args('spaceSqm', { type: () => Int, nullable: true }) spaceSqm?: number | null,
  ) {
    const sqm = spaceSqm != null && spaceSqm >= 0 ? Math.min(spaceSqm, 100_000) : offer.entity.spaceSqm;
    return OfferValueDto.from(offerValue(offer.entity, sqm));
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => Int, {
    nullable: true,
    description: 'For the owning park only: applications, any status.',
  })
  applicationCount(@Parent() offer: LandingOfferDto, @Context() context: RequestContext) {
    return offer.mine ? this.loaders.applicationCounts(context).load(offer.id) : null;
  }

  private dto(viewer: Viewer, offer: LandingOfferEntity) {
    return LandingOfferDto.from(offer, ownsOffer(viewer, offer));
  }

  private page(
    viewer: Viewer,
    connection: {
      edges: Array<{ cursor: string; node: LandingOfferEntity }>;
      pageInfo: unknown;
      totalCount: number;
    },
  ) {
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: this.dto(viewer, e.node) })),
    };
  }
}
