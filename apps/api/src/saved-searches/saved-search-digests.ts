import type { LocalizedText, Locale, OrganizationKind, VerificationStatus } from '@bridge/contracts';
import { isLocale, resolveText } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MailService } from '../mail/mail.service';
import { DigestSearch, savedSearchDigest } from '../mail/templates/saved-search-digest.template';
import { creatorAudience } from './saved-search-matcher';

/** At most one digest per user in this window. */
export const DIGEST_PERIOD_MS = 24 * 60 * 60 * 1000;
/** Projects listed per saved search in one digest; the rest are counted. */
export const DIGEST_PROJECTS_PER_SEARCH = 10;
/** Where the portal lists saved searches (the digest's footer links there). */
export const SAVED_SEARCHES_PATH = '/saved-searches';

export interface DigestReport {
  /** Digests queued (one per user). */
  sent: number;
  users: number;
}

interface PendingRow {
  saved_search_id: string;
  name: string;
  project_id: string;
  title: LocalizedText | null;
  visible: boolean;
}

interface OwnerRow {
  email: string;
  display_name: string;
  locale: string;
  role: string | null;
  kind: OrganizationKind | null;
  verification_status: VerificationStatus | null;
}

/**
 * The daily e-mail digest: per user, the new matches of their saved searches with `emailDigest` on
 * that the digest has not listed yet, still visible to them, in their language — at most one digest
 * per user per 24 hours (a conditional upsert of `saved_search_digests`, so two API processes never
 * both send), nothing when there is nothing new.
 */
@Injectable()
export class SavedSearchDigests {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  /** Queues the digests due at `now` (tests pass their own clock). */
  async run(now: Date): Promise<DigestReport> {
    const users: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT s.created_by_user_id AS user_id
         FROM saved_search_matches m JOIN saved_searches s ON s.id = m.saved_search_id
        WHERE NOT m.baseline AND m.digested_at IS NULL AND s.email_digest
          AND NOT EXISTS (SELECT 1 FROM saved_search_digests d
                           WHERE d.user_id = s.created_by_user_id
                             AND d.last_sent_at > $1::timestamptz - $2 * interval '1 millisecond')`,
      [now, DIGEST_PERIOD_MS],
    );
    const report: DigestReport = { sent: 0, users: users.length };
    for (const { user_id } of users) {
      if (await this.dataSource.transaction((manager) => this.digestOf(manager, user_id, now)))
        report.sent += 1;
    }
    return report;
  }

  /** One user's digest in one transaction; whether one was queued. */
  private async digestOf(manager: EntityManager, userId: string, now: Date): Promise<boolean> {
    const pending: PendingRow[] = await manager.query(
      `SELECT m.saved_search_id, s.name, m.project_id, d.title,
              COALESCE(CASE WHEN o.kind = 'ORGANIZER' THEN TRUE ELSE d.visible_market END, FALSE) AS visible
         FROM saved_search_matches m
         JOIN saved_searches s ON s.id = m.saved_search_id
         LEFT JOIN organizations o ON o.id = s.organization_id
         LEFT JOIN project_search_documents d ON d.project_id = m.project_id
        WHERE s.created_by_user_id = $1 AND s.email_digest AND NOT m.baseline AND m.digested_at IS NULL
        ORDER BY s.created_at, s.id, m.created_at, m.project_id
          FOR UPDATE OF m`,
      [userId],
    );
    if (!pending.length) return false;
    const [owner]: OwnerRow[] = await manager.query(
      `SELECT u.email, u.display_name, u.locale, mb.role, o.kind, o.verification_status
         FROM users u
         LEFT JOIN saved_searches s ON s.id = $2
         LEFT JOIN memberships mb ON mb.user_id = u.id AND mb.organization_id = s.organization_id
         LEFT JOIN organizations o ON o.id = mb.organization_id
        WHERE u.id = $1`,
      [userId, pending[0].saved_search_id],
    );
    const audience = creatorAudience(
      owner?.kind && owner.verification_status && owner.role
        ? { role: owner.role, kind: owner.kind, verificationStatus: owner.verification_status }
        : null,
    );
    // Only what the creator may still see (a project may have been withdrawn since it matched).
    const listed = audience === 'MARKET' || audience === 'ORGANIZER' ? pending.filter((p) => p.visible) : [];
    if (listed.length) {
      const claimed = await manager.query(
        `INSERT INTO saved_search_digests (user_id, last_sent_at) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET last_sent_at = EXCLUDED.last_sent_at
          WHERE saved_search_digests.last_sent_at <= $2::timestamptz - $3 * interval '1 millisecond'
         RETURNING user_id`,
        [userId, now, DIGEST_PERIOD_MS],
      );
      if (!claimed.length) return false; // Another process sent this user's digest within the period.
      const locale: Locale = isLocale(owner.locale) ? owner.locale : 'en';
      const rendered = savedSearchDigest(
        {
          userName: owner.display_name,
          count: listed.length,
          searches: this.group(listed, locale),
          manageUrl: this.mail.link(SAVED_SEARCHES_PATH),
        },
        locale,
      );
      await this.mail.enqueue(manager, {
        to: owner.email,
        userId,
        locale,
        kind: 'savedSearch.digest',
        ...rendered,
      });
    }
    await manager.query(
      `UPDATE saved_search_matches SET digested_at = $2
        WHERE (saved_search_id, project_id) IN (SELECT * FROM unnest($1::uuid[], $3::uuid[]))`,
      [pending.map((p) => p.saved_search_id), now, pending.map((p) => p.project_id)],
    );
    return listed.length > 0;
  }

  private group(rows: PendingRow[], locale: Locale): DigestSearch[] {
    const searches = new Map<string, DigestSearch>();
    for (const row of rows) {
      let search = searches.get(row.saved_search_id);
      if (!search) {
        search = {
          name: row.name,
          url: this.mail.link(`/search?saved=${row.saved_search_id}`),
          projects: [],
          more: 0,
        };
        searches.set(row.saved_search_id, search);
      }
      if (search.projects.length < DIGEST_PROJECTS_PER_SEARCH) {
        search.projects.push({
          title: resolveText(row.title, locale)?.text ?? '—',
          url: this.mail.link(`/projects/${row.project_id}`),
        });
      } else {
        search.more += 1;
      }
    }
    return [...searches.values()];
  }
}
