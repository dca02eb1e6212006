/**
 * Translation keys of the reasons Bridge gives for a recommendation (computed by the API's
 * recommendations module, rendered by the portal in zh-CN, en and ru). A reason is a key, whether the
 * project meets the organisation's preference (`met`: show ✓ or ✗), and parameters. Each key lists
 * its parameters and an English template for the translators.
 *
 * Parameters: `field` is a field code (e.g. `AI`); `stage` a ProjectStage; `kinds` a list of
 * SeekingKind (what the project seeks that the organisation offers when met, else everything it
 * seeks); `amount`, `min` and `max` of the ticket are USD cents (`min`/`max` may be null: an open
 * end); `min`/`max` of the TRL may be null too; `city` the project's city as written. The bonus
 * reasons (`finalist`, `award`, `rank`) only appear when they hold, always with `met: true`.
 */
export interface FitReasonKeySpec {
  params: readonly string[];
  en: string;
}

export const FIT_REASON_KEYS = {
  'recommendations.reason.field': { params: ['field'], en: 'field {field}' },
  'recommendations.reason.stage': { params: ['stage'], en: 'stage {stage}' },
  'recommendations.reason.trl': { params: ['trl', 'min', 'max'], en: 'TRL {trl} (your range {min}–{max})' },
  'recommendations.reason.ticket': {
    params: ['amount', 'min', 'max'],
    en: 'asks {amount} (your range {min}–{max})',
  },
  'recommendations.reason.offers': { params: ['kinds'], en: 'seeks {kinds}' },
  'recommendations.reason.city': { params: ['city'], en: 'in {city}' },
  'recommendations.reason.finalist': { params: [], en: 'finalist' },
  'recommendations.reason.award': { params: ['place'], en: 'award place {place}' },
  'recommendations.reason.rank': { params: ['rank', 'field'], en: 'rank {rank} in {field}' },
} as const satisfies Record<string, FitReasonKeySpec>;

export type FitReasonKey = keyof typeof FIT_REASON_KEYS;
