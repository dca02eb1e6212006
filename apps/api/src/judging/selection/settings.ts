/** Validation of the edition's selection settings (malformed settings are a caller bug: throw). */
import { FinalSettings, SelectionInputError, SelectionSettings } from './selection.types';

const METHODS = ['JUDGE_EFFECTS', 'ZSCORE', 'RAW'];
const RULES = ['LEAVE_EMPTY', 'REDISTRIBUTE'];

function requireCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new SelectionInputError(`${name} must be a non-negative integer`);
  }
}

export function validateFinalSettings(settings: FinalSettings): void {
  if (!METHODS.includes(settings.method)) throw new SelectionInputError('Unknown normalisation method');
  requireCount('minReviews', settings.minReviews);
  requireCount('zscoreMinScores', settings.zscoreMinScores);
}

export function validateSettings(settings: SelectionSettings): void {
  validateFinalSettings(settings);
  if (!RULES.includes(settings.unfilledSlotRule)) throw new SelectionInputError('Unknown unfilled-slot rule');
  requireCount('finalistTotal', settings.finalistTotal);
  requireCount('perFieldCap', settings.perFieldCap);
  requireCount('bootstrapRounds', settings.bootstrapRounds);
  if (!Number.isFinite(settings.seed)) throw new SelectionInputError('seed must be a finite number');
}

/** A project needs at least one review to be ranked, whatever minReviews says. */
export function eligibility(reviewStart: Int32Array, minReviews: number): Uint8Array {
  const n = reviewStart.length - 1;
  const eligible = new Uint8Array(n);
  const min = Math.max(1, minReviews);
  for (let i = 0; i < n; i++) eligible[i] = reviewStart[i + 1] - reviewStart[i] >= min ? 1 : 0;
  return eligible;
}
