import type { LandingApplicationStatus, LandingOfferStatus, LandingSpaceType } from '@bridge/contracts';
import type { TranslationKey } from '../../../core/i18n';
import type { OfferProblem } from './offer-form';
import type { RuleState } from './eligibility';

/** Translation keys of the landing enums, typed so that a missing label fails to compile. */
export const landingLabels = {
  status: (status: LandingOfferStatus): TranslationKey => `landing.status.${status}`,
  applicationStatus: (status: LandingApplicationStatus): TranslationKey =>
    `landing.applicationStatus.${status}`,
  spaceType: (type: LandingSpaceType): TranslationKey => `landing.spaceType.${type}`,
  problem: (problem: OfferProblem['problem']): TranslationKey => `landing.form.problem.${problem}`,
  ruleState: (state: RuleState): TranslationKey => `landing.ruleState.${state}`,
} as const;
