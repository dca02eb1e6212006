import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { CompetitionsModule } from '../competitions/competitions.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProjectsModule } from '../projects/projects.module';
import { AssignmentsService } from './assignments.service';
import { CriteriaService } from './criteria.service';
import { JudgesResolver } from './judges.resolver';
import { JudgesService } from './judges.service';
import { ResultsResolver } from './results.resolver';
import { ScoringResolver } from './scoring.resolver';
import { ScoringService } from './scoring.service';
import { SelectionResolver } from './selection.resolver';
import { SelectionService } from './selection.service';

/** Judges, conflicts, criteria, assignments, scores, selection, the final and the published results. */
@Module({
  imports: [AuditModule, IdentityModule, CompetitionsModule, ProjectsModule, NotificationsModule],
  providers: [
    JudgesService,
    CriteriaService,
    AssignmentsService,
    ScoringService,
    SelectionService,
    JudgesResolver,
    ScoringResolver,
    SelectionResolver,
    ResultsResolver,
  ],
  exports: [JudgesService, SelectionService],
})
export class JudgingModule {}
