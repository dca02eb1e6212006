import type { JudgingRound } from '@bridge/contracts';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException } from '../common/errors/app.exception';
import { ViewerDto } from '../identity/dtos/viewer.dto';
import { SessionService } from '../identity/session.service';
import { LocalizedTextDto } from '../common/graphql/localized-text.dto';
import { JudgingRoundEnum } from '../competitions/dtos/competition.enums';
import { CompetitionsService } from '../competitions/competitions.service';
import { Allow, CurrentViewer, Public } from '../identity/access.decorators';
import type { RequestContext, Viewer } from '../identity/viewer';
import { AssignmentsService } from './assignments.service';
import { DetectedConflictDto } from './dtos/detected-conflict.dto';
import {
  CreatedJudgeInvitationDto,
  JudgeConflictDto,
  JudgeDto,
  JudgeInvitationPreviewDto,
} from './dtos/judging.dto';
import { DeclareConflictInput, InviteJudgeInput, JudgeSignUpInput } from './dtos/judging.inputs';
import { JudgesService } from './judges.service';

@Resolver(() => JudgeDto)
export class JudgesResolver {
  constructor(
    private readonly service: JudgesService,
    private readonly assignments: AssignmentsService,
    private readonly competitions: CompetitionsService,
    private readonly sessions: SessionService,
  ) {}

  @Allow('RUN_COMPETITIONS')
  @Query(() => [JudgeDto], { description: "An edition's judges with their progress, for organizers." })
  async judges(@Args('competitionId', { type: () => ID }) competitionId: string) {
    const list = await this.service.list(competitionId);
    const progress = await this.service.progress(list.map((j) => j.id));
    return list.map((j) => JudgeDto.from(j, progress.get(j.id) ?? []));
  }

  @Allow('SIGNED_IN')
  @Query(() => [JudgeDto], { description: 'Your judge roles (one per edition you judge).' })
  async myJudgeRoles(@CurrentViewer() viewer: Viewer) {
    const list = await this.service.mine(viewer);
    const progress = await this.service.progress(list.map((j) => j.id));
    return list.map((j) => JudgeDto.from(j, progress.get(j.id) ?? []));
  }

  @Public()
  @Query(() => JudgeInvitationPreviewDto, { nullable: true })
  judgeInvitationPreview(@Args('token') token: string) {
    return token.length > 100 ? null : this.service.preview(token);
  }

  @Allow('RUN_COMPETITIONS')
  @Query(() => [DetectedConflictDto], {
    description: 'Conflicts Bridge sees among the round’s judges and projects.',
  })
  detectedConflicts(
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('round', { type: () => JudgingRoundEnum }) round: JudgingRound,
  ) {
    return this.assignments.detectedConflicts(competitionId, round);
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => CreatedJudgeInvitationDto, {
    description: 'Invites a judge by e-mail; the token is shown once.',
  })
  async inviteJudge(@CurrentViewer() viewer: Viewer, @Args('input') input: InviteJudgeInput) {
    const { judge, token } = await this.service.invite(viewer, input);
    return { judge: JudgeDto.from(judge), token };
  }

  @Allow('SIGNED_IN')
  @Mutation(() => JudgeDto, { description: 'Accepts a judge invitation sent to your e-mail.' })
  async acceptJudgeInvitation(@CurrentViewer() viewer: Viewer, @Args('token') token: string) {
    return JudgeDto.from(await this.service.accept(viewer, token));
  }

  @Public()
  @Mutation(() => ViewerDto, {
    description: 'Creates your account from a judge invitation and signs you in.',
  })
  async signUpAsJudge(@Args('input') input: JudgeSignUpInput, @Context() context: RequestContext) {
    const session = await this.service.signUpAsJudge(input, context.req, context.res);
    const viewer = await this.sessions.viewerOfSession(session);
    if (!viewer) throw AppException.unauthenticated();
    context.req.viewer = viewer;
    return ViewerDto.from(viewer);
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => JudgeDto)
  async removeJudge(@CurrentViewer() viewer: Viewer, @Args('judgeId', { type: () => ID }) judgeId: string) {
    return JudgeDto.from(await this.service.remove(viewer, judgeId));
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => JudgeDto, { description: 'Sends the judge a reminder of their open assignments.' })
  async remindJudge(@CurrentViewer() viewer: Viewer, @Args('judgeId', { type: () => ID }) judgeId: string) {
    return JudgeDto.from(await this.service.remind(viewer, judgeId));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => JudgeConflictDto, { description: 'A judge declares a conflict of interest.' })
  async declareConflict(@CurrentViewer() viewer: Viewer, @Args('input') input: DeclareConflictInput) {
    return JudgeConflictDto.from(await this.service.declareConflict(viewer, input));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => Boolean)
  removeConflict(
    @CurrentViewer() viewer: Viewer,
    @Args('conflictId', { type: () => ID }) conflictId: string,
  ) {
    return this.service.removeConflict(viewer, conflictId);
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => [JudgeConflictDto], { description: 'Declared conflicts: the judge and organizers.' })
  async conflicts(@Parent() judge: JudgeDto, @CurrentViewer() viewer: Viewer) {
    await this.service.ownJudge(viewer, judge.id);
    return (await this.service.conflictsOf([judge.id])).map((c) => JudgeConflictDto.from(c));
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => LocalizedTextDto)
  async competitionName(@Parent() judge: JudgeDto, @CurrentViewer() viewer: Viewer) {
    return (await this.competitions.get(viewer, judge.competitionId).catch(() => null))?.name ?? {};
  }
}
