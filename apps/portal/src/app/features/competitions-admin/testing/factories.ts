import { EXPLANATION_KEYS, ExplanationKey } from '@bridge/contracts';
import type { SelectionOutcome } from '../data/selection.api';

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${++sequence}`;

/** Sample values of every explanation parameter, as the API sends them (rounded numbers, field ids). */
export const SAMPLE_PARAMS: Readonly<Record<string, string | number>> = {
  rankInField: 2,
  field: 'field-ai',
  rankOverall: 5,
  quality: 71.25,
  method: 'JUDGE_EFFECTS',
  reviewCount: 3,
  rawMean: 7.14,
  minReviews: 3,
  p: 0.6349,
  low: 0.2,
  high: 0.8,
  share: 6,
  remainder: 1,
  unfilled: 2,
  reason: 'Strong pilot with a Harbin hospital',
  cap: 6,
  selectedInField: 7,
  total: 18,
  selected: 19,
  lastRank: 6,
};

/** A part of an explanation with sample values for every parameter of its key. */
export function anExplanationPart(key: ExplanationKey) {
  const params = Object.fromEntries(EXPLANATION_KEYS[key].params.map((name) => [name, SAMPLE_PARAMS[name]]));
  return { key, params };
}

export function anOutcome(overrides: Partial<SelectionOutcome> = {}): SelectionOutcome {
  return {
    projectId: nextId('project'),
    fieldId: 'field-ai',
    reviewCount: 3,
    rawMean: 7.1,
    quality: 70,
    rankInField: 1,
    rankOverall: 1,
    belowMinReviews: false,
    selected: true,
    reason: 'SELECTED',
    finalistProbability: 0.9,
    nearTie: false,
    explanation: [],
    ...overrides,
  };
}
