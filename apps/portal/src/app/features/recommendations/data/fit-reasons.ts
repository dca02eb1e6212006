import {
  FIT_REASON_KEYS,
  FitReasonKey,
  Locale,
  PROJECT_STAGES,
  ProjectStage,
  SEEKING_KINDS,
  SeekingKind,
} from '@bridge/contracts';
import type { TranslationKey, TranslationParams } from '../../../core/i18n';
import { projectLabels } from '../../projects/data/project-labels';
import { formatUsdCents } from './ticket';

/**
 * Every reason key of the API is a translation key: this fails to compile when a key of
 * FIT_REASON_KEYS has no English text (and the dictionaries' types then demand zh-CN and ru).
 */
export function fitReasonKey(key: FitReasonKey): TranslationKey {
  return key;
}

/** One reason as the API sends it (`FitReason`). */
export interface FitReasonLike {
  key: string;
  met: boolean;
  params?: unknown;
}

export interface FitReasonContext {
  t(key: TranslationKey, params?: TranslationParams): string;
  locale: Locale;
  /** The name of a field in the UI language, by code. */
  fieldName(code: string): string;
}

/** A reason ready to show: the sentence, and whether it is met (✓) or not (✗). */
export interface RenderedReason {
  key: string;
  met: boolean;
  text: string;
}

const isReasonKey = (key: string): key is FitReasonKey =>
  Object.prototype.hasOwnProperty.call(FIT_REASON_KEYS, key);
const isStage = (value: unknown): value is ProjectStage => PROJECT_STAGES.includes(value as ProjectStage);
const isSeeking = (value: unknown): value is SeekingKind => SEEKING_KINDS.includes(value as SeekingKind);
const asNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

function list(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** TRL bounds: an open end shows as the end of the scale (1–9). */
const TRL_OPEN = { min: 1, max: 9 } as const;

/** The parameters as shown: fields by name, stages and kinds translated, money in dollars. */
export function fitReasonParams(
  key: FitReasonKey,
  raw: unknown,
  context: FitReasonContext,
): Record<string, string> {
  const params = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const number = (value: unknown) =>
    asNumber(value) === null ? '' : new Intl.NumberFormat(context.locale).format(value as number);
  const money = (value: unknown, open: string) => {
    const cents = asNumber(value);
    return cents === null ? open : formatUsdCents(cents, context.locale);
  };
  const shown: Record<string, string> = {};
  for (const name of FIT_REASON_KEYS[key].params) {
    const value = params[name];
    if (name === 'field') shown[name] = typeof value === 'string' ? context.fieldName(value) : '';
    else if (name === 'stage') shown[name] = isStage(value) ? context.t(projectLabels.stage(value)) : '';
    else if (name === 'kinds') {
      const kinds = (Array.isArray(value) ? value : []).filter(isSeeking);
      shown[name] = list(
        kinds.map((kind) => context.t(projectLabels.seeking(kind))),
        context.locale,
      );
    } else if (key === 'recommendations.reason.ticket' && name !== 'amount') {
      shown[name] = money(value, name === 'min' ? money(0, '') : '∞');
    } else if (name === 'amount') shown[name] = money(value, '');
    else if (key === 'recommendations.reason.trl' && (name === 'min' || name === 'max')) {
      shown[name] = number(asNumber(value) ?? TRL_OPEN[name]);
    } else if (typeof value === 'number') shown[name] = number(value);
    else shown[name] = value === null || value === undefined ? '' : String(value);
  }
  return shown;
}

/** A reason in the UI language; a key this portal does not know yet shows as itself. */
export function renderFitReason(reason: FitReasonLike, context: FitReasonContext): RenderedReason {
  const text = isReasonKey(reason.key)
    ? context.t(fitReasonKey(reason.key), fitReasonParams(reason.key, reason.params, context))
    : reason.key;
  return { key: reason.key, met: reason.met, text };
}

/** The fit (0–100 from the API) clamped for the bar. */
export function fitPercent(fit: number | null | undefined): number {
  if (typeof fit !== 'number' || !Number.isFinite(fit)) return 0;
  return Math.min(100, Math.max(0, Math.round(fit)));
}
