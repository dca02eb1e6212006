import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CompetitionsLoaders } from './competitions.loaders';
import { CompetitionsResolver } from './competitions.resolver';
import { CompetitionsService } from './competitions.service';

@Module({
  imports: [AuditModule],
  providers: [CompetitionsService, CompetitionsLoaders, CompetitionsResolver],
  exports: [CompetitionsService, CompetitionsLoaders],
})
export class CompetitionsModule {}
