import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SearchModule } from '../search/search.module';
import { RecommendationsResolver } from './recommendations.resolver';
import { RecommendationsService } from './recommendations.service';

/**
 * Recommendations (issue 4, item 7): an organisation's market preferences and the visible projects
 * that fit them best, with reasons. The fit (`fit.ts`) is pure and shared with matchmaking.
 */
@Module({
  imports: [AuditModule, SearchModule],
  providers: [RecommendationsService, RecommendationsResolver],
  exports: [RecommendationsService],
})
export class RecommendationsModule {}
