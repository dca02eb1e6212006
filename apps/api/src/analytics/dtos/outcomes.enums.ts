import { ENGAGEMENT_KINDS } from '@bridge/contracts';
import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '../../common/graphql/enum-object';
import { FUNNEL_STEPS } from '../outcomes.funnel';

// EngagementKind is registered here, once (two registrations of one name break the schema); the
// engagements feature re-exports this object (engagements/dtos/engagement.enums.ts).
export const EngagementKindEnum = enumObject(ENGAGEMENT_KINDS);
export const OutcomeStepEnum = enumObject(FUNNEL_STEPS);

registerEnumType(EngagementKindEnum, { name: 'EngagementKind' });
registerEnumType(OutcomeStepEnum, {
  name: 'OutcomeStep',
  description: 'A step of the outcome funnel (docs/landing.md, "Outcomes").',
});
