import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '../../common/graphql/enum-object';

/*
 * EngagementKind is registered once, by the outcomes dashboard (analytics/dtos/outcomes.enums.ts),
 * which came first: two registrations of one name break the schema. Engagements use that object.
 */
export { EngagementKindEnum } from '../../analytics/dtos/outcomes.enums';

export const ENGAGEMENT_SIDES = ['STARTUP', 'PARTNER', 'ORGANIZER'] as const;
export type EngagementSide = (typeof ENGAGEMENT_SIDES)[number];
export const EngagementSideEnum = enumObject(ENGAGEMENT_SIDES);

export const ENGAGEMENT_ORIGINS = ['INTRODUCTION', 'LANDING_APPLICATION', 'MANUAL'] as const;
export const EngagementOriginEnum = enumObject(ENGAGEMENT_ORIGINS);

registerEnumType(EngagementSideEnum, {
  name: 'EngagementSide',
  description:
    'The start-up, the partner (investor, park or R&D partner), or an organizer (reads stages and dates only).',
});
registerEnumType(EngagementOriginEnum, {
  name: 'EngagementOrigin',
  description:
    'What started the engagement: an accepted introduction, an accepted landing application, or a party by hand.',
});
