import { Locale } from '@bridge/contracts';
import type { TranslationKey, TranslationParams } from '../../../core/i18n';
import { formatNumber } from './format';

/** One part of a selection explanation as the API sends it (`ExplanationPart`). */
export interface ExplanationPartLike {
  key: string;
  params: Readonly<Record<string, unknown>> | null | undefined;
}

export interface ExplanationContext {
  t(key: TranslationKey, params?: TranslationParams): string;
  has(key: string): key is TranslationKey;
  locale: Locale;
  /** The localized name of a field of the edition, by id. */
  fieldName(fieldId: string): string;
}

/** Rounded as the API rounds them (EXPLANATION_KEYS): qualities and means 1 decimal, probabilities 2. */
const DECIMALS: Readonly<Record<string, number>> = { quality: 1, rawMean: 1, p: 2, low: 2, high: 2 };

/** The parameters of a part as shown: field ids as names, methods translated, numbers per locale. */
export function explanationParams(
  params: ExplanationPartLike['params'],
  context: ExplanationContext,
): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (name === 'field') shown[name] = context.fieldName(String(value));
    else if (name === 'method') shown[name] = methodName(String(value), context);
    else if (typeof value === 'number') shown[name] = formatNumber(value, context.locale, DECIMALS[name]);
    else shown[name] = value === null || value === undefined ? '' : String(value);
  }
  return shown;
}

function methodName(method: string, context: ExplanationContext): string {
  const key = `selection.method.${method}`;
  return context.has(key) ? context.t(key) : method;
}

/** One part in the UI language; a key the portal does not know yet shows as itself. */
export function renderExplanationPart(part: ExplanationPartLike, context: ExplanationContext): string {
  const params = explanationParams(part.params, context);
  return context.has(part.key) ? context.t(part.key, params) : part.key;
}

/** The parts as one sentence: joined, capitalised and closed the way the language does it. */
export function renderExplanation(
  parts: readonly ExplanationPartLike[],
  context: ExplanationContext,
): string {
  const text = parts
    .map((part) => renderExplanationPart(part, context))
    .join(context.t('selection.format.separator'));
  if (!text) return '';
  const capitalised = text.charAt(0).toLocaleUpperCase(context.locale) + text.slice(1);
  // A written reason at the end may already close the sentence.
  return /[.!?。！？…]$/.test(capitalised) ? capitalised : capitalised + context.t('selection.format.end');
}

/** A tie-break key (SelectionRun.tieBreak) in the UI language. */
export function tieBreakLabel(key: string, context: Pick<ExplanationContext, 't' | 'has'>): string {
  return context.has(key) ? context.t(key) : key;
}
