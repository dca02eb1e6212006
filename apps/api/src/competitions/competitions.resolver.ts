import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, Public } from '../identity/access.decorators';
import type { RequestContext, Viewer } from '../identity/viewer';
import { CompetitionsLoaders } from './competitions.loaders';
import { CompetitionsService } from './competitions.service';
import { CompetitionDto, CompetitionFieldDto, StageDateDto } from './dtos/competition.dto';
import {
  AdvanceStageInput,
  CreateCompetitionInput,
  SetCompetitionFieldsInput,
  SetTimelineInput,
  UpdateCompetitionInput,
} from './dtos/competition.inputs';

@Resolver(() => CompetitionDto)
export class CompetitionsResolver {
  constructor(
    private readonly service: CompetitionsService,
    private readonly loaders: CompetitionsLoaders,
  ) {}

  @Public()
  @Query(() => [CompetitionDto], {
    description: 'Editions, newest first; those in set-up for organizers only.',
  })
  async competitions(@CurrentViewer() viewer: Viewer | null) {
    return (await this.service.list(viewer)).map((c) => CompetitionDto.from(c));
  }

  @Public()
  @Query(() => CompetitionDto)
  async competition(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string) {
    return CompetitionDto.from(await this.service.get(viewer, id));
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => CompetitionDto, { description: 'A new edition in SETUP; defaults are the 2020 call.' })
  async createCompetition(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateCompetitionInput) {
    return CompetitionDto.from(await this.service.create(viewer, input));
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => CompetitionDto, { description: 'Settings change only during set-up and registration.' })
  async updateCompetition(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateCompetitionInput) {
    return CompetitionDto.from(await this.service.update(viewer, input));
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => [CompetitionFieldDto])
  async setCompetitionFields(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetCompetitionFieldsInput,
  ) {
    return (await this.service.setFields(viewer, input.competitionId, input.fields)).map((f) =>
      CompetitionFieldDto.from(f),
    );
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => [StageDateDto])
  async setCompetitionTimeline(@CurrentViewer() viewer: Viewer, @Args('input') input: SetTimelineInput) {
    return (await this.service.setTimeline(viewer, input.competitionId, input.dates)).map((d) =>
      StageDateDto.from(d),
    );
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => CompetitionDto, {
    description: 'One stage forward, from the stage you saw (else CONFLICT).',
  })
  async advanceCompetitionStage(@CurrentViewer() viewer: Viewer, @Args('input') input: AdvanceStageInput) {
    return CompetitionDto.from(await this.service.advance(viewer, input.competitionId, input.from));
  }

  @Public()
  @ResolveField(() => [CompetitionFieldDto])
  async fields(@Parent() competition: CompetitionDto, @Context() context: RequestContext) {
    const rows = await this.loaders.fieldsOfCompetition(context).load(competition.id);
    return rows.map((f) => CompetitionFieldDto.from(f));
  }

  @Public()
  @ResolveField(() => [StageDateDto])
  async timeline(@Parent() competition: CompetitionDto, @Context() context: RequestContext) {
    const rows = await this.loaders.timelineOfCompetition(context).load(competition.id);
    return rows.map((d) => StageDateDto.from(d));
  }
}
