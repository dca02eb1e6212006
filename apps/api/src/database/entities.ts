import { AuditEventEntity } from '../audit/audit-event.entity';
import { CompetitionFieldEntity } from '../competitions/entities/competition-field.entity';
import { CompetitionStageDateEntity } from '../competitions/entities/competition-stage-date.entity';
import { CompetitionEntity } from '../competitions/entities/competition.entity';
import { AssignmentEntity } from '../judging/entities/assignment.entity';
import { CriterionEntity } from '../judging/entities/criterion.entity';
import { JudgeConflictEntity } from '../judging/entities/judge-conflict.entity';
import { JudgeEntity } from '../judging/entities/judge.entity';
import { ScoreEntity } from '../judging/entities/score.entity';
import { SelectionOverrideEntity } from '../judging/entities/selection-override.entity';
import { SelectionRunEntity } from '../judging/entities/selection-run.entity';
import { ImportJobEntity } from '../imports/entities/import-job.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { ProjectEntity } from '../projects/entities/project.entity';
import { MarketPreferencesEntity } from '../recommendations/market-preferences.entity';
import { SearchOutboxEntity } from '../search/outbox/search-outbox.entity';
import { ProjectSearchDocumentEntity } from '../search/postgres/project-search-document.entity';
import { ShortlistItemEntity } from '../shortlists/entities/shortlist-item.entity';
import { ShortlistEntity } from '../shortlists/entities/shortlist.entity';
import { MailOutboxEntity } from '../mail/mail-outbox.entity';
import { SavedSearchEntity } from '../saved-searches/saved-search.entity';
import { SavedSearchMatchEntity } from '../saved-searches/saved-search-match.entity';
import {
  SavedSearchAlertStateEntity,
  SavedSearchDigestEntity,
} from '../saved-searches/saved-search-state.entity';
import { InvitationEntity } from '../identity/entities/invitation.entity';
import { MembershipEntity } from '../identity/entities/membership.entity';
import { OrganizationEntity } from '../identity/entities/organization.entity';
import { SessionEntity } from '../identity/entities/session.entity';
import { SignInAttemptEntity } from '../identity/entities/sign-in-attempt.entity';
import { UserEntity } from '../identity/entities/user.entity';
import { IntroductionEntity } from '../matchmaking/entities/introduction.entity';
import { ConversationEntity } from '../matchmaking/entities/conversation.entity';
import { IntroductionNoteEntity } from '../matchmaking/introductions/introduction-note.entity';
import { EngagementEntity } from '../engagements/entities/engagement.entity';
import { EngagementEventEntity } from '../engagements/entities/engagement-event.entity';
import { MilestoneEntity } from '../engagements/entities/milestone.entity';
import { ConversationReadEntity } from '../matchmaking/conversations/entities/conversation-read.entity';
import { MessageEntity } from '../matchmaking/conversations/entities/message.entity';
import { MeetingEntity } from '../matchmaking/meetings/entities/meeting.entity';
import { NotificationEmailPreferenceEntity } from '../notifications/email/notification-email-preference.entity';
import { LandingOfferEntity } from '../landing/entities/landing-offer.entity';
import { LandingApplicationEntity } from '../landing/entities/landing-application.entity';

/** Every entity of the schema; migrations are generated from these. */
export const ENTITIES = [
  UserEntity,
  OrganizationEntity,
  MembershipEntity,
  InvitationEntity,
  SessionEntity,
  SignInAttemptEntity,
  AuditEventEntity,
  NotificationEntity,
  CompetitionEntity,
  CompetitionFieldEntity,
  CompetitionStageDateEntity,
  ProjectEntity,
  JudgeEntity,
  JudgeConflictEntity,
  CriterionEntity,
  AssignmentEntity,
  ScoreEntity,
  SelectionRunEntity,
  SelectionOverrideEntity,
  ImportJobEntity,
  ProjectSearchDocumentEntity,
  SearchOutboxEntity,
  ShortlistEntity,
  ShortlistItemEntity,
  MarketPreferencesEntity,
  MailOutboxEntity,
  SavedSearchEntity,
  SavedSearchMatchEntity,
  SavedSearchAlertStateEntity,
  SavedSearchDigestEntity,
  IntroductionEntity,
  ConversationEntity,
  EngagementEntity,
  EngagementEventEntity,
  MilestoneEntity,
  MessageEntity,
  ConversationReadEntity,
  MeetingEntity,
  IntroductionNoteEntity,
  NotificationEmailPreferenceEntity,
  LandingOfferEntity,
  LandingApplicationEntity,
];
