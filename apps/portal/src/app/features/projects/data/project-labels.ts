import type { CompetitionStage, ProjectStage, ProjectStatus, SeekingKind } from '@bridge/contracts';
import type { TranslationKey } from '../../../core/i18n';

/** Translation keys of the project enums, typed so that a missing label fails to compile. */
export const projectLabels = {
  status: (status: ProjectStatus): TranslationKey => `projectProfile.status.${status}`,
  statusHelp: (status: ProjectStatus): TranslationKey => `projectProfile.statusHelp.${status}`,
  stage: (stage: ProjectStage): TranslationKey => `projectProfile.stage.${stage}`,
  seeking: (kind: SeekingKind): TranslationKey => `projectProfile.seeking.${kind}`,
  competitionStage: (stage: CompetitionStage): TranslationKey => `projectProfile.competitionStage.${stage}`,
} as const;
