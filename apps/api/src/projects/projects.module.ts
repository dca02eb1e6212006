import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CompetitionsModule } from '../competitions/competitions.module';
import { IdentityModule } from '../identity/identity.module';
import { ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

@Module({
  imports: [AuditModule, IdentityModule, CompetitionsModule],
  providers: [ProjectsService, ProjectsResolver],
  exports: [ProjectsService],
})
export class ProjectsModule {}
