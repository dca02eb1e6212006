import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdentityLoaders } from '../../identity/identity.loaders';
import { Allow, CurrentViewer } from '../../identity/access.decorators';
import type { RequestContext, Viewer } from '../../identity/viewer';
import { MeetingDto } from './dtos/meeting.dto';
import { PickMeetingSlotInput, ProposeMeetingInput } from './dtos/meeting.inputs';
import { MeetingsService } from './meetings.service';

/** Meetings of a conversation; every handler checks the viewer is one of its two sides (NOT_FOUND otherwise). */
@Resolver(() => MeetingDto)
export class MeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Allow('SIGNED_IN')
  @Mutation(() => MeetingDto, {
    description:
      'Field errors: slots (1–5; startsAt in the future, no start twice; minutes 15–480), note (≤ 1,000).',
  })
  async proposeMeeting(@CurrentViewer() viewer: Viewer, @Args('input') input: ProposeMeetingInput) {
    return MeetingDto.from(await this.meetings.propose(viewer, input));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => MeetingDto, {
    description:
      'The other side picks an offered time: PROPOSED → CONFIRMED once. FORBIDDEN errors.meeting.ownProposal for ' +
      'the proposing side; CONFLICT errors.meeting.notOpen when already confirmed or cancelled; field error ' +
      'startsAt (validation.oneOf) for a time not offered.',
  })
  async pickMeetingSlot(@CurrentViewer() viewer: Viewer, @Args('input') input: PickMeetingSlotInput) {
    return MeetingDto.from(await this.meetings.pick(viewer, input));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => MeetingDto, {
    description: 'Either side: PROPOSED | CONFIRMED → CANCELLED; CONFLICT errors.meeting.notOpen otherwise.',
  })
  async cancelMeeting(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return MeetingDto.from(await this.meetings.cancel(viewer, id));
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => String, {
    nullable: true,
    description: "The proposer's display name (null once deleted).",
  })
  async proposedByName(
    @Parent() meeting: MeetingDto,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    if (!meeting.proposedByUserId) return null;
    return (await this.identity.users(context).load(meeting.proposedByUserId))?.displayName ?? null;
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => Boolean, {
    description: 'Proposed by your (active) organisation: the other side picks.',
  })
  proposedByMe(@Parent() meeting: MeetingDto, @CurrentViewer() viewer: Viewer): boolean {
    return meeting.proposedByOrganizationId === viewer.active?.organizationId;
  }
}
