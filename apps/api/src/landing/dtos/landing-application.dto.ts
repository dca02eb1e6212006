import type { LandingApplicationOrigin, LandingApplicationStatus } from '@bridge/contracts';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';
import type { LandingApplicationEntity } from '../entities/landing-application.entity';
import { LandingApplicationOriginEnum, LandingApplicationStatusEnum } from './landing.enums';

/** An application to (or invitation under) a landing offer, as the start-up or the park sees it. */
@ObjectType('LandingApplication')
export class LandingApplicationDto {
  @Field(() => ID) id: string;
  @Field(() => ID) offerId: string;
  @Field(() => ID) projectId: string;
  @Field(() => LandingApplicationStatusEnum) status: LandingApplicationStatus;
  @Field(() => LandingApplicationOriginEnum) origin: LandingApplicationOrigin;
  @Field() message: string;
  @Field(() => String, { nullable: true, description: 'Set when REJECTED.' }) rejectReason: string | null;
  @Field(() => ID, { nullable: true, description: 'The LANDING engagement, once ACCEPTED.' })
  engagementId: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field({ description: 'You are on the start-up side (else the park side).' }) mine: boolean;

  /** Internal: the row behind it. */
  entity: LandingApplicationEntity;

  static from(entity: LandingApplicationEntity, mine: boolean): LandingApplicationDto {
    return Object.assign(new LandingApplicationDto(), {
      id: entity.id,
      offerId: entity.offerId,
      projectId: entity.projectId,
      status: entity.status,
      origin: entity.origin,
      message: entity.message,
      rejectReason: entity.rejectReason,
      engagementId: entity.engagementId,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      mine,
      entity,
    });
  }
}

export const LandingApplicationConnection = ConnectionType(LandingApplicationDto, 'LandingApplication');
