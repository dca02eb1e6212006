import type { JudgingRound } from '@bridge/contracts';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { groupByKey, requestLoader } from '../common/dataloader/request-loader';
import { JudgingRoundEnum } from '../competitions/dtos/competition.enums';
import { CompetitionDto } from '../competitions/dtos/competition.dto';
import { Allow, CurrentViewer } from '../identity/access.decorators';
import type { RequestContext, Viewer } from '../identity/viewer';
import { isOrganizer } from '../identity/viewer';
import { ProjectDto } from '../projects/dtos/project.dto';
import { ProjectsService } from '../projects/projects.service';
import { AssignmentsService } from './assignments.service';
import { CriteriaService } from './criteria.service';
import {
  AssignmentDto,
  AssignmentRunResultDto,
  CriterionDto,
  CriterionScoreDto,
  ReviewDto,
} from './dtos/judging.dto';
import {
  AbstainInput,
  AssignJudgeInput,
  RoundInput,
  SaveScoresInput,
  SetCriteriaInput,
} from './dtos/judging.inputs';
import { ScoringService } from './scoring.service';

@Resolver(() => AssignmentDto)
export class ScoringResolver {
  constructor(
    private readonly assignmentsService: AssignmentsService,
    private readonly scoring: ScoringService,
    private readonly criteriaService: CriteriaService,
    private readonly projects: ProjectsService,
  ) {}

  @Allow('SIGNED_IN')
  @Query(() => [CriterionDto], { description: "A round's criteria." })
  async criteria(
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('round', { type: () => JudgingRoundEnum }) round: JudgingRound,
  ) {
    return (await this.criteriaService.list(competitionId, round)).map((c) => CriterionDto.from(c));
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => [CriterionDto], { description: "Replaces a round's weighted criteria before its judging." })
  async setCriteria(@CurrentViewer() viewer: Viewer, @Args('input') input: SetCriteriaInput) {
    return (await this.criteriaService.set(viewer, input.competitionId, input.round, input.criteria)).map(
      (c) => CriterionDto.from(c),
    );
  }

  @Allow('RUN_COMPETITIONS')
  @Query(() => [AssignmentDto], { description: "A round's assignments, for organizers." })
  async assignments(
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('round', { type: () => JudgingRoundEnum }) round: JudgingRound,
  ) {
    return (await this.assignmentsService.listForRound(competitionId, round)).map((a) =>
      AssignmentDto.from(a),
    );
  }

  @Allow('SIGNED_IN')
  @Query(() => [AssignmentDto], { description: 'Your assignments as a judge: only yours, never others’.' })
  async myAssignments(
    @CurrentViewer() viewer: Viewer,
    @Args('competitionId', { type: () => ID, nullable: true }) competitionId?: string,
    @Args('round', { type: () => JudgingRoundEnum, nullable: true }) round?: JudgingRound,
  ) {
    return (await this.assignmentsService.mine(viewer, competitionId ?? null, round ?? null)).map((a) =>
      AssignmentDto.from(a),
    );
  }

  @Allow('SIGNED_IN')
  @Query(() => [ReviewDto], {
    nullable: true,
    description: 'All reviews of a project: organizers; its judges once the round is closed; else null.',
  })
  reviews(
    @CurrentViewer() viewer: Viewer,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('round', { type: () => JudgingRoundEnum }) round: JudgingRound,
  ) {
    return this.scoring.reviewsOf(viewer, projectId, round);
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => AssignmentRunResultDto, { description: 'Gives every project of the round k judges.' })
  autoAssign(@CurrentViewer() viewer: Viewer, @Args('input') input: RoundInput) {
    return this.assignmentsService.autoAssign(viewer, input.competitionId, input.round);
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => AssignmentDto, { description: 'Assigns by hand; a conflicted judge is refused.' })
  async assignJudge(@CurrentViewer() viewer: Viewer, @Args('input') input: AssignJudgeInput) {
    return AssignmentDto.from(
      await this.assignmentsService.assign(
        viewer,
        input.competitionId,
        input.round,
        input.judgeId,
        input.projectId,
      ),
    );
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => Boolean)
  unassign(@CurrentViewer() viewer: Viewer, @Args('assignmentId', { type: () => ID }) assignmentId: string) {
    return this.assignmentsService.unassign(viewer, assignmentId);
  }

  @Allow('SIGNED_IN')
  @Mutation(() => AssignmentDto, { description: 'Saves your scores (draft) or submits them.' })
  async saveScores(@CurrentViewer() viewer: Viewer, @Args('input') input: SaveScoresInput) {
    return AssignmentDto.from(
      await this.scoring.save(viewer, input.assignmentId, input.scores, input.submit),
    );
  }

  @Allow('SIGNED_IN')
  @Mutation(() => AssignmentDto)
  async abstain(@CurrentViewer() viewer: Viewer, @Args('input') input: AbstainInput) {
    return AssignmentDto.from(await this.scoring.abstain(viewer, input.assignmentId, input.reason));
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => CompetitionDto, { description: 'Closes a round: scores final and visible to its judges.' })
  async closeRound(@CurrentViewer() viewer: Viewer, @Args('input') input: RoundInput) {
    return CompetitionDto.from(await this.scoring.closeRound(viewer, input.competitionId, input.round));
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => ProjectDto, { description: 'The project as its judge (or an organizer) sees it.' })
  async project(@Parent() assignment: AssignmentDto, @CurrentViewer() viewer: Viewer) {
    const { project, access } = await this.projects.get(viewer, assignment.projectId);
    return ProjectDto.from(project, access);
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => [CriterionScoreDto], {
    description: 'The scores of this assignment: its judge and organizers.',
  })
  async myScores(
    @Parent() assignment: AssignmentDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ) {
    // Per request, not per row: the viewer's own assignment ids once, the scores in one batch.
    if (!isOrganizer(viewer)) {
      const own = await requestLoader(context, 'ownAssignmentIds', async (keys: readonly string[]) => {
        const ids = new Set((await this.assignmentsService.mine(viewer, null, null)).map((a) => a.id));
        return keys.map(() => ids);
      }).load('all');
      if (!own.has(assignment.id)) return [];
    }
    const scores = await requestLoader(context, 'scoresOfAssignment', async (ids: readonly string[]) =>
      groupByKey(ids, await this.scoring.scoresOf([...ids]), (s) => s.assignmentId),
    ).load(assignment.id);
    return scores.map((s) => ({ criterionId: s.criterionId, value: s.value, comment: s.comment }));
  }
}
