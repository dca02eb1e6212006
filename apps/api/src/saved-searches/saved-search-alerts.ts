import type { LocalizedText, Locale, OrganizationKind, VerificationStatus } from '@bridge/contracts';
import { resolveText } from '@bridge/contracts';
import { Injectable, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { JsonLogger } from '../common/logging/json-logger';
import { AppConfig } from '../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import type { SavedSearchInput } from './saved-search.entity';
import { SavedSearchMatcher, creatorAudience } from './saved-search-matcher';
import { SavedSearchDigests } from './saved-search-digests';
import { savedSearchSettings } from './saved-search-settings';

/**
 * Documents indexed this long before the watermark are evaluated again: `indexed_at` is the start of
 * the indexing transaction, which may commit after a run has read past it. Evaluating twice is
 * harmless (an alert happens once per saved search and project).
 */
export const OVERLAP_MS = 5 * 60_000;
/** A run that takes longer than this may be overtaken by another process (still alerting once). */
const LEASE_MS = 10 * 60_000;
/** Up to this many new matches of one search in one run notify one by one; more: one summary. */
export const SINGLE_NOTICES_MAX = 3;

export const NOTIFICATION_KEYS = {
  match: 'notifications.savedSearch.match',
  matches: 'notifications.savedSearch.matches',
} as const;

export interface AlertReport {
  /** Another process holds the lease. */
  skipped: boolean;
  candidates: number;
  searches: number;
  /** New (saved search, project) matches alerted by this run. */
  alerted: number;
}

interface SearchRow {
  id: string;
  name: string;
  input: SavedSearchInput;
  created_by_user_id: string;
  locale: Locale;
  role: string | null;
  kind: OrganizationKind | null;
  verification_status: VerificationStatus | null;
}

/**
 * Alerts: every SAVED_SEARCH_ALERT_INTERVAL_MS, one API process (a lease in
 * `saved_search_alert_state`) takes the projects whose search documents were indexed since the last
 * run (a project submitted, an edition's results published, consent given…), evaluates each
 * alert-enabled saved search on them as its creator would search, and records the new matches —
 * `INSERT … ON CONFLICT DO NOTHING RETURNING`, so only the first finder of a (saved search, project)
 * notifies — with the in-app notifications in the same transaction.
 */
@Injectable()
export class SavedSearchAlerts implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly holder = randomUUID();
  private readonly intervalMs: number;
  private readonly digestIntervalMs: number;
  private timers: NodeJS.Timeout[] = [];
  private current: Promise<unknown> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matcher: SavedSearchMatcher,
    private readonly notifications: NotificationsService,
    private readonly digests: SavedSearchDigests,
    @Optional() config?: AppConfig,
    @Optional() private readonly logger?: JsonLogger,
  ) {
    const settings = config ? savedSearchSettings(config.env) : null;
    this.intervalMs = settings?.alertIntervalMs ?? 0;
    this.digestIntervalMs = settings?.digestIntervalMs ?? 0;
  }

  onApplicationBootstrap(): void {
    if (this.intervalMs <= 0) return;
    const every = (ms: number, job: () => Promise<unknown>, what: string) => {
      const timer = setInterval(() => {
        if (this.current) return;
        const run = job().catch((error) => this.logger?.pino.error({ err: error }, what));
        this.current = run.finally(() => (this.current = null));
      }, ms);
      timer.unref?.();
      this.timers.push(timer);
    };
    every(this.intervalMs, () => this.run(), 'saved-search alerts failed');
    if (this.digestIntervalMs > 0)
      every(this.digestIntervalMs, () => this.digests.run(new Date()), 'saved-search digest failed');
  }

  async onModuleDestroy(): Promise<void> {
    this.timers.forEach((t) => clearInterval(t));
    this.timers = [];
    await this.current?.catch(() => undefined);
  }

  /** One run now (tests; the timer does this in the background). */
  async run(): Promise<AlertReport> {
    const report: AlertReport = { skipped: true, candidates: 0, searches: 0, alerted: 0 };
    await this.dataSource.query(
      `INSERT INTO saved_search_alert_state (id, watermark) VALUES (1, now()) ON CONFLICT (id) DO NOTHING`,
    );
    const [lease]: Array<{ watermark: Date; started: Date }> = await this.dataSource.query(
      `WITH leased AS (
         UPDATE saved_search_alert_state
            SET lease_until = now() + $2 * interval '1 millisecond', lease_holder = $1
          WHERE id = 1 AND (lease_until IS NULL OR lease_until < now())
        RETURNING watermark, now() AS started
       ) SELECT * FROM leased`,
      [this.holder, LEASE_MS],
    );
    if (!lease) return report;
    report.skipped = false;
    let advance = false;
    try {
      const candidates: string[] = (
        await this.dataSource.query(
          `SELECT project_id FROM project_search_documents
            WHERE indexed_at > $1::timestamptz - $2 * interval '1 millisecond'`,
          [lease.watermark, OVERLAP_MS],
        )
      ).map((r: { project_id: string }) => r.project_id);
      report.candidates = candidates.length;
      if (candidates.length) {
        const searches: SearchRow[] = await this.dataSource.query(
          `SELECT s.id, s.name, s.input, s.created_by_user_id, u.locale, mb.role, o.kind, o.verification_status
             FROM saved_searches s
             JOIN users u ON u.id = s.created_by_user_id
             LEFT JOIN memberships mb ON mb.user_id = s.created_by_user_id AND mb.organization_id = s.organization_id
             LEFT JOIN organizations o ON o.id = mb.organization_id
            WHERE s.alerts_enabled
            ORDER BY s.id`,
        );
        for (const search of searches) {
          report.alerted += await this.evaluate(search, candidates);
          report.searches += 1;
        }
      }
      advance = true;
    } finally {
      await this.dataSource.query(
        `UPDATE saved_search_alert_state
            SET lease_until = NULL, lease_holder = NULL,
                watermark = CASE WHEN $2::boolean THEN GREATEST(watermark, $3::timestamptz) ELSE watermark END
          WHERE id = 1 AND lease_holder = $1`,
        [this.holder, advance, lease.started],
      );
    }
    return report;
  }

  /** One saved search on the candidates: records and notifies its new matches; returns how many. */
  private async evaluate(search: SearchRow, candidates: string[]): Promise<number> {
    const audience = creatorAudience(
      search.kind && search.verification_status && search.role
        ? { role: search.role, kind: search.kind, verificationStatus: search.verification_status }
        : null,
    );
    // The creator left the organisation, or it is no longer a verified market organisation.
    if (audience !== 'MARKET' && audience !== 'ORGANIZER') return 0;
    const matches = await this.matcher.matches(this.dataSource.manager, audience, search.input, candidates);
    if (!matches.length) return 0;
    return this.dataSource.transaction(async (manager) => {
      const inserted: Array<{ project_id: string; title: LocalizedText }> = await manager.query(
        `WITH added AS (
           INSERT INTO saved_search_matches (saved_search_id, project_id, baseline)
           SELECT s.id, p.id, FALSE
             FROM saved_searches s, unnest($2::uuid[]) AS p(id)
            WHERE s.id = $1 AND s.alerts_enabled AND EXISTS (SELECT 1 FROM projects WHERE projects.id = p.id)
           ON CONFLICT DO NOTHING
           RETURNING project_id
         )
         SELECT a.project_id, d.title FROM added a LEFT JOIN project_search_documents d ON d.project_id = a.project_id`,
        [search.id, matches],
      );
      if (!inserted.length) return 0;
      const titleOf = (t: LocalizedText | null) => resolveText(t, search.locale)?.text ?? '';
      if (inserted.length <= SINGLE_NOTICES_MAX) {
        for (const row of inserted) {
          await this.notifications.notify(manager, [search.created_by_user_id], {
            kind: 'savedSearch.match',
            key: NOTIFICATION_KEYS.match,
            params: { search: search.name, project: titleOf(row.title), savedSearchId: search.id },
            link: `/projects/${row.project_id}`,
          });
        }
      } else {
        await this.notifications.notify(manager, [search.created_by_user_id], {
          kind: 'savedSearch.matches',
          key: NOTIFICATION_KEYS.matches,
          params: { search: search.name, count: inserted.length, savedSearchId: search.id },
          link: `/search?saved=${search.id}`,
        });
      }
      return inserted.length;
    });
  }
}
