import { MEETING_STATUSES } from '@bridge/contracts';
import type { MeetingStatus } from '@bridge/contracts';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumObject } from '../../../common/graphql/enum-object';
import type { MeetingEntity } from '../entities/meeting.entity';

export const MeetingStatusEnum = enumObject(MEETING_STATUSES);
registerEnumType(MeetingStatusEnum, {
  name: 'MeetingStatus',
  description: 'PROPOSED → CONFIRMED (the other side picked a slot) | CANCELLED.',
});

@ObjectType('MeetingSlot', {
  description: 'A time in UTC; the portal shows it in Beijing, Moscow and your own zone.',
})
export class MeetingSlotDto {
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field(() => Int) minutes: number;

  static of(startsAt: Date | string, minutes: number): MeetingSlotDto {
    const start = new Date(startsAt);
    return Object.assign(new MeetingSlotDto(), {
      startsAt: start,
      endsAt: new Date(start.getTime() + minutes * 60_000),
      minutes,
    });
  }
}

@ObjectType('Meeting')
export class MeetingDto {
  @Field(() => ID) id: string;
  @Field(() => ID) conversationId: string;
  @Field(() => MeetingStatusEnum) status: MeetingStatus;
  @Field(() => [MeetingSlotDto], { description: 'The offered times, earliest first.' })
  slots: MeetingSlotDto[];
  @Field(() => MeetingSlotDto, { nullable: true, description: 'The picked time (once CONFIRMED).' })
  chosenSlot: MeetingSlotDto | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() createdAt: Date;
  @Field(() => String, {
    nullable: true,
    description: 'Once CONFIRMED: the calendar file (/meetings/<id>/invite.ics), for the two parties.',
  })
  icsUrl: string | null;
  // proposedByName and proposedByMe are field resolvers.

  /** Internal: who proposed. */
  proposedByUserId: string | null;
  proposedByOrganizationId: string;

  static from(entity: MeetingEntity): MeetingDto {
    const confirmed = entity.status === 'CONFIRMED' && entity.chosenStartsAt && entity.chosenMinutes;
    return Object.assign(new MeetingDto(), {
      id: entity.id,
      conversationId: entity.conversationId,
      status: entity.status,
      slots: entity.slots.map((s) => MeetingSlotDto.of(s.startsAt, s.minutes)),
      chosenSlot:
        entity.chosenStartsAt && entity.chosenMinutes
          ? MeetingSlotDto.of(entity.chosenStartsAt, entity.chosenMinutes)
          : null,
      note: entity.note,
      createdAt: entity.createdAt,
      icsUrl: confirmed ? `/meetings/${entity.id}/invite.ics` : null,
      proposedByUserId: entity.proposedByUserId,
      proposedByOrganizationId: entity.proposedByOrganizationId,
    });
  }
}
