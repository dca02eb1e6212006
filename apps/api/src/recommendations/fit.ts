import type { FitReasonKey, ProjectStage, ProjectStatus, SeekingKind } from '@bridge/contracts';
import { cityKey } from '../search/audience';

/**
 * How well a project fits an organisation's stated preferences (investors, parks, R&D partners):
 * a number 0–100 and the reasons behind it. Pure and deterministic; used by recommendations and
 * by the matchmaking inbox.
 *
 * - Each criterion has a weight (CRITERION_WEIGHTS, summing to 100). Only the criteria the
 *   organisation stated count: `CRITERIA_POINTS × (weights met / weights stated)`. A criterion
 *   without a stated preference neither adds nor subtracts; preferences that state nothing give 0
 *   here (nothing in particular fits them).
 * - A stated criterion whose value the viewer may not see (or the project did not give) earns
 *   nothing and shows no reason: Bridge does not claim what it cannot show.
 * - Bonuses for proven quality, shown as reasons: finalist, award place, a top rank in its field
 *   (BONUS_POINTS at most). The total is capped at 100 and rounded.
 */
export interface FitPreferences {
  fieldCodes: readonly string[];
  stages: readonly ProjectStage[];
  trlMin: number | null;
  trlMax: number | null;
  /** USD equivalent in cents. */
  ticketMinUsd: number | null;
  ticketMaxUsd: number | null;
  /** What the organisation offers, matched against what the project seeks. */
  offers: readonly SeekingKind[];
  /** City names, or city keys of the search CITY facet. */
  cities: readonly string[];
}

/** A project as the viewer may see it: null (or a null list) is a value hidden from them or not given. */
export interface FitCandidate {
  fieldCode: string | null;
  status: ProjectStatus;
  city: string | null;
  trl: number | null;
  stage: ProjectStage | null;
  seeking: readonly SeekingKind[] | null;
  /** USD equivalent in cents. */
  fundingAskUsdMinor: number | null;
  rankInField: number | null;
  awardPlace: number | null;
}

export type FitParamValue = string | number | null | readonly string[];

export interface FitReason {
  key: FitReasonKey;
  met: boolean;
  params: Record<string, FitParamValue>;
}

export interface Fit {
  /** 0–100. */
  fit: number;
  reasons: FitReason[];
}

export type Criterion = 'field' | 'stage' | 'trl' | 'ticket' | 'offers' | 'city';

export const CRITERION_WEIGHTS: Readonly<Record<Criterion, number>> = {
  field: 30,
  ticket: 20,
  stage: 15,
  trl: 15,
  offers: 15,
  city: 5,
};

/** Points the stated criteria share; the rest is for the bonuses. */
export const CRITERIA_POINTS = 85;
export const BONUS_POINTS = 100 - CRITERIA_POINTS;

export const FINALIST_BONUS = 5;
/** By award place (1st, 2nd, 3rd); any later place earns the last. */
export const AWARD_BONUS: readonly number[] = [6, 5, 4, 3];
/** By rank in the field (1st … 5th); later ranks earn nothing and show no reason. */
export const RANK_BONUS: readonly number[] = [4, 3, 2, 1, 1];

const FINALIST_STATUSES: ReadonlySet<ProjectStatus> = new Set(['FINALIST', 'AWARDED']);
const CITY_KEY = /^[0-9a-f]{16}$/;

type Check = { met: boolean; params: Record<string, FitParamValue> } | null;

/** One criterion: not stated, or stated with a check (null when the value is hidden or not given). */
type Outcome = { stated: false } | { stated: true; check: Check };

function fieldOf(p: FitPreferences, c: FitCandidate): Outcome {
  if (!p.fieldCodes.length) return { stated: false };
  if (!c.fieldCode) return { stated: true, check: null };
  return { stated: true, check: { met: p.fieldCodes.includes(c.fieldCode), params: { field: c.fieldCode } } };
}

function stageOf(p: FitPreferences, c: FitCandidate): Outcome {
  if (!p.stages.length) return { stated: false };
  if (!c.stage) return { stated: true, check: null };
  return { stated: true, check: { met: p.stages.includes(c.stage), params: { stage: c.stage } } };
}

