import { ERROR_KEYS } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import type { Viewer } from '../identity/viewer';
import { audienceOf } from '../search/audience';
import { SearchService } from '../search/search.service';
import { SavedSearchDto } from './dtos/saved-search.dto';
import { SaveSearchInput, UpdateSavedSearchInput } from './dtos/saved-search.inputs';
import { SavedSearchEntity, SavedSearchInput } from './saved-search.entity';
import { SavedSearchMatcher, storedInput } from './saved-search-matcher';

/** Saved searches per user: each one is evaluated on every alert run. */
export const SAVED_SEARCHES_PER_USER = 50;

interface SavedSearchRow {
  id: string;
  name: string;
  input: SavedSearchInput;
  alerts_enabled: boolean;
  email_digest: boolean;
  created_at: Date;
  created_by_user_id: string;
  created_by_name: string | null;
  new_matches: number;
  last_match_at: Date | null;
}

const SELECT = `
SELECT s.id, s.name, s.input, s.alerts_enabled, s.email_digest, s.created_at, s.created_by_user_id,
       u.display_name AS created_by_name,
       (SELECT count(*)::int FROM saved_search_matches m
         WHERE m.saved_search_id = s.id AND NOT m.baseline AND m.created_at > s.seen_at) AS new_matches,
       (SELECT max(m.created_at) FROM saved_search_matches m
         WHERE m.saved_search_id = s.id AND NOT m.baseline) AS last_match_at
  FROM saved_searches s
  LEFT JOIN users u ON u.id = s.created_by_user_id`;

/**
 * Saved searches of the viewer's active organisation (DESIGN.md §4: private to it; another
 * organisation gets NOT_FOUND). Any member sees the organisation's saved searches; only the creator —
 * who gets the alerts — changes or deletes one.
 */
