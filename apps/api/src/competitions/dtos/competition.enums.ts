import {
  COMPETITION_STAGES,
  CURRENCIES,
  JUDGING_ROUNDS,
  NORMALIZATION_METHODS,
  PROJECT_STAGES,
  PROJECT_STATUSES,
  SEEKING_KINDS,
  UNFILLED_SLOT_RULES,
} from '@bridge/contracts';
import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '../../common/graphql/enum-object';

export const CompetitionStageEnum = enumObject(COMPETITION_STAGES);
export const JudgingRoundEnum = enumObject(JUDGING_ROUNDS);
export const NormalizationMethodEnum = enumObject(NORMALIZATION_METHODS);
export const UnfilledSlotRuleEnum = enumObject(UNFILLED_SLOT_RULES);
export const ProjectStatusEnum = enumObject(PROJECT_STATUSES);
export const ProjectStageEnum = enumObject(PROJECT_STAGES);
export const SeekingKindEnum = enumObject(SEEKING_KINDS);
export const CurrencyEnum = enumObject(CURRENCIES);

registerEnumType(CompetitionStageEnum, { name: 'CompetitionStage' });
registerEnumType(JudgingRoundEnum, { name: 'JudgingRound' });
registerEnumType(NormalizationMethodEnum, { name: 'NormalizationMethod' });
registerEnumType(UnfilledSlotRuleEnum, { name: 'UnfilledSlotRule' });
registerEnumType(ProjectStatusEnum, { name: 'ProjectStatus' });
registerEnumType(ProjectStageEnum, { name: 'ProjectStage' });
registerEnumType(SeekingKindEnum, { name: 'SeekingKind' });
registerEnumType(CurrencyEnum, { name: 'Currency' });
