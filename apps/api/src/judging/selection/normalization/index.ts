/** Dispatches to the edition's normalisation method. */
import { Problem } from '../problem';
import { NormalizationMethod } from '../selection.types';
import { JudgeEffectsOptions, fitJudgeEffects } from './judge-effects';
import { Normalized } from './normalized';
import { normalizeRaw } from './raw';
import { normalizeZscore } from './zscore';

export interface NormalizeOptions {
  zscoreMinScores: number;
  judgeEffects?: Partial<JudgeEffectsOptions>;
}

export function normalize(
  problem: Problem,
  method: NormalizationMethod,
  options: NormalizeOptions,
): Normalized {
  switch (method) {
    case 'JUDGE_EFFECTS':
      return fitJudgeEffects(problem, options.judgeEffects);
    case 'ZSCORE':
      return normalizeZscore(problem, options.zscoreMinScores);
    case 'RAW':
      return normalizeRaw(problem);
  }
}

export * from './judge-effects';
export * from './normalized';
export * from './raw';
export * from './zscore';
