import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SearchModule } from '../search/search.module';
import { SavedSearchAlerts } from './saved-search-alerts';
import { SavedSearchDigests } from './saved-search-digests';
import { SavedSearchMatcher } from './saved-search-matcher';
import { SavedSearchesResolver } from './saved-searches.resolver';
import { SavedSearchesService } from './saved-searches.service';

/**
 * Saved searches with alerts (docs/search.md, "Saved searches and alerts"): save a search; when a
 * project newly becomes visible to its creator and matches, an in-app notification and a line in
 * the daily e-mail digest.
 */
@Module({
  imports: [AuditModule, NotificationsModule, SearchModule, MailModule],
  providers: [
    SavedSearchMatcher,
    SavedSearchesService,
    SavedSearchesResolver,
    SavedSearchAlerts,
    SavedSearchDigests,
  ],
  exports: [SavedSearchAlerts, SavedSearchDigests],
})
export class SavedSearchesModule {}