@Injectable()
export class SavedSearchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: SearchService,
    private readonly matcher: SavedSearchMatcher,
    private readonly audit: AuditService,
  ) {}

  private organizationOf(viewer: Viewer): string {
    const organizationId = viewer.active?.organizationId;
    if (!organizationId) throw AppException.forbidden(ERROR_KEYS.notMember);
    return organizationId;
  }

  private dto(row: SavedSearchRow, viewer: Viewer): SavedSearchDto {
    const mine = row.created_by_user_id === viewer.user.id;
    return {
      id: row.id,
      name: row.name,
      input: row.input,
      alertsEnabled: row.alerts_enabled,
      emailDigest: row.email_digest,
      newMatches: mine ? row.new_matches : 0,
      lastMatchAt: row.last_match_at ? new Date(row.last_match_at) : null,
      createdAt: new Date(row.created_at),
      createdByName: row.created_by_name,
      mine,
    };
  }

  async list(viewer: Viewer): Promise<SavedSearchDto[]> {
    const rows: SavedSearchRow[] = await this.dataSource.query(
      `${SELECT} WHERE s.organization_id = $1 ORDER BY s.created_at DESC, s.id DESC`,
      [this.organizationOf(viewer)],
    );
    return rows.map((row) => this.dto(row, viewer));
  }

  async get(viewer: Viewer, id: string, manager: EntityManager = this.dataSource.manager) {
    const rows: SavedSearchRow[] = await manager.query(
      `${SELECT} WHERE s.id = $1 AND s.organization_id = $2`,
      [id, this.organizationOf(viewer)],
    );
    if (!rows[0]) throw AppException.notFound('SavedSearch');
    return this.dto(rows[0], viewer);
  }

  /** The viewer's own saved search, locked; NOT_FOUND outside the organisation, FORBIDDEN for another member's. */
  private async own(manager: EntityManager, viewer: Viewer, id: string): Promise<SavedSearchEntity> {
    const found = await manager
      .getRepository(SavedSearchEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id AND s.organization_id = :organizationId', {
        id,
        organizationId: this.organizationOf(viewer),
      })
      .getOne();
    if (!found) throw AppException.notFound('SavedSearch');
    if (found.createdByUserId !== viewer.user.id) throw AppException.forbidden();
    return found;
  }

  /** Saves a search; what it matches now is its baseline (never alerted). */
  async save(viewer: Viewer, input: SaveSearchInput): Promise<SavedSearchDto> {
    const organizationId = this.organizationOf(viewer);
    try {
      this.search.validate(input.search);
    } catch (error) {
      // The search's own field errors, named as fields of this input.
      if (!(error instanceof AppException)) throw error;
      throw AppException.invalid(error.fields.map((f) => ({ ...f, field: `search.${f.field}` })));
    }
    const stored = storedInput(input.search);
    // The baseline is read before the transaction (on PGlite a second connection waits for an open
    // one); a project that becomes visible in between is evaluated by the next alert run.
    const baseline = input.alertsEnabled
      ? await this.matcher.matches(this.dataSource.manager, audienceOf(viewer), stored, null)
      : [];
    const id = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [viewer.user.id]);
      const [{ n }] = await manager.query(
        'SELECT count(*)::int AS n FROM saved_searches WHERE created_by_user_id = $1',
        [viewer.user.id],
      );
      if (n >= SAVED_SEARCHES_PER_USER)
        throw AppException.conflict(ERROR_KEYS.savedSearchLimit, { max: SAVED_SEARCHES_PER_USER });
      const { id: savedId } = await manager.save(
        manager.create(SavedSearchEntity, {
          organizationId,
          createdByUserId: viewer.user.id,
          name: input.name,
          input: stored,
          alertsEnabled: input.alertsEnabled,
          emailDigest: input.emailDigest,
        }),
      );
      await this.addBaseline(manager, savedId, baseline);
      await this.audit.record(
        manager,
        { userId: viewer.user.id, organizationId },
        {
          action: 'savedSearch.create',
          entityType: 'SavedSearch',
          entityId: savedId,
          after: {
            name: input.name,
            input: stored,
            alertsEnabled: input.alertsEnabled,
            emailDigest: input.emailDigest,
          },
        },
      );
      return savedId;
    });
    return this.get(viewer, id);
  }

  private async addBaseline(manager: EntityManager, savedSearchId: string, projectIds: string[]) {
    if (!projectIds.length) return;
    await manager.query(
      `INSERT INTO saved_search_matches (saved_search_id, project_id, baseline)
       SELECT $1, p.id, TRUE FROM unnest($2::uuid[]) AS p(id) JOIN projects ON projects.id = p.id
       ON CONFLICT DO NOTHING`,
      [savedSearchId, projectIds],
    );
  }

  async update(viewer: Viewer, input: UpdateSavedSearchInput): Promise<SavedSearchDto> {
    // Alerts turned back on: what matches now becomes baseline too (nothing was watched meanwhile).
    const current = await this.dataSource.manager.findOne(SavedSearchEntity, { where: { id: input.id } });
    const reenabling = input.alertsEnabled === true && current && !current.alertsEnabled;
    const baseline =
      reenabling && current.organizationId === viewer.active?.organizationId
        ? await this.matcher.matches(this.dataSource.manager, audienceOf(viewer), current.input, null)
        : [];
    await this.dataSource.transaction(async (manager) => {
      const saved = await this.own(manager, viewer, input.id);
      const before = { name: saved.name, alertsEnabled: saved.alertsEnabled, emailDigest: saved.emailDigest };
      const after = {
        name: input.name ?? saved.name,
        alertsEnabled: input.alertsEnabled ?? saved.alertsEnabled,
        emailDigest: input.emailDigest ?? saved.emailDigest,
      };
      await manager.update(SavedSearchEntity, { id: saved.id }, after);
      if (!saved.alertsEnabled && after.alertsEnabled) await this.addBaseline(manager, saved.id, baseline);
      if (!saved.emailDigest && after.emailDigest) {
        // Matches found while the digest was off are not mailed later in one heap.
        await manager.query(
          `UPDATE saved_search_matches SET digested_at = now()
            WHERE saved_search_id = $1 AND NOT baseline AND digested_at IS NULL`,
          [saved.id],
        );
      }
      await this.audit.record(
        manager,
        { userId: viewer.user.id, organizationId: saved.organizationId },
        { action: 'savedSearch.update', entityType: 'SavedSearch', entityId: saved.id, before, after },
      );
    });
    return this.get(viewer, input.id);
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const saved = await this.own(manager, viewer, id);
      await manager.delete(SavedSearchEntity, { id: saved.id });
      await this.audit.record(
        manager,
        { userId: viewer.user.id, organizationId: saved.organizationId },
        {
          action: 'savedSearch.delete',
          entityType: 'SavedSearch',
          entityId: saved.id,
          before: { name: saved.name, input: saved.input },
        },
      );
    });
    return true;
  }

  /** The creator has seen the new matches (for another member it changes nothing: they get no alerts). */
  async markSeen(viewer: Viewer, id: string): Promise<SavedSearchDto> {
    await this.dataSource.query(
      `UPDATE saved_searches SET seen_at = now()
        WHERE id = $1 AND organization_id = $2 AND created_by_user_id = $3`,
      [id, this.organizationOf(viewer), viewer.user.id],
    );
    return this.get(viewer, id);
  }
}
