import type { SearchState } from './search-params';

/** A facet bucket as a range filter: both ends inclusive, null = open. */
export interface BucketRange {
  min: number | null;
  max: number | null;
}

const CENT = 1;
const usd = (dollars: number) => dollars * 100;

/** The API's FUNDING buckets (USD cents): [key, lower bound inclusive, next bound]. */
export const FUNDING_BUCKETS: Readonly<Record<string, BucketRange>> = {
  LT_100K: { min: null, max: usd(100_000) - CENT },
  '100K_500K': { min: usd(100_000), max: usd(500_000) - CENT },
  '500K_1M': { min: usd(500_000), max: usd(1_000_000) - CENT },
  '1M_5M': { min: usd(1_000_000), max: usd(5_000_000) - CENT },
  GTE_5M: { min: usd(5_000_000), max: null },
};

/** The API's SCORE buckets (0–100): the upper end just below the next bucket's lower bound. */
export const SCORE_BUCKETS: Readonly<Record<string, BucketRange>> = {
  LT_50: { min: null, max: 49.99 },
  '50_60': { min: 50, max: 59.99 },
  '60_70': { min: 60, max: 69.99 },
  '70_80': { min: 70, max: 79.99 },
  '80_90': { min: 80, max: 89.99 },
  GTE_90: { min: 90, max: null },
};

export type RangeFacet = 'FUNDING' | 'SCORE' | 'TRL';

const KEYS: Record<
  RangeFacet,
  { min: 'fundingUsdMin' | 'scoreMin' | 'trlMin'; max: 'fundingUsdMax' | 'scoreMax' | 'trlMax' }
> = {
  FUNDING: { min: 'fundingUsdMin', max: 'fundingUsdMax' },
  SCORE: { min: 'scoreMin', max: 'scoreMax' },
  TRL: { min: 'trlMin', max: 'trlMax' },
};

/** The range a bucket value of a range facet stands for; null for a value the portal does not know. */
export function bucketRange(facet: RangeFacet, value: string): BucketRange | null {
  if (facet === 'TRL') {
    const level = /^[1-9]$/.test(value) ? Number(value) : null;
    return level === null ? null : { min: level, max: level };
  }
  return (facet === 'FUNDING' ? FUNDING_BUCKETS : SCORE_BUCKETS)[value] ?? null;
}

export function rangeOf(state: SearchState, facet: RangeFacet): BucketRange {
  return { min: state[KEYS[facet].min], max: state[KEYS[facet].max] };
}

export function withRange(state: SearchState, facet: RangeFacet, range: BucketRange): SearchState {
  return { ...state, [KEYS[facet].min]: range.min, [KEYS[facet].max]: range.max };
}

/** True when the range filter is exactly this bucket. */
export function isBucketSelected(state: SearchState, facet: RangeFacet, value: string): boolean {
  const bucket = bucketRange(facet, value);
  const range = rangeOf(state, facet);
  return !!bucket && bucket.min === range.min && bucket.max === range.max;
}

/** Choosing a bucket sets the range to it; choosing the chosen one clears the range. */
export function toggleBucket(state: SearchState, facet: RangeFacet, value: string): SearchState {
  const bucket = bucketRange(facet, value);
  if (!bucket) return state;
  return isBucketSelected(state, facet, value)
    ? withRange(state, facet, { min: null, max: null })
    : withRange(state, facet, bucket);
}
