import {
  LANDING_APPLICATION_ORIGINS,
  LANDING_APPLICATION_STATUSES,
  LANDING_OFFER_STATUSES,
  LANDING_SPACE_TYPES,
} from '@bridge/contracts';
import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '../../common/graphql/enum-object';

export const LandingOfferStatusEnum = enumObject(LANDING_OFFER_STATUSES);
export const LandingSpaceTypeEnum = enumObject(LANDING_SPACE_TYPES);
export const LandingApplicationStatusEnum = enumObject(LANDING_APPLICATION_STATUSES);
export const LandingApplicationOriginEnum = enumObject(LANDING_APPLICATION_ORIGINS);

registerEnumType(LandingOfferStatusEnum, {
  name: 'LandingOfferStatus',
  description: 'DRAFT → OPEN → CLOSED.',
});
registerEnumType(LandingSpaceTypeEnum, { name: 'LandingSpaceType' });
registerEnumType(LandingApplicationStatusEnum, {
  name: 'LandingApplicationStatus',
  description:
    'SUBMITTED → SHORTLISTED → INVITED | REJECTED; WITHDRAWN by the start-up; INVITED → ACCEPTED starts a LANDING engagement.',
});
registerEnumType(LandingApplicationOriginEnum, {
  name: 'LandingApplicationOrigin',
  description: 'STARTUP: the start-up applied; PARK: the park invited a project it found.',
});
