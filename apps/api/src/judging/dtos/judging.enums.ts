import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '../../common/graphql/enum-object';

export const JudgeStatusEnum = enumObject(['INVITED', 'ACTIVE', 'REMOVED'] as const);
export const ConflictKindEnum = enumObject(['ORGANIZATION', 'PERSON', 'PROJECT'] as const);
export const AssignmentStatusEnum = enumObject(['ASSIGNED', 'SUBMITTED', 'ABSTAINED'] as const);
export const OverrideDecisionEnum = enumObject(['INCLUDE', 'EXCLUDE'] as const);
export const ConflictReasonEnum = enumObject([
  'DECLARED_ORGANIZATION',
  'DECLARED_PROJECT',
  'DECLARED_PERSON',
  'SAME_ORGANIZATION',
  'AFFILIATION',
] as const);

registerEnumType(JudgeStatusEnum, { name: 'JudgeStatus' });
registerEnumType(ConflictKindEnum, { name: 'ConflictKind' });
registerEnumType(AssignmentStatusEnum, { name: 'AssignmentStatus' });
registerEnumType(OverrideDecisionEnum, { name: 'OverrideDecision' });
registerEnumType(ConflictReasonEnum, { name: 'ConflictReason' });
