/** Turns the indexed selection into the public outcome per project and field, with explanations. */
import { NEAR_TIE_HIGH, NEAR_TIE_LOW, part, round1, round2 } from './explain';
import { Normalized } from './normalization';
import { IndexedOverrides, OVERRIDE_EXCLUDE, Problem } from './problem';
import { PICK_NONE, PICK_OVERRIDE, PICK_REDISTRIBUTED, PICK_REMAINDER, QuotaResult } from './quota-pick';
import { Ranking } from './ranking';
import {
  ExplanationPart,
  FieldSummary,
  JudgeEffect,
  OutcomeReason,
  ProjectOutcome,
  SelectionSettings,
} from './selection.types';

export interface SelectionState {
  problem: Problem;
  settings: SelectionSettings;
  normalized: Normalized;
  eligible: Uint8Array;
  ranking: Ranking;
  quota: QuotaResult;
  overrides: IndexedOverrides;
  /** null when the bootstrap is off */
  probability: Float64Array | null;
}

const nullIfNaN = (x: number): number | null => (x === x ? x : null);

export function projectOutcomes(state: SelectionState): ProjectOutcome[] {
  const { problem, ranking } = state;
  const n = problem.projectIds.length;
  const context = decisionContext(state);
  const out: ProjectOutcome[] = [];
  const push = (i: number) => out.push(projectOutcome(state, context, i));
  for (let k = 0; k < ranking.order.length; k++) push(ranking.order[k]);
  for (let i = 0; i < n; i++) if (ranking.rankOverall[i] === 0) push(i);
  return out;
}

interface DecisionContext {
  /** worst rank in field among the field's selected ranked projects, per field */
  lastRankInField: Int32Array;
  lastRankOverall: number;
  remainder: number;
  unfilled: number;
}

function decisionContext(state: SelectionState): DecisionContext {
  const { problem, ranking, quota, settings } = state;
  const lastRankInField = new Int32Array(problem.fieldIds.length);
  let lastRankOverall = 0;
  for (let i = 0; i < problem.projectIds.length; i++) {
    if (quota.pick[i] === PICK_NONE || ranking.rankOverall[i] === 0) continue;
    const f = problem.projectField[i];
    lastRankInField[f] = Math.max(lastRankInField[f], ranking.rankInField[i]);
    lastRankOverall = Math.max(lastRankOverall, ranking.rankOverall[i]);
  }
  let unfilled = 0;
  for (let f = 0; f < problem.fieldIds.length; f++)
    unfilled += Math.max(0, quota.share - quota.fieldSelected[f]);
  return {
    lastRankInField,
    lastRankOverall,
    remainder: settings.finalistTotal - quota.share * problem.fieldIds.length,
    unfilled,
  };
}

function projectOutcome(state: SelectionState, context: DecisionContext, i: number): ProjectOutcome {
  const { problem, normalized, ranking, quota, settings, probability } = state;
  const field = problem.fieldIds[problem.projectField[i]];
  const reviewCount = problem.reviewStart[i + 1] - problem.reviewStart[i];
  const rawMean = nullIfNaN(normalized.rawMean[i]);
  const quality = nullIfNaN(normalized.quality[i]);
  const ranked = ranking.rankOverall[i] > 0;
  const belowMinReviews = !state.eligible[i];
  const p = probability ? probability[i] : null;
  const nearTie = p !== null && p >= NEAR_TIE_LOW && p <= NEAR_TIE_HIGH;
  const reason = reasonOf(state, i);

  const explanation: ExplanationPart[] = [];
  if (ranked && quality !== null) {
    explanation.push(
      part('selection.explain.rank', {
        rankInField: ranking.rankInField[i],
        field,
        rankOverall: ranking.rankOverall[i],
        quality: round1(quality),
        method: settings.method,
      }),
    );
  }
  if (belowMinReviews) {
    explanation.push(
      part('selection.explain.belowMinReviews', {
        reviewCount,
        minReviews: Math.max(1, settings.minReviews),
      }),
    );
  }
  if (rawMean !== null)
    explanation.push(part('selection.explain.reviews', { reviewCount, rawMean: round1(rawMean) }));
  if (p !== null) {
    explanation.push(part('selection.explain.probability', { p: round2(p) }));
    if (nearTie) {
      explanation.push(
        part('selection.explain.nearTie', { p: round2(p), low: NEAR_TIE_LOW, high: NEAR_TIE_HIGH }),
      );
    }
  }
  explanation.push(...decisionParts(state, context, i, reason));

  return {
    projectId: problem.projectIds[i],
    fieldId: field,
    reviewCount,
    rawMean,
    quality,
    rankInField: ranked ? ranking.rankInField[i] : null,
    rankOverall: ranked ? ranking.rankOverall[i] : null,
    belowMinReviews,
    selected: quota.pick[i] !== PICK_NONE,
    reason,
    finalistProbability: p,
    nearTie,
    explanation,
  };
}

