import { ENGAGEMENT_KINDS, ENGAGEMENT_STAGES, EngagementKind, EngagementStage } from '@bridge/contracts';
import type { TranslationKey } from '../../../core/i18n';
import type { SortColumn } from './stages';

const STAGES = new Set<string>(ENGAGEMENT_KINDS.flatMap((kind) => ENGAGEMENT_STAGES[kind]));
const ORIGINS = ['INTRODUCTION', 'LANDING_APPLICATION', 'MANUAL'] as const;
type Origin = (typeof ORIGINS)[number];

/** Translation keys of the engagement enums, typed so that a missing label fails to compile. */
export const engagementLabels = {
  kind: (kind: EngagementKind): TranslationKey => `engagements.kind.${kind}`,
  column: (column: SortColumn): TranslationKey => `engagements.column.${column}`,
  /** A stage this portal does not know shows as its code. */
  stage: (stage: string): TranslationKey | null =>
    STAGES.has(stage) ? (`engagements.stage.${stage as EngagementStage}` as TranslationKey) : null,
  origin: (origin: string): TranslationKey | null =>
    (ORIGINS as readonly string[]).includes(origin) ? `engagements.origin.${origin as Origin}` : null,
} as const;
