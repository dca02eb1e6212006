import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OutcomesExportController } from './outcomes-export.controller';
import { OutcomesResolver } from './outcomes.resolver';
import { OutcomesService } from './outcomes.service';

/** Outcomes for organizers: the funnel, breakdowns, stage times, the filtered list and the exports. */
@Module({
  imports: [AuditModule],
  controllers: [OutcomesExportController],
  providers: [OutcomesService, OutcomesResolver],
})
export class AnalyticsModule {}
