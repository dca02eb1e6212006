import {
  ELIGIBILITY_RULE_KEYS,
  EligibilityRuleKey,
  Locale,
  PROJECT_STAGES,
  ProjectStage,
} from '@bridge/contracts';
import type { TranslationKey, TranslationParams } from '../../../core/i18n';
import { projectLabels } from '../../projects/data/project-labels';
import { formatMinor } from './money';
import type { EligibilityRuleView, OfferEligibilityView } from './landing.types';

/** ✓ met, ✗ not met, ? the project does not say (e.g. no founding year). */
export type RuleState = 'met' | 'unmet' | 'unknown';

export interface RuleContext {
  t(key: TranslationKey, params?: TranslationParams): string;
  locale: Locale;
  /** The name of a field in the UI language, by code. */
  fieldName(code: string): string;
}

export interface RenderedRule {
  key: string;
  state: RuleState;
  symbol: '✓' | '✗' | '?';
  /** What the offer asks, in the UI language. */
  text: string;
  /** What the project has, when the API says; empty otherwise. */
  actual: string;
}

const SYMBOLS: Record<RuleState, RenderedRule['symbol']> = { met: '✓', unmet: '✗', unknown: '?' };

export const isRuleKey = (key: string): key is EligibilityRuleKey =>
  (ELIGIBILITY_RULE_KEYS as readonly string[]).includes(key);
const isStage = (value: unknown): value is ProjectStage => PROJECT_STAGES.includes(value as ProjectStage);
const asNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function ruleState(met: boolean | null | undefined): RuleState {
  return met === true ? 'met' : met === false ? 'unmet' : 'unknown';
}

function list(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' }).format(items);
}

/**
 * What the rule asks, as shown: stages and fields translated, money in dollars, open ends as the end
 * of the scale. Parameters as the API sends them (apps/api/src/landing/eligibility.ts): COMPANY_AGE
 * `max`, STAGE and FIELD `allowed`, TRL and FUNDING_ASK `min`/`max`; every rule `actual`.
 */
export function ruleParams(
  key: EligibilityRuleKey,
  raw: unknown,
  context: RuleContext,
): Record<string, string> {
  const params = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const number = (value: unknown, open: string) => {
    const n = asNumber(value);
    return n === null ? open : new Intl.NumberFormat(context.locale).format(n);
  };
  const usd = (value: unknown, open: string) => {
    const n = asNumber(value);
    return n === null ? open : formatMinor(n, 'USD', context.locale);
  };
  switch (key) {
    case 'COMPANY_AGE':
      return { max: number(params['max'], '∞') };
    case 'STAGE':
      return {
        stages: list(
          asList(params['allowed'])
            .filter(isStage)
            .map((stage) => context.t(projectLabels.stage(stage))),
          context.locale,
        ),
      };
    case 'TRL':
      return { min: number(params['min'], '1'), max: number(params['max'], '9') };
    case 'FUNDING_ASK':
      return { min: usd(params['min'], usd(0, '')), max: usd(params['max'], '∞') };
    case 'FIELD':
      return {
        fields: list(
          asList(params['allowed'])
            .filter((code): code is string => typeof code === 'string')
            .map((code) => context.fieldName(code)),
          context.locale,
        ),
      };
  }
}

/** What the project has (`actual`), in the UI language; empty when the API does not know it. */
export function ruleActual(key: EligibilityRuleKey, raw: unknown, context: RuleContext): string {
  const params = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const value = params['actual'];
  if (value === null || value === undefined) return '';
  if (key === 'STAGE') return isStage(value) ? context.t(projectLabels.stage(value)) : '';
  if (key === 'FIELD') return typeof value === 'string' ? context.fieldName(value) : '';
  const n = asNumber(value);
  if (n === null) return '';
  return key === 'FUNDING_ASK'
    ? formatMinor(n, 'USD', context.locale)
    : new Intl.NumberFormat(context.locale).format(n);
}

/** One rule in the UI language; a key this portal does not know yet shows as itself. */
export function renderRule(rule: EligibilityRuleView, context: RuleContext): RenderedRule {
  const state = ruleState(rule.met);
  if (!isRuleKey(rule.key))
    return { key: rule.key, state, symbol: SYMBOLS[state], text: rule.key, actual: '' };
  const text = context.t(`landing.rule.${rule.key}`, ruleParams(rule.key, rule.params, context));
  const actual = ruleActual(rule.key, rule.params, context);
  return {
    key: rule.key,
    state,
    symbol: SYMBOLS[state],
    text,
    actual: actual ? context.t('landing.ruleActual', { value: actual }) : '',
  };
}

/** How many rules are met / not met / unknown. */
export function ruleCounts(rules: readonly EligibilityRuleView[]): Record<RuleState, number> {
  const counts: Record<RuleState, number> = { met: 0, unmet: 0, unknown: 0 };
  for (const rule of rules) counts[ruleState(rule.met)]++;
  return counts;
}

/**
 * The finder's order: eligible offers first; then those with fewest unmet rules; then the nearest
 * deadline (offers without one last); stable otherwise.
 */
export function eligibleFirst<T extends OfferEligibilityView>(items: readonly T[]): T[] {
  const deadline = (item: T) =>
    item.offer.deadline ? Date.parse(item.offer.deadline) : Number.POSITIVE_INFINITY;
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        Number(b.item.eligibility.eligible) - Number(a.item.eligibility.eligible) ||
        ruleCounts(a.item.eligibility.rules).unmet - ruleCounts(b.item.eligibility.rules).unmet ||
        deadline(a.item) - deadline(b.item) ||
        a.index - b.index,
    )
    .map(({ item }) => item);
}
