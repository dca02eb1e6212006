import { VALIDATION_KEYS } from '@bridge/contracts';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException } from '../../common/errors/app.exception';
import { LocalizedTextDto } from '../../common/graphql/localized-text.dto';
import { Allow, CurrentViewer } from '../../identity/access.decorators';
import { OrganizationDto } from '../../identity/dtos/organization.dto';
import { IdentityLoaders } from '../../identity/identity.loaders';
import type { RequestContext, Viewer } from '../../identity/viewer';
import { ProjectDto } from '../../projects/dtos/project.dto';
import { FitReasonDto } from '../../recommendations/dtos/recommendation.dto';
import { IntroductionConnection, IntroductionDto, IntroductionNoteDto } from './dtos/introduction.dto';
import {
  AddIntroductionNoteInput,
  DeclineIntroductionInput,
  IntroductionsArgs,
  RequestIntroductionInput,
} from './dtos/introduction.inputs';
import { IntroductionAnswers } from './introduction-answers.service';
import type { IntroductionSide } from './introduction-note.entity';
import { IntroductionsLoaders } from './introductions.loaders';
import { IntroductionsService, SeenIntroduction, sideOf } from './introductions.service';

const dto = ({ introduction, side }: SeenIntroduction) => IntroductionDto.from(introduction, side);

/**
 * Introduction requests (docs/matchmaking.md): a verified investor, park or R&D partner asks to meet
 * a project; the start-up accepts, declines or asks for more; the requester may withdraw. Only the
 * two parties ever see a request (NOT_FOUND to anyone else, organizers included).
 */
/** At most this many projects per introductionsFor (a page of search results). */
const INTRODUCTIONS_FOR_MAX = 50;

