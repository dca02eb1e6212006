import type { OrganizationKind, VerificationStatus } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { capabilitiesOf } from '../identity/viewer';
import type { MembershipWithOrganization, Viewer } from '../identity/viewer';
import { audienceOf } from '../search/audience';
import { SearchInput } from '../search/dtos/search.input';
import { analyzeQuery } from '../search/query/query-analyzer';
import { SearchEngines } from '../search/search-engines';
import { filtersOf } from '../search/search.service';
import type { SearchAudience, SearchQuery } from '../search/search.types';
import type { SavedSearchInput } from './saved-search.entity';

/** Projects per evaluation of a saved search restricted to candidates. */
export const CANDIDATE_CHUNK = 500;
/** Most matches kept as a baseline (older matches beyond it could alert if re-indexed). */
export const BASELINE_MAX = 20_000;

/** What is kept of a SearchInput: everything but the page (`first`, `after`) and empty values. */
export function storedInput(input: SearchInput): SavedSearchInput {
  const stored: SavedSearchInput = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'first' || key === 'after') continue;
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && !value.length) continue;
    stored[key] = value;
  }
  return stored;
}

/**
 * The search audience of a saved search's creator, from their membership in its organisation (the
 * same capabilities as a request of theirs would have): null when they left it.
 */
export function creatorAudience(
  membership: { role: string; kind: OrganizationKind; verificationStatus: VerificationStatus } | null,
): SearchAudience | null {
  if (!membership) return null;
  const active = {
    role: membership.role,
    organization: { kind: membership.kind, verificationStatus: membership.verificationStatus },
  } as MembershipWithOrganization;
  return audienceOf({ capabilities: capabilitiesOf(active) } as Pick<Viewer, 'capabilities'> as Viewer);
}

/**
 * Evaluates a saved search the way the `search` query would for its creator — same audience, same
 * text analysis and filters, on PostgreSQL (the source of truth, always holding every document) —
 * and returns the matching project ids. No typo fallback: alerts match words exactly.
 */
@Injectable()
export class SavedSearchMatcher {
  constructor(private readonly engines: SearchEngines) {}

  query(audience: SearchAudience, input: SavedSearchInput, projectIds: string[] | null, limit: number) {
    const search = input as Partial<SearchInput>;
    const query: SearchQuery = {
      audience,
      text: typeof search.text === 'string' && search.text ? analyzeQuery(search.text) : null,
      filters: { ...filtersOf(search as SearchInput), ...(projectIds ? { projectIds } : {}) },
      sort: 'NEWEST',
      first: limit,
      after: null,
      facets: false,
    };
    return query;
  }

  /** The matches among the given projects (all matches, up to BASELINE_MAX, when null). */
  async matches(
    manager: EntityManager,
    audience: SearchAudience,
    input: SavedSearchInput,
    projectIds: string[] | null,
  ): Promise<string[]> {
    if (projectIds && !projectIds.length) return [];
    const found: string[] = [];
    const chunks = projectIds
      ? Array.from({ length: Math.ceil(projectIds.length / CANDIDATE_CHUNK) }, (_, i) =>
          projectIds.slice(i * CANDIDATE_CHUNK, (i + 1) * CANDIDATE_CHUNK),
        )
      : [null];
    for (const chunk of chunks) {
      const query = this.query(audience, input, chunk, chunk ? chunk.length : BASELINE_MAX);
      const [hits] = this.engines.postgres.statements(query, { typos: null });
      const rows: Array<{ project_id: string }> = await manager.query(hits.text, hits.params);
      found.push(...rows.slice(0, query.first).map((r) => r.project_id));
    }
    return found;
  }
}
