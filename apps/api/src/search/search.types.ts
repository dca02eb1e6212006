import type { LocalizedText, ProjectStage, ProjectStatus, SeekingKind } from '@bridge/contracts';
import type { EntityManager } from 'typeorm';
import type { AnalyzedQuery } from './query/query-analyzer';

/**
 * Who searches, as far as visibility goes (DESIGN.md §4), decided from the viewer at query time:
 * organizers see every non-draft project; the market (verified investors, parks, R&D partners) sees
 * consenting submitted-or-later projects in full and published finalists as cards; everyone else
 * (visitors, start-ups, judges) sees published finalists as cards.
 */
export type SearchAudience = 'ORGANIZER' | 'MARKET' | 'PUBLIC';

/**
 * One project as the search engines hold it, built from the database by SearchDocumentBuilder.
 * Facts only; what each audience may see of it is `audienceView` (audience.ts).
 */
export interface ProjectSearchDoc {
  projectId: string;
  competitionId: string;
  competitionYear: number;
  fieldCode: string | null;
  /** Never DRAFT: drafts are not indexed. */
  status: ProjectStatus;
  consent: boolean;
  finalistsPublished: boolean;
  awardsPublished: boolean;
  title: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  tags: string[];
  /** Taxonomy concepts of the public card (title, summary, field). */
  cardConcepts: string[];
  /** Taxonomy concepts of the whole profile (card, description, tags). */
  concepts: string[];
  trl: number | null;
  stage: ProjectStage | null;
  seeking: SeekingKind[];
  fundingUsdMinor: number | null;
  city: string | null;
  score: number | null;
  rankInField: number | null;
  awardPlace: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export const SEARCH_SORTS = ['RELEVANCE', 'SCORE', 'NEWEST'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const FACET_NAMES = [
  'EDITION',
  'FIELD',
  'STATUS',
  'AWARD',
  'TRL',
  'STAGE',
  'SEEKING',
  'FUNDING',
  'SCORE',
  'CITY',
] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface NumberRange {
  min?: number | null;
  max?: number | null;
}

/** Filters: any of the values within one filter, every filter given. */
export interface SearchFilters {
  competitionIds?: string[];
  fieldCodes?: string[];
  statuses?: ProjectStatus[];
  awardPlaces?: number[];
  trl?: NumberRange;
  stages?: ProjectStage[];
  seeking?: SeekingKind[];
  /** USD equivalent of the funding ask, minor units. */
  fundingUsdMinor?: NumberRange;
  score?: NumberRange;
  cityKeys?: string[];
  /**
   * Internal, never from GraphQL: only these projects (saved-search alerts evaluate a search on the
   * few projects indexed since their last run). Honoured by the PostgreSQL engine only.
   */
  projectIds?: string[];
}

export interface SearchQuery {
  audience: SearchAudience;
  text: AnalyzedQuery | null;
  filters: SearchFilters;
  sort: SearchSort;
  first: number;
  /** Opaque cursor of the previous page (as returned in `nextCursor`). */
  after: string | null;
  /** Whether facet counts are wanted (they cost a second query). */
  facets: boolean;
}

/** A hit: only what the audience may see (null otherwise). */
export interface SearchHitDoc {
  projectId: string;
  competitionId: string;
  fieldCode: string | null;
  status: ProjectStatus;
  title: LocalizedText;
  summary: LocalizedText;
  city: string | null;
  trl: number | null;
  stage: ProjectStage | null;
  seeking: SeekingKind[] | null;
  fundingUsdMinor: number | null;
  score: number | null;
  rankInField: number | null;
  awardPlace: number | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

export type FacetCounts = Record<FacetName, FacetCount[]>;

export interface SearchResult {
  hits: SearchHitDoc[];
  total: number;
  facets: FacetCounts | null;
  nextCursor: string | null;
}

export interface SearchHealth {
  up: boolean;
  detail?: string;
}

/** A write inside a database transaction: the PostgreSQL adapter writes with its manager. */
export interface SearchWriteContext {
  manager?: EntityManager;
}

/**
 * A search engine. Visibility is applied inside the engine's query (never by filtering hits
 * afterwards), so totals and facet counts count only what the audience may see.
 */
export interface SearchPort {
  readonly name: string;
  /** Prepares the index (settings, synonyms); idempotent. */
  init(): Promise<void>;
  upsert(docs: ProjectSearchDoc[], context?: SearchWriteContext): Promise<void>;
  remove(projectIds: string[], context?: SearchWriteContext): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  health(): Promise<SearchHealth>;
  /** How many documents the index holds. */
  documentCount(): Promise<number>;
  /** Removes every document (reindex). */
  clear(context?: SearchWriteContext): Promise<void>;
}

/** Thrown by an adapter for a cursor it cannot use (another query's, or tampered with). */
export class InvalidCursorError extends Error {
  constructor() {
    super('invalid search cursor');
  }
}
