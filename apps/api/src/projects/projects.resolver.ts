import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LocalizedTextDto } from '../common/graphql/localized-text.dto';
import { CompetitionsLoaders } from '../competitions/competitions.loaders';
import { CompetitionFieldDto } from '../competitions/dtos/competition.dto';
import { Allow, CurrentViewer, Public } from '../identity/access.decorators';
import { IdentityLoaders } from '../identity/identity.loaders';
import { OrganizationsService } from '../identity/organizations.service';
import type { RequestContext, Viewer } from '../identity/viewer';
import { ProjectConnection, ProjectContactsDto, ProjectDto, ProjectResultDto } from './dtos/project.dto';
import { CompetitionProjectsArgs } from './dtos/competition-projects.args';
import { CreateProjectInput, UpdateProjectInput } from './dtos/project.inputs';
import { seesContacts, visibleResult } from './project-access';
import { ProjectsService } from './projects.service';

@Resolver(() => ProjectDto)
export class ProjectsResolver {
  constructor(
    private readonly projects: ProjectsService,
    private readonly competitions: CompetitionsLoaders,
    private readonly identity: IdentityLoaders,
    private readonly organizations: OrganizationsService,
  ) {}

  @Public()
  @Query(() => ProjectDto, {
    description: 'A project as you may see it (public card, full profile or your own).',
  })
  async project(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string) {
    const { project, access } = await this.projects.get(viewer, id);
    return ProjectDto.from(project, access);
  }

  @Allow('APPLY')
  @Query(() => [ProjectDto], { description: "Your start-up's projects." })
  async myProjects(@CurrentViewer() viewer: Viewer) {
    return (await this.projects.mine(viewer)).map((p) => ProjectDto.from(p, 'TEAM'));
  }

  @Allow('RUN_COMPETITIONS')
  @Query(() => ProjectConnection, { description: "An edition's applications (no drafts), for organizers." })
  async competitionProjects(@Args() args: CompetitionProjectsArgs) {
    const connection = await this.projects.list(args.competitionId, args, args);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: ProjectDto.from(e.node, 'ORGANIZER') })),
    };
  }

  @Allow('APPLY')
  @Mutation(() => ProjectDto, { description: 'Starts a draft while registration is open.' })
  async createProject(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateProjectInput) {
    return ProjectDto.from(await this.projects.create(viewer, input), 'TEAM');
  }

  @Allow('SIGNED_IN')
  @Mutation(() => ProjectDto)
  async updateProject(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProjectInput) {
    return ProjectDto.from(await this.projects.update(viewer, input), 'TEAM');
  }

  @Allow('SIGNED_IN')
  @Mutation(() => ProjectDto, { description: 'DRAFT → SUBMITTED; field errors list what is missing.' })
  async submitProject(
    @CurrentViewer() viewer: Viewer,
    @Args('projectId', { type: () => ID }) projectId: string,
  ) {
    return ProjectDto.from(await this.projects.submit(viewer, projectId), 'TEAM');
  }

  @Allow('SIGNED_IN')
  @Mutation(() => ProjectDto)
  async withdrawProject(
    @CurrentViewer() viewer: Viewer,
    @Args('projectId', { type: () => ID }) projectId: string,
  ) {
    return ProjectDto.from(await this.projects.withdraw(viewer, projectId), 'TEAM');
  }

  @Public()
  @ResolveField(() => ProjectContactsDto, {
    nullable: true,
    description:
      'Null unless you may see them: the team, organizers, and an organisation whose introduction it accepted.',
  })
  async contacts(
    @Parent() project: ProjectDto,
    @CurrentViewer() viewer: Viewer | null,
    @Context() context: RequestContext,
  ): Promise<ProjectContactsDto | null> {
    if (!seesContacts(project.access)) {
      const revealed = await this.organizations.revealedTo(viewer, context);
      if (!revealed.projectIds.has(project.id)) return null;
    }
    const { contactEmail, contactPhone, contactMessenger } = project.entity;
    return { email: contactEmail, phone: contactPhone, messenger: contactMessenger };
  }

  @Public()
  @ResolveField(() => CompetitionFieldDto, { nullable: true })
  async field(@Parent() project: ProjectDto, @Context() context: RequestContext) {
    if (!project.fieldId) return null;
    const field = await this.competitions.fields(context).load(project.fieldId);
    return field ? CompetitionFieldDto.from(field) : null;
  }

  @Public()
  @ResolveField(() => LocalizedTextDto, { description: "The start-up's name." })
  async organizationName(@Parent() project: ProjectDto, @Context() context: RequestContext) {
    const organization = await this.identity.organizations(context).load(project.organizationId);
    return organization?.name ?? {};
  }

  @Public()
  @ResolveField(() => ProjectResultDto, {
    nullable: true,
    description: 'Published results: scores for organizers, the team, and consenting projects to the market.',
  })
  async result(
    @Parent() project: ProjectDto,
    @Context() context: RequestContext,
  ): Promise<ProjectResultDto | null> {
    const competition = await this.competitions.competitions(context).load(project.competitionId);
    const result = competition ? visibleResult(project.entity, project.access, competition) : null;
    return result && { ...result, finalist: ['FINALIST', 'AWARDED'].includes(project.entity.status) };
  }
}
