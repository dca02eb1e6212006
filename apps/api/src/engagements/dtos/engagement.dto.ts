import { ENGAGEMENT_STAGES, isTerminalStage } from '@bridge/contracts';
import type { EngagementSide } from './engagement.enums';
import type { EngagementKind } from '@bridge/contracts';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';
import type { EngagementEventEntity } from '../entities/engagement-event.entity';
import type { EngagementEntity } from '../entities/engagement.entity';
import type { MilestoneEntity } from '../entities/milestone.entity';
import { EngagementKindEnum, EngagementOriginEnum, EngagementSideEnum } from './engagement.enums';

@ObjectType('RegisteredCompany', { description: 'LANDING: the company registered in China.' })
export class RegisteredCompanyDto {
  @Field() name: string;
  @Field() registrationNumber: string;
  @Field({ description: 'Date of registration (YYYY-MM-DD).' }) registeredOn: string;
}

@ObjectType('EngagementEvent', { description: 'One stage change (the start included), oldest first.' })
export class EngagementEventDto {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'Null for the start.' }) fromStage: string | null;
  @Field() toStage: string;
  @Field(() => String, { nullable: true, description: 'Between the parties: null for organizers.' })
  note: string | null;
  @Field() createdAt: Date;

  /** Internal: resolved to a name for the parties only. */
  actorUserId: string | null;
  side: EngagementSide;

  static from(entity: EngagementEventEntity, side: EngagementSide): EngagementEventDto {
    const party = side !== 'ORGANIZER';
    return Object.assign(new EngagementEventDto(), {
      id: entity.id,
      fromStage: entity.fromStage,
      toStage: entity.toStage,
      note: party ? entity.note : null,
      createdAt: entity.createdAt,
      actorUserId: party ? entity.actorUserId : null,
      side,
    });
  }
}

@ObjectType('Milestone')
export class MilestoneDto {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field({ description: 'Due date (YYYY-MM-DD).' }) dueOn: string;
  @Field() done: boolean;
  @Field(() => Date, { nullable: true }) doneAt: Date | null;
  @Field() createdAt: Date;

  static from(entity: MilestoneEntity): MilestoneDto {
    return Object.assign(new MilestoneDto(), {
      id: entity.id,
      title: entity.title,
      dueOn: entity.dueOn,
      done: entity.doneAt !== null,
      doneAt: entity.doneAt,
      createdAt: entity.createdAt,
    });
  }
}

/**
 * An engagement as a party (or an organizer) sees it. Organizers get stages, dates and the
 * registered company, never notes, names of who moved it, or milestones.
 */
@ObjectType('Engagement')
export class EngagementDto {
  @Field(() => ID) id: string;
  @Field(() => EngagementKindEnum) kind: EngagementKind;
  @Field() stage: string;
  @Field(() => [String], { description: "The kind's stages, in order." }) stages: string[];
  @Field({ description: 'At a terminal outcome stage: no move leaves it.' }) terminal: boolean;
  @Field(() => ID) projectId: string;
  @Field(() => EngagementOriginEnum) origin: EngagementEntity['origin'];
  @Field(() => ID, { nullable: true }) introductionId: string | null;
  @Field() stageEnteredAt: Date;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Int, { description: 'Grows with every move; a move may name it (expectedVersion).' })
  version: number;
  @Field(() => RegisteredCompanyDto, { nullable: true }) registeredCompany: RegisteredCompanyDto | null;
  @Field(() => EngagementSideEnum, { description: 'Which side you are on.' }) side: EngagementSide;

  /** Internal: the row behind it. */
  entity: EngagementEntity;

  static from(entity: EngagementEntity, side: EngagementSide): EngagementDto {
    return Object.assign(new EngagementDto(), {
      id: entity.id,
      kind: entity.kind,
      stage: entity.stage,
      stages: [...ENGAGEMENT_STAGES[entity.kind]],
      terminal: isTerminalStage(entity.kind, entity.stage),
      projectId: entity.projectId,
      origin: entity.origin,
      introductionId: entity.introductionId,
      stageEnteredAt: entity.stageEnteredAt,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      version: entity.version,
      registeredCompany:
        entity.registeredCompanyName && entity.registrationNumber && entity.registeredOn
          ? {
              name: entity.registeredCompanyName,
              registrationNumber: entity.registrationNumber,
              registeredOn: entity.registeredOn,
            }
          : null,
      side,
      entity,
    });
  }
}

export const EngagementConnection = ConnectionType(EngagementDto, 'Engagement');
