import type { JudgingRound } from '@bridge/contracts';
import type { AssignmentStatus } from '../../../core/graphql/lazy/generated';
import type { TranslationKey } from '../../../core/i18n';
import type { RoundState } from './scorecard';

/** Translation keys of the judging enums, typed so that a missing label fails to compile. */
export const judgingLabels = {
  round: (round: JudgingRound): TranslationKey => `judging.round.${round}`,
  status: (status: AssignmentStatus): TranslationKey => `judging.status.${status}`,
  roundState: (state: RoundState): TranslationKey => `judging.roundState.${state}`,
} as const;