function reasonOf(state: SelectionState, i: number): OutcomeReason {
  const { problem, quota, settings, overrides } = state;
  switch (quota.pick[i]) {
    case PICK_OVERRIDE:
      return 'SELECTED_BY_OVERRIDE';
    case PICK_REDISTRIBUTED:
      return 'SELECTED_REDISTRIBUTED';
    case PICK_NONE:
      break;
    default:
      return 'SELECTED';
  }
  if (overrides.decision[i] === OVERRIDE_EXCLUDE) return 'EXCLUDED_BY_OVERRIDE';
  if (!state.eligible[i]) return 'BELOW_MIN_REVIEWS';
  if (quota.fieldSelected[problem.projectField[i]] >= settings.perFieldCap) return 'FIELD_CAP_REACHED';
  if (quota.totalSelected >= settings.finalistTotal) return 'TOTAL_REACHED';
  return 'FIELD_SHARE_REACHED';
}

function decisionParts(
  state: SelectionState,
  context: DecisionContext,
  i: number,
  reason: OutcomeReason,
): ExplanationPart[] {
  const { problem, quota, settings, overrides, ranking } = state;
  const f = problem.projectField[i];
  const field = problem.fieldIds[f];
  const written = overrides.reason.get(i) ?? '';
  switch (reason) {
    case 'SELECTED_BY_OVERRIDE': {
      const parts = [part('selection.explain.selected.override', { reason: written })];
      if (quota.fieldSelected[f] > settings.perFieldCap) {
        parts.push(
          part('selection.explain.override.aboveCap', {
            field,
            cap: settings.perFieldCap,
            selectedInField: quota.fieldSelected[f],
          }),
        );
      }
      if (quota.totalSelected > settings.finalistTotal) {
        parts.push(
          part('selection.explain.override.aboveTotal', {
            total: settings.finalistTotal,
            selected: quota.totalSelected,
          }),
        );
      }
      return parts;
    }
    case 'SELECTED':
      return quota.pick[i] === PICK_REMAINDER
        ? [part('selection.explain.selected.remainder', { remainder: context.remainder })]
        : [
            part('selection.explain.selected.share', {
              field,
              share: quota.share,
              rankInField: ranking.rankInField[i],
            }),
          ];
    case 'SELECTED_REDISTRIBUTED':
      return [part('selection.explain.selected.redistributed', { unfilled: context.unfilled })];
    case 'EXCLUDED_BY_OVERRIDE':
      return [part('selection.explain.excluded', { reason: written })];
    case 'BELOW_MIN_REVIEWS':
      return [];
    case 'FIELD_CAP_REACHED':
      return [
        part('selection.explain.notSelected.fieldCap', {
          field,
          cap: settings.perFieldCap,
          lastRank: context.lastRankInField[f],
        }),
      ];
    case 'TOTAL_REACHED':
      return [
        part('selection.explain.notSelected.total', {
          total: settings.finalistTotal,
          lastRank: context.lastRankOverall,
        }),
      ];
    case 'FIELD_SHARE_REACHED':
      return [
        part('selection.explain.notSelected.fieldShare', {
          field,
          share: quota.share,
          lastRank: context.lastRankInField[f],
        }),
      ];
  }
}

export function fieldSummaries(state: SelectionState): FieldSummary[] {
  const { problem, quota, overrides, eligible } = state;
  const eligibleInField = new Int32Array(problem.fieldIds.length);
  for (let i = 0; i < problem.projectIds.length; i++) {
    if (eligible[i] && overrides.decision[i] !== OVERRIDE_EXCLUDE) eligibleInField[problem.projectField[i]]++;
  }
  return problem.fieldIds.map((fieldId, f) => ({
    fieldId,
    share: quota.share,
    selected: quota.fieldSelected[f],
    eligible: eligibleInField[f],
    unfilled: Math.max(0, quota.share - quota.fieldSelected[f]),
  }));
}

export function judgeEffects(problem: Problem, normalized: Normalized): JudgeEffect[] {
  const { scoreCount, offset, scale, leftRaw } = normalized.judges;
  return problem.judgeIds.map((judgeId, j) => ({
    judgeId,
    scoreCount: scoreCount[j],
    offset: offset[j],
    scale: scale[j],
    leftRaw: leftRaw[j] === 1,
  }));
}
