import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProjectsModule } from '../projects/projects.module';
import { EngagementMoves } from './engagement-moves.service';
import { EngagementsLoaders } from './engagements.loaders';
import { EngagementEventsResolver, EngagementsResolver } from './engagements.resolver';
import { EngagementsService } from './engagements.service';
import { MilestoneReminders } from './milestone-reminders';
import { MilestonesService } from './milestones.service';

/**
 * Engagements (docs/landing.md, "Engagements"): pipelines of investment, landing, R&D partnership
 * and pilot customer between a project and a partner, with history, milestones and reminders.
 * Introductions and landing applications start them through `startEngagement` (engagement-start.ts).
 */
@Module({
  imports: [AuditModule, IdentityModule, NotificationsModule, ProjectsModule],
  providers: [
    EngagementsService,
    EngagementMoves,
    MilestonesService,
    MilestoneReminders,
    EngagementsLoaders,
    EngagementsResolver,
    EngagementEventsResolver,
  ],
  exports: [EngagementsService, MilestoneReminders],
})
export class EngagementsModule {}
