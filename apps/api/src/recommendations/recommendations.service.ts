import type { FieldError, ProjectStatus } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { actor } from '../competitions/competitions.service';
import type { Viewer } from '../identity/viewer';
import { ProjectEntity } from '../projects/entities/project.entity';
import { SearchHitDto } from '../search/dtos/search-result.dto';
import { SEARCH_PAGE_MAX, SearchInput } from '../search/dtos/search.input';
import { SearchService } from '../search/search.service';
import { MarketPreferencesInput } from './dtos/market-preferences.input';
import { RecommendationDto } from './dtos/recommendation.dto';
import { FitPreferences, compareRanked, fitOf } from './fit';
import { MarketPreferencesEntity } from './market-preferences.entity';

/**
 * How many visible projects are ranked by fit at most: the best by visible score (then newest) in
 * the preferred fields, topped up from all fields. Beyond it a well-fitting, low-scored project is
 * not considered (docs/search.md, Recommendations).
 */
export const CANDIDATE_LIMIT = 300;

/** The statuses recommended: the market's (never drafts or withdrawn projects). */
const RECOMMENDED_STATUSES: ProjectStatus[] = ['SUBMITTED', 'FINALIST', 'NOT_SELECTED', 'AWARDED'];

function organizationOf(viewer: Viewer): string {
  const organizationId = viewer.active?.organizationId;
  if (!organizationId) throw AppException.forbidden();
  return organizationId;
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function snapshot(p: MarketPreferencesEntity | null): Record<string, unknown> | null {
  if (!p) return null;
  const { fieldCodes, stages, trlMin, trlMax, ticketMinUsd, ticketMaxUsd, offers, cities } = p;
  return { fieldCodes, stages, trlMin, trlMax, ticketMinUsd, ticketMaxUsd, offers, cities };
}

/**
 * Market preferences of an organisation and the projects that fit them. Candidates come from the
 * search module as the viewer's own audience, so only what the viewer may see is ranked, with the
 * values the viewer may see (a hidden value earns nothing and gives no reason).
 */
@Injectable()
export class RecommendationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchService,
    private readonly audit: AuditService,
  ) {}

  preferences(viewer: Viewer): Promise<MarketPreferencesEntity | null> {
    return this.dataSource.manager.findOne(MarketPreferencesEntity, {
      where: { organizationId: organizationOf(viewer) },
    });
  }

  /** Replaces the organisation's preferences (any member); audited. */
  async setPreferences(viewer: Viewer, input: MarketPreferencesInput): Promise<MarketPreferencesEntity> {
    const organizationId = organizationOf(viewer);
    const errors: FieldError[] = [];
    const ordered = (field: string, min?: number | null, max?: number | null) => {
      if (min !== null && min !== undefined && max !== null && max !== undefined && min > max)
        errors.push({ field, key: 'validation.range', params: { min, max } });
    };
    ordered('trlMax', input.trlMin, input.trlMax);
    ordered('ticketMaxUsd', input.ticketMinUsd, input.ticketMaxUsd);
    if (errors.length) throw AppException.invalid(errors);
    const values = {
      fieldCodes: distinct(input.fieldCodes),
      stages: distinct(input.stages),
      trlMin: input.trlMin ?? null,
      trlMax: input.trlMax ?? null,
      ticketMinUsd: input.ticketMinUsd ?? null,
      ticketMaxUsd: input.ticketMaxUsd ?? null,
      offers: distinct(input.offers),
      cities: distinct(input.cities.map((c) => c.trim()).filter(Boolean)),
      updatedById: viewer.user.id,
    };
    return this.dataSource.transaction(async (manager) => {
      // One writer per organisation at a time: the audit's before is the row it replaced.
      await manager.query('SELECT id FROM organizations WHERE id = $1 FOR UPDATE', [organizationId]);
      const before = await manager.findOne(MarketPreferencesEntity, { where: { organizationId } });
      if (before) {
        await manager.update(
          MarketPreferencesEntity,
          { organizationId },
          { ...values, updatedAt: new Date() },
        );
      } else {
        await manager.insert(MarketPreferencesEntity, { organizationId, ...values });
      }
      const after = await manager.findOneOrFail(MarketPreferencesEntity, { where: { organizationId } });
      await this.audit.record(manager, actor(viewer), {
        action: 'market_preferences.set',
        entityType: 'market_preferences',
        entityId: organizationId,
        before: snapshot(before),
        after: snapshot(after),
      });
      return after;
    });
  }

  /** The visible projects that fit the organisation's preferences best; [] without preferences. */
  async recommend(
    viewer: Viewer,
    first: number,
    competitionId?: string | null,
  ): Promise<RecommendationDto[]> {
    const preferences = await this.preferences(viewer);
    if (!preferences) return [];
    const hits = await this.candidates(viewer, preferences, competitionId ?? null);
    if (!hits.length) return [];
    const created = new Map(
      (
        await this.dataSource.manager.find(ProjectEntity, {
          select: { id: true, createdAt: true },
          where: { id: In(hits.map((h) => h.projectId)) },
        })
      ).map((p) => [p.id, p.createdAt]),
    );
    return hits
      .map((hit) => {
        const { fit, reasons } = fitOf(preferences, hit);
        return {
          recommendation: { hit, fit, reasons },
          ranked: {
            projectId: hit.projectId,
            fit,
            score: hit.score,
            createdAt: created.get(hit.projectId) ?? new Date(0),
          },
        };
      })
      .sort((a, b) => compareRanked(a.ranked, b.ranked))
      .slice(0, first)
      .map((r) => r.recommendation);
  }

  /**
   * Up to CANDIDATE_LIMIT projects the viewer may see, best visible score first: those in the
   * preferred fields, then (if fewer) any others. Loose on purpose: the fit ranks them.
   */
  private async candidates(
    viewer: Viewer,
    preferences: FitPreferences,
    competitionId: string | null,
  ): Promise<SearchHitDto[]> {
    const found = new Map<string, SearchHitDto>();
    const collect = async (fieldCodes: string[] | null) => {
      let after: string | null = null;
      while (found.size < CANDIDATE_LIMIT) {
        const input: SearchInput = {
          sort: 'SCORE',
          first: SEARCH_PAGE_MAX,
          after,
          statuses: RECOMMENDED_STATUSES,
          competitionIds: competitionId ? [competitionId] : null,
          fieldCodes,
        };
        const page = await this.search.search(viewer, input, { facets: false });
        for (const hit of page.hits) {
          if (found.size < CANDIDATE_LIMIT) found.set(hit.projectId, hit);
        }
        after = page.nextCursor;
        if (!after) return;
      }
    };
    if (preferences.fieldCodes.length) await collect([...preferences.fieldCodes]);
    await collect(null);
    return [...found.values()];
  }
}
