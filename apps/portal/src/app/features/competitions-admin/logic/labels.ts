import type {
  CompetitionStage,
  JudgingRound,
  NormalizationMethodName,
  ProjectStage,
  ProjectStatus,
  SeekingKind,
  StageAction,
  UnfilledSlotRuleName,
} from '@bridge/contracts';
import type {
  AssignmentStatus,
  ConflictReason,
  JudgeStatus,
  OverrideDecision,
} from '../../../core/graphql/lazy/generated';
import type { I18nService, TranslationKey } from '../../../core/i18n';
import { Blocker } from './stage-actions';
import { formatList } from './format';

/** Translation keys of the enum values of the organizers' screens, typed so a missing label fails to compile. */
export const adminLabels = {
  stage: (stage: CompetitionStage): TranslationKey => `adminCompetitions.stage.${stage}`,
  action: (action: StageAction): TranslationKey => `adminCompetitions.action.${action}`,
  round: (round: JudgingRound): TranslationKey => `adminCompetitions.round.${round}`,
  rule: (rule: UnfilledSlotRuleName): TranslationKey => `adminCompetitions.settings.rule.${rule}`,
  method: (method: NormalizationMethodName): TranslationKey => `adminCompetitions.settings.method.${method}`,
  shortMethod: (method: NormalizationMethodName): TranslationKey => `selection.method.${method}`,
  projectStatus: (status: ProjectStatus): TranslationKey => `adminProjects.status.${status}`,
  projectStage: (stage: ProjectStage): TranslationKey => `adminProjects.projectStage.${stage}`,
  seeking: (kind: SeekingKind): TranslationKey => `adminProjects.seeking.${kind}`,
  judgeStatus: (status: JudgeStatus): TranslationKey => `adminJudging.judges.statusLabel.${status}`,
  conflictReason: (reason: ConflictReason): TranslationKey => `adminJudging.conflicts.reason.${reason}`,
  assignmentStatus: (status: AssignmentStatus): TranslationKey => `adminJudging.assignments.status.${status}`,
  reviewStatus: (status: AssignmentStatus): TranslationKey => `adminProjects.detail.reviewStatus.${status}`,
  decision: (decision: OverrideDecision): TranslationKey => `adminSelection.overrides.decision.${decision}`,
} as const;

type Translator = Pick<I18nService, 't' | 'has' | 'locale'>;

/** An outcome's reason (SelectionOutcome.reason); a reason the portal does not know shows as itself. */
export function outcomeReason(reason: string, i18n: Translator): string {
  const key = `adminSelection.reason.${reason}`;
  return i18n.has(key) ? i18n.t(key) : reason;
}

/**
 * Why something is not possible, in the UI language: for the stage a clause to complete a sentence
 * ("… locked: possible only in …"), else the server's own message.
 */
export function blockerMessage(blocker: Blocker, i18n: Translator): string {
  switch (blocker.kind) {
    case 'stage':
      return i18n.t('adminCompetitions.blocked.stage', {
        stages: formatList(
          blocker.allowedIn.map((stage) => i18n.t(adminLabels.stage(stage))),
          i18n.locale(),
          'disjunction',
        ),
        now: i18n.t(adminLabels.stage(blocker.stage)),
      });
    case 'roundOpen':
      return i18n.t('errors.judging.roundOpen');
    case 'roundClosed':
      return i18n.t('errors.judging.roundClosed');
    case 'noRun':
      return i18n.t('errors.judging.noSelection');
    case 'stale':
      return i18n.t('errors.judging.selectionStale');
  }
}

/** Why a button is disabled, as a sentence of its own. */
export function blockerSentence(blocker: Blocker, i18n: Translator): string {
  const message = blockerMessage(blocker, i18n);
  return blocker.kind === 'stage' ? i18n.t('adminCompetitions.blocked.notNow', { reason: message }) : message;
}
