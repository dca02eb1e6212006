import type { ProjectStage, ProjectStatus, SeekingKind } from '@bridge/contracts';
import { createHash } from 'crypto';
import type { Viewer } from '../identity/viewer';
import { isOrganizer } from '../identity/viewer';
import type { ProjectSearchDoc, SearchAudience } from './search.types';
import { normalizeText } from './text/tokenizer';

/** Statuses the market sees with the start-up's consent; statuses anyone sees once published. */
export const MARKET_STATUSES: ReadonlySet<ProjectStatus> = new Set([
  'SUBMITTED',
  'FINALIST',
  'NOT_SELECTED',
  'AWARDED',
]);
export const PUBLIC_STATUSES: ReadonlySet<ProjectStatus> = new Set(['FINALIST', 'AWARDED']);

/** The audience a viewer searches as. The team's own drafts are never searched (search is the market's tool). */
export function audienceOf(viewer: Viewer | null): SearchAudience {
  if (isOrganizer(viewer)) return 'ORGANIZER';
  if (viewer?.capabilities.has('MARKET')) return 'MARKET';
  return 'PUBLIC';
}

/**
 * What one audience may see of a document — the same rules as `projectAccess` and the project's
 * `result` field for a single project: `full` is the full profile (ORGANIZER or MARKET access),
 * otherwise the public card; scores and rank for organizers, and for the market once the
 * finalists are published with the start-up's consent; award places once the awards are published.
 */
export interface AudienceView {
  visible: boolean;
  full: boolean;
  trl: number | null;
  stage: ProjectStage | null;
  seeking: SeekingKind[];
  fundingUsdMinor: number | null;
  score: number | null;
  rankInField: number | null;
  awardPlace: number | null;
}

type ViewFacts = Pick<
  ProjectSearchDoc,
  | 'status'
  | 'consent'
  | 'finalistsPublished'
  | 'awardsPublished'
  | 'trl'
  | 'stage'
  | 'seeking'
  | 'fundingUsdMinor'
  | 'score'
  | 'rankInField'
  | 'awardPlace'
>;

export function audienceView(doc: ViewFacts, audience: SearchAudience): AudienceView {
  const indexed = doc.status !== 'DRAFT';
  const marketAccess = indexed && doc.consent && MARKET_STATUSES.has(doc.status);
  const publicAccess = indexed && doc.finalistsPublished && PUBLIC_STATUSES.has(doc.status);
  const visible =
    audience === 'ORGANIZER' ? indexed : audience === 'MARKET' ? marketAccess || publicAccess : publicAccess;
  const full = visible && (audience === 'ORGANIZER' || (audience === 'MARKET' && marketAccess));
  const seesScore = audience === 'ORGANIZER' || (full && doc.finalistsPublished);
  const seesAward = audience === 'ORGANIZER' || (visible && doc.awardsPublished);
  return {
    visible,
    full,
    trl: full ? doc.trl : null,
    stage: full ? doc.stage : null,
    seeking: full ? doc.seeking : [],
    fundingUsdMinor: full ? doc.fundingUsdMinor : null,
    score: visible && seesScore ? doc.score : null,
    rankInField: visible && seesScore ? doc.rankInField : null,
    awardPlace: seesAward ? doc.awardPlace : null,
  };
}

/** Funding-ask buckets (USD, minor units), for facets: [key, lower bound inclusive]. */
export const FUNDING_BUCKETS: ReadonlyArray<readonly [string, number]> = [
  ['LT_100K', 0],
  ['100K_500K', 100_000_00],
  ['500K_1M', 500_000_00],
  ['1M_5M', 1_000_000_00],
  ['GTE_5M', 5_000_000_00],
];

/** Score buckets (normalised 0–100 scale): [key, lower bound inclusive]. */
export const SCORE_BUCKETS: ReadonlyArray<readonly [string, number]> = [
  ['LT_50', -Infinity],
  ['50_60', 50],
  ['60_70', 60],
  ['70_80', 70],
  ['80_90', 80],
  ['GTE_90', 90],
];

/** The 1-based bucket number of a value, or null. */
export function bucketOf(
  buckets: ReadonlyArray<readonly [string, number]>,
  value: number | null,
): number | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  let found = 1;
  buckets.forEach(([, lower], i) => {
    if (value >= lower) found = i + 1;
  });
  return found;
}

export function bucketKey(buckets: ReadonlyArray<readonly [string, number]>, bucket: number): string | null {
  return buckets[bucket - 1]?.[0] ?? null;
}

/** Bit of each seeking kind in a mask (PostgreSQL documents keep seeking as a small integer). */
export const SEEKING_BITS: Readonly<Record<SeekingKind, number>> = {
  INVESTMENT: 1,
  RD_PARTNER: 2,
  CUSTOMERS: 4,
  LANDING: 8,
};

export function seekingMask(seeking: readonly SeekingKind[]): number {
  return seeking.reduce((mask, kind) => mask | (SEEKING_BITS[kind] ?? 0), 0);
}

/**
 * A city's facet and filter key: 16 hex digits of the hash of its normalised name, so `Kazan`,
 * ` kazan ` and `KAZAN` are one city, and a key never needs quoting in an engine's filter syntax.
 */
export function cityKey(city: string | null | undefined): string | null {
  const normalized = city ? normalizeText(city).replace(/\s+/g, ' ').trim() : '';
  if (!normalized) return null;
  return createHash('sha256').update(normalized).digest('hex').slice(0, 16);
}