@Resolver(() => IntroductionDto)
export class IntroductionsResolver {
  constructor(
    private readonly service: IntroductionsService,
    private readonly answers: IntroductionAnswers,
    private readonly loaders: IntroductionsLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  @Allow('SIGNED_IN')
  @Query(() => IntroductionConnection, {
    description: "Requests to meet your active organisation's projects (the start-up inbox), newest first.",
  })
  introductionsReceived(@CurrentViewer() viewer: Viewer, @Args() args: IntroductionsArgs) {
    return this.page(viewer, 'STARTUP', args);
  }

  @Allow('SIGNED_IN')
  @Query(() => IntroductionConnection, {
    description: 'Requests your active organisation sent, newest first.',
  })
  introductionsSent(@CurrentViewer() viewer: Viewer, @Args() args: IntroductionsArgs) {
    return this.page(viewer, 'REQUESTER', args);
  }

  @Allow('SIGNED_IN')
  @Query(() => IntroductionDto, {
    description: 'One request of your organisation (either side); NOT_FOUND otherwise.',
  })
  async introduction(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return dto(await this.service.get(viewer, id));
  }

  @Allow('SIGNED_IN')
  @Query(() => [IntroductionDto], {
    description: "Your active organisation's requests about this project, any status, newest first.",
  })
  async introductionFor(
    @CurrentViewer() viewer: Viewer,
    @Args('projectId', { type: () => ID }) projectId: string,
  ) {
    const rows = await this.service.forProject(viewer, projectId);
    return rows.flatMap((row) => {
      const side = sideOf(viewer, row);
      return side ? [IntroductionDto.from(row, side)] : [];
    });
  }

  @Allow('SIGNED_IN')
  @Query(() => [IntroductionDto], {
    description:
      "introductionFor of up to 50 projects at once (a page of search results): your active organisation's requests, newest first.",
  })
  async introductionsFor(
    @CurrentViewer() viewer: Viewer,
    @Args('projectIds', { type: () => [ID] }) projectIds: string[],
  ) {
    if (projectIds.length > INTRODUCTIONS_FOR_MAX)
      throw AppException.invalid([
        { field: 'projectIds', key: VALIDATION_KEYS.maxItems, params: { max: INTRODUCTIONS_FOR_MAX } },
      ]);
    const rows = await this.service.forProjects(viewer, projectIds);
    return rows.flatMap((row) => {
      const side = sideOf(viewer, row);
      return side ? [IntroductionDto.from(row, side)] : [];
    });
  }

  @Allow('MARKET')
  @Mutation(() => IntroductionDto, {
    description:
      'Verified investors, parks and R&D partners; NOT_FOUND for a project you may not see; CONFLICT errors.introduction.alreadyOpen while one is PENDING for the same project and purpose.',
  })
  async requestIntroduction(@CurrentViewer() viewer: Viewer, @Args('input') input: RequestIntroductionInput) {
    return IntroductionDto.from(await this.service.request(viewer, input), 'REQUESTER');
  }

  @Allow('SIGNED_IN')
  @Mutation(() => IntroductionDto, {
    description:
      'The start-up accepts: contacts are revealed to both sides, a conversation and an engagement start.',
  })
  async acceptIntroduction(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return dto(await this.answers.accept(viewer, id));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => IntroductionDto)
  async declineIntroduction(@CurrentViewer() viewer: Viewer, @Args('input') input: DeclineIntroductionInput) {
    return dto(await this.answers.decline(viewer, input));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => IntroductionDto, { description: 'The requester withdraws a PENDING request.' })
  async withdrawIntroduction(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return dto(await this.answers.withdraw(viewer, id));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => IntroductionDto, {
    description: 'Either side, while PENDING: ask for or give more information.',
  })
  async addIntroductionNote(@CurrentViewer() viewer: Viewer, @Args('input') input: AddIntroductionNoteInput) {
    return dto(await this.answers.addNote(viewer, input));
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => LocalizedTextDto)
  async projectTitle(@Parent() introduction: IntroductionDto, @Context() context: RequestContext) {
    return (await this.loaders.projects(context).load(introduction.projectId))?.title ?? {};
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => ProjectDto, { nullable: true, description: 'The project as you may see it now.' })
  async project(
    @Parent() introduction: IntroductionDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<ProjectDto | null> {
    const visible = await this.loaders.visibleProjects(context, viewer).load(introduction.projectId);
    return visible ? ProjectDto.from(visible.project, visible.access) : null;
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => OrganizationDto, { description: 'Its contacts show once the request is accepted.' })
  requester(@Parent() introduction: IntroductionDto, @Context() context: RequestContext) {
    return this.organization(introduction.entity.requesterOrganizationId, context);
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => OrganizationDto, { description: 'Its contacts show once the request is accepted.' })
  startup(@Parent() introduction: IntroductionDto, @Context() context: RequestContext) {
    return this.organization(introduction.entity.startupOrganizationId, context);
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => String, { nullable: true, description: 'Who asked (null once the account is gone).' })
  async requesterName(@Parent() introduction: IntroductionDto, @Context() context: RequestContext) {
    const userId = introduction.entity.requesterUserId;
    return userId ? ((await this.identity.users(context).load(userId))?.displayName ?? null) : null;
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => Int, {
    nullable: true,
    description: "For the start-up: how well the project fits the requester's stated preferences (0–100).",
  })
  async fit(@Parent() introduction: IntroductionDto, @Context() context: RequestContext) {
    if (introduction.side !== 'STARTUP') return null;
    return (await this.loaders.fits(context).load(introduction.entity))?.fit ?? null;
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => [FitReasonDto], { nullable: true })
  async fitReasons(@Parent() introduction: IntroductionDto, @Context() context: RequestContext) {
    if (introduction.side !== 'STARTUP') return null;
    return (await this.loaders.fits(context).load(introduction.entity))?.reasons ?? null;
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => [IntroductionNoteDto])
  async notes(@Parent() introduction: IntroductionDto, @Context() context: RequestContext) {
    return (await this.loaders.notes(context).load(introduction.id)).map((n) => IntroductionNoteDto.from(n));
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => ID, { nullable: true, description: 'Set once ACCEPTED.' })
  conversationId(@Parent() introduction: IntroductionDto, @Context() context: RequestContext) {
    if (introduction.entity.status !== 'ACCEPTED') return null;
    return this.loaders.conversationIds(context).load(introduction.id);
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => ID, { nullable: true, description: 'Set once ACCEPTED.' })
  engagementId(@Parent() introduction: IntroductionDto, @Context() context: RequestContext) {
    if (introduction.entity.status !== 'ACCEPTED') return null;
    return this.loaders.engagementIds(context).load(introduction.id);
  }

  private async page(viewer: Viewer, side: IntroductionSide, args: IntroductionsArgs) {
    const connection = await this.service.list(viewer, side, args.status, args);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: IntroductionDto.from(e.node, side) })),
    };
  }

  private async organization(id: string, context: RequestContext): Promise<OrganizationDto> {
    const organization = await this.identity.organizations(context).load(id);
    if (!organization) throw new Error(`organization ${id} of an introduction is missing`);
    return OrganizationDto.from(organization);
  }
}

/** The author's name of a note (null once the account is gone). */
@Resolver(() => IntroductionNoteDto)
export class IntroductionNotesResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @Allow('SIGNED_IN')
  @ResolveField(() => String, { nullable: true })
  async authorName(@Parent() note: IntroductionNoteDto, @Context() context: RequestContext) {
    return note.authorUserId
      ? ((await this.identity.users(context).load(note.authorUserId))?.displayName ?? null)
      : null;
  }
}