function trlOf(p: FitPreferences, c: FitCandidate): Outcome {
  if (p.trlMin === null && p.trlMax === null) return { stated: false };
  if (c.trl === null) return { stated: true, check: null };
  const met = c.trl >= (p.trlMin ?? 1) && c.trl <= (p.trlMax ?? 9);
  return { stated: true, check: { met, params: { trl: c.trl, min: p.trlMin, max: p.trlMax } } };
}

function ticketOf(p: FitPreferences, c: FitCandidate): Outcome {
  if (p.ticketMinUsd === null && p.ticketMaxUsd === null) return { stated: false };
  const amount = c.fundingAskUsdMinor;
  if (amount === null) return { stated: true, check: null };
  const met = amount >= (p.ticketMinUsd ?? 0) && (p.ticketMaxUsd === null || amount <= p.ticketMaxUsd);
  return { stated: true, check: { met, params: { amount, min: p.ticketMinUsd, max: p.ticketMaxUsd } } };
}

function offersOf(p: FitPreferences, c: FitCandidate): Outcome {
  if (!p.offers.length) return { stated: false };
  if (c.seeking === null) return { stated: true, check: null };
  const both = c.seeking.filter((kind) => p.offers.includes(kind));
  return {
    stated: true,
    check: both.length
      ? { met: true, params: { kinds: both } }
      : { met: false, params: { kinds: [...c.seeking] } },
  };
}

function cityOf(p: FitPreferences, c: FitCandidate): Outcome {
  if (!p.cities.length) return { stated: false };
  const key = cityKey(c.city);
  if (!key || !c.city) return { stated: true, check: null };
  const wanted = new Set(p.cities.map((city) => (CITY_KEY.test(city) ? city : cityKey(city))));
  return { stated: true, check: { met: wanted.has(key), params: { city: c.city } } };
}

const CRITERIA: ReadonlyArray<readonly [Criterion, (p: FitPreferences, c: FitCandidate) => Outcome]> = [
  ['field', fieldOf],
  ['stage', stageOf],
  ['trl', trlOf],
  ['ticket', ticketOf],
  ['offers', offersOf],
  ['city', cityOf],
];

export function fitOf(preferences: FitPreferences, candidate: FitCandidate): Fit {
  const reasons: FitReason[] = [];
  let stated = 0;
  let met = 0;
  for (const [criterion, outcome] of CRITERIA) {
    const result = outcome(preferences, candidate);
    if (!result.stated) continue;
    stated += CRITERION_WEIGHTS[criterion];
    if (!result.check) continue;
    if (result.check.met) met += CRITERION_WEIGHTS[criterion];
    reasons.push({ key: `recommendations.reason.${criterion}`, ...result.check });
  }
  let bonus = 0;
  if (FINALIST_STATUSES.has(candidate.status)) {
    bonus += FINALIST_BONUS;
    reasons.push({ key: 'recommendations.reason.finalist', met: true, params: {} });
  }
  if (candidate.awardPlace !== null && candidate.awardPlace >= 1) {
    bonus += AWARD_BONUS[Math.min(candidate.awardPlace, AWARD_BONUS.length) - 1];
    reasons.push({ key: 'recommendations.reason.award', met: true, params: { place: candidate.awardPlace } });
  }
  const rank = candidate.rankInField;
  if (rank !== null && rank >= 1 && rank <= RANK_BONUS.length && candidate.fieldCode) {
    bonus += RANK_BONUS[rank - 1];
    reasons.push({
      key: 'recommendations.reason.rank',
      met: true,
      params: { rank, field: candidate.fieldCode },
    });
  }
  const criteria = stated ? (CRITERIA_POINTS * met) / stated : 0;
  return { fit: Math.max(0, Math.min(100, Math.round(criteria + Math.min(bonus, BONUS_POINTS)))), reasons };
}

/** What orders recommendations: best fit first, then the higher visible score, then the newest. */
export interface Ranked {
  projectId: string;
  fit: number;
  score: number | null;
  createdAt: Date;
}

export function compareRanked(a: Ranked, b: Ranked): number {
  if (a.fit !== b.fit) return b.fit - a.fit;
  if (a.score !== b.score) {
    if (a.score === null) return 1;
    if (b.score === null) return -1;
    return b.score - a.score;
  }
  const age = b.createdAt.getTime() - a.createdAt.getTime();
  if (age) return age;
  return a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0;
}
