import type { DeclineReason, IntroductionPurpose, IntroductionStatus } from '@bridge/contracts';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination/connection';
import type { IntroductionEntity } from '../../entities/introduction.entity';
import type { IntroductionNoteEntity, IntroductionSide } from '../introduction-note.entity';
import {
  DeclineReasonEnum,
  IntroductionPurposeEnum,
  IntroductionSideEnum,
  IntroductionStatusEnum,
} from './introduction.enums';

@ObjectType('ProposedSlot', { description: 'A meeting time the requester proposed: start (UTC) and length.' })
export class ProposedSlotDto {
  @Field() startsAt: Date;
  @Field(() => Int) minutes: number;
}

@ObjectType('IntroductionNote', { description: 'A message of the "ask for more information" thread.' })
export class IntroductionNoteDto {
  @Field(() => ID) id: string;
  @Field(() => IntroductionSideEnum) side: IntroductionSide;
  @Field() body: string;
  @Field() createdAt: Date;

  /** Internal: the author, resolved to a name by a loader. */
  authorUserId: string | null;

  static from(entity: IntroductionNoteEntity): IntroductionNoteDto {
    return Object.assign(new IntroductionNoteDto(), {
      id: entity.id,
      side: entity.side,
      body: entity.body,
      createdAt: entity.createdAt,
      authorUserId: entity.authorUserId,
    });
  }
}

/**
 * An introduction request as one of its two parties sees it. Nested objects (project, the two
 * organisations, fit, notes) are resolved per request in batches; contacts inside them show only
 * once the request is ACCEPTED, and only to the other party (see ContactReveal).
 */
@ObjectType('Introduction')
export class IntroductionDto {
  @Field(() => ID) id: string;
  @Field(() => IntroductionPurposeEnum) purpose: IntroductionPurpose;
  @Field(() => IntroductionStatusEnum, {
    description: 'A PENDING request past its expiry reads as EXPIRED (the expiry job catches up).',
  })
  status: IntroductionStatus;
  @Field() message: string;
  @Field(() => [ProposedSlotDto]) proposedSlots: ProposedSlotDto[];
  @Field(() => DeclineReasonEnum, { nullable: true }) declineReason: DeclineReason | null;
  @Field(() => String, { nullable: true }) declineNote: string | null;
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it left PENDING.' }) answeredAt: Date | null;
  @Field(() => IntroductionSideEnum, { description: 'Which side you are on.' }) side: IntroductionSide;
  @Field(() => ID) projectId: string;

  /** Internal: the row behind it. */
  entity: IntroductionEntity;

  static from(entity: IntroductionEntity, side: IntroductionSide, now = new Date()): IntroductionDto {
    const overdue = entity.status === 'PENDING' && entity.expiresAt.getTime() <= now.getTime();
    return Object.assign(new IntroductionDto(), {
      id: entity.id,
      purpose: entity.purpose,
      status: overdue ? 'EXPIRED' : entity.status,
      message: entity.message,
      proposedSlots: entity.proposedSlots.map((s) => ({
        startsAt: new Date(s.startsAt),
        minutes: s.minutes,
      })),
      declineReason: entity.declineReason,
      declineNote: entity.declineNote,
      createdAt: entity.createdAt,
      expiresAt: entity.expiresAt,
      answeredAt: entity.answeredAt,
      side,
      projectId: entity.projectId,
      entity,
    });
  }
}

export const IntroductionConnection = ConnectionType(IntroductionDto, 'Introduction');
