import { DECLINE_REASONS, INTRODUCTION_PURPOSES, INTRODUCTION_STATUSES } from '@bridge/contracts';
import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '../../../common/graphql/enum-object';

export const IntroductionPurposeEnum = enumObject(INTRODUCTION_PURPOSES);
export const IntroductionStatusEnum = enumObject(INTRODUCTION_STATUSES);
export const DeclineReasonEnum = enumObject(DECLINE_REASONS);
export const IntroductionSideEnum = enumObject(['STARTUP', 'REQUESTER'] as const);

registerEnumType(IntroductionPurposeEnum, { name: 'IntroductionPurpose' });
registerEnumType(IntroductionStatusEnum, { name: 'IntroductionStatus' });
registerEnumType(DeclineReasonEnum, { name: 'DeclineReason' });
registerEnumType(IntroductionSideEnum, {
  name: 'IntroductionSide',
  description: 'The start-up that is asked, or the investor, park or R&D partner that asks.',
});
