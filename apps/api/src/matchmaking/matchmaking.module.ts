import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProjectsModule } from '../projects/projects.module';
import { ContactReveal } from './introductions/contact-reveal';
import { IntroductionAnswers } from './introductions/introduction-answers.service';
import { IntroductionExpiry } from './introductions/introduction-expiry';
import { IntroductionNotesResolver, IntroductionsResolver } from './introductions/introductions.resolver';
import { IntroductionsLoaders } from './introductions/introductions.loaders';
import { IntroductionsService } from './introductions/introductions.service';
import { ConversationAccess } from './conversations/conversation-access';
import { ConversationsLoaders } from './conversations/conversations.loaders';
import { ConversationsResolver } from './conversations/conversations.resolver';
import { ConversationsService } from './conversations/conversations.service';
import { MessagesResolver } from './conversations/messages.resolver';
import { MessagesService } from './conversations/messages.service';
import { MeetingInviteController } from './meetings/meeting-invite.controller';
import { MeetingsResolver } from './meetings/meetings.resolver';
import { MeetingsService } from './meetings/meetings.service';

/**
 * Matchmaking (docs/matchmaking.md): introduction requests with double opt-in and the contact
 * reveal they bring; the conversations and meetings of accepted introductions.
 */
@Module({
  imports: [AuditModule, IdentityModule, NotificationsModule, ProjectsModule],
  providers: [
    IntroductionsService,
    IntroductionAnswers,
    IntroductionExpiry,
    IntroductionsLoaders,
    ContactReveal,
    IntroductionsResolver,
    IntroductionNotesResolver,
    // Conversations and meetings
    ConversationAccess,
    ConversationsService,
    MessagesService,
    MeetingsService,
    ConversationsLoaders,
    ConversationsResolver,
    MessagesResolver,
    MeetingsResolver,
  ],
  controllers: [MeetingInviteController],
  exports: [IntroductionsService, IntroductionExpiry],
})
export class MatchmakingModule {}
