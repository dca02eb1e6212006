import type { DeclineReason, IntroductionPurpose, IntroductionStatus } from '@bridge/contracts';
import type { TranslationKey } from '../../../core/i18n';
import type { MeetingStatus } from '../../conversations/data/conversation.types';
import type { TimeZoneView } from '../../conversations/data/meeting-time';
import type { SlotProblem } from '../../conversations/data/slot-input';

/** Translation keys of the matchmaking enums, typed so that a missing label fails to compile. */
export const introLabels = {
  purpose: (purpose: IntroductionPurpose): TranslationKey => `introductions.purpose.${purpose}`,
  status: (status: IntroductionStatus): TranslationKey => `introductions.status.${status}`,
  declineReason: (reason: DeclineReason): TranslationKey => `introductions.declineReason.${reason}`,
  slotProblem: (problem: SlotProblem): TranslationKey => `introductions.request.slotProblem.${problem}`,
  zone: (view: TimeZoneView): TranslationKey => `conversations.meetings.zones.${view}`,
  meetingStatus: (status: MeetingStatus): TranslationKey => `conversations.meetings.status.${status}`,
} as const;
