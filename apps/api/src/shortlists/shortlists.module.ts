import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { ProjectsModule } from '../projects/projects.module';
import { ShortlistExportController } from './shortlist-export.controller';
import { ShortlistExportService } from './shortlist-export.service';
import { ShortlistItemsResolver } from './shortlist-items.resolver';
import { ShortlistItemsService } from './shortlist-items.service';
import { ShortlistProjects } from './shortlist-projects';
import { ShortlistsLoaders } from './shortlists.loaders';
import { ShortlistsResolver } from './shortlists.resolver';
import { ShortlistsService } from './shortlists.service';

/**
 * Shortlists: an organisation's named lists of projects with notes and tags, shared by its members
 * and private to it; CSV/XLSX downloads.
 */
@Module({
  imports: [AuditModule, IdentityModule, ProjectsModule],
  controllers: [ShortlistExportController],
  providers: [
    ShortlistsService,
    ShortlistItemsService,
    ShortlistProjects,
    ShortlistsLoaders,
    ShortlistExportService,
    ShortlistsResolver,
    ShortlistItemsResolver,
  ],
})
export class ShortlistsModule {}
