import type { LocalizedText } from './localized-text';

/** Stages of an edition, in timeline order. SETUP: being prepared, not public yet. */
export const COMPETITION_STAGES = [
  'SETUP',
  'REGISTRATION',
  'PRELIMINARY_REVIEW',
  'FINALISTS_ANNOUNCED',
  'FINAL',
  'AWARDS',
  'MATCHMAKING',
] as const;
export type CompetitionStage = (typeof COMPETITION_STAGES)[number];

/** Stages an organizer moves to by hand; the others are reached by publishing results. */
export const MANUAL_STAGE_STEPS: ReadonlyArray<[CompetitionStage, CompetitionStage]> = [
  ['SETUP', 'REGISTRATION'],
  ['REGISTRATION', 'PRELIMINARY_REVIEW'],
  ['FINALISTS_ANNOUNCED', 'FINAL'],
  ['AWARDS', 'MATCHMAKING'],
];

/** What may happen in which stage. Anything else is refused with errors.competition.wrongStage. */
export const STAGE_ACTIONS = {
  EDIT_SETTINGS: ['SETUP', 'REGISTRATION'],
  EDIT_FIELDS: ['SETUP', 'REGISTRATION'],
  EDIT_PROJECT: ['REGISTRATION'],
  SUBMIT_PROJECT: ['REGISTRATION'],
  WITHDRAW_PROJECT: ['REGISTRATION', 'PRELIMINARY_REVIEW', 'FINALISTS_ANNOUNCED', 'FINAL'],
  IMPORT_APPLICATIONS: ['SETUP', 'REGISTRATION', 'PRELIMINARY_REVIEW'],
  EDIT_PRELIMINARY_CRITERIA: ['SETUP', 'REGISTRATION'],
  EDIT_FINAL_CRITERIA: ['SETUP', 'REGISTRATION', 'PRELIMINARY_REVIEW', 'FINALISTS_ANNOUNCED'],
  MANAGE_JUDGES: ['SETUP', 'REGISTRATION', 'PRELIMINARY_REVIEW', 'FINALISTS_ANNOUNCED', 'FINAL'],
  ASSIGN_PRELIMINARY: ['PRELIMINARY_REVIEW'],
  SCORE_PRELIMINARY: ['PRELIMINARY_REVIEW'],
  RUN_SELECTION: ['PRELIMINARY_REVIEW'],
  ASSIGN_FINAL: ['FINAL'],
  SCORE_FINAL: ['FINAL'],
  RUN_FINAL_RANKING: ['FINAL'],
} as const satisfies Record<string, readonly CompetitionStage[]>;
export type StageAction = keyof typeof STAGE_ACTIONS;

export function stageAllows(stage: CompetitionStage, action: StageAction): boolean {
  return (STAGE_ACTIONS[action] as readonly CompetitionStage[]).includes(stage);
}

export const JUDGING_ROUNDS = ['PRELIMINARY', 'FINAL'] as const;
export type JudgingRound = (typeof JUDGING_ROUNDS)[number];

export const NORMALIZATION_METHODS = ['JUDGE_EFFECTS', 'ZSCORE', 'RAW'] as const;
export type NormalizationMethodName = (typeof NORMALIZATION_METHODS)[number];

export const UNFILLED_SLOT_RULES = ['LEAVE_EMPTY', 'REDISTRIBUTE'] as const;
export type UnfilledSlotRuleName = (typeof UNFILLED_SLOT_RULES)[number];

export const PROJECT_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'FINALIST',
  'NOT_SELECTED',
  'AWARDED',
  'WITHDRAWN',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_STAGES = ['IDEA', 'PROTOTYPE', 'MVP', 'EARLY_REVENUE', 'GROWTH', 'SCALING'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const SEEKING_KINDS = ['INVESTMENT', 'RD_PARTNER', 'CUSTOMERS', 'LANDING'] as const;
export type SeekingKind = (typeof SEEKING_KINDS)[number];

export const CURRENCIES = ['CNY', 'RUB', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Reference rates to USD (DESIGN.md §5: filters and sorting use a USD equivalent). */
export const USD_PER_UNIT: Record<Currency, number> = { USD: 1, CNY: 0.14, RUB: 0.011 };

export function usdEquivalentMinor(amountMinor: number, currency: Currency): number {
  return Math.round(amountMinor * USD_PER_UNIT[currency]);
}

/** The 2020 call: 120 applications, 18 finalists, at most 6 per field, places 1–3. */
export const DEFAULT_COMPETITION_SETTINGS = {
  applicationTarget: 120,
  finalistTotal: 18,
  perFieldCap: 6,
  unfilledSlotRule: 'REDISTRIBUTE' as UnfilledSlotRuleName,
  minReviews: 3,
  awardPlaces: 3,
  normalizationMethod: 'JUDGE_EFFECTS' as NormalizationMethodName,
  zscoreMinScores: 5,
  reviewsPerProject: 3,
  judgeLoadLimit: 40,
  bootstrapRounds: 200,
};

export const DEFAULT_FIELDS: ReadonlyArray<{ code: string; name: LocalizedText }> = [
  { code: 'AI', name: { zh: '人工智能', en: 'Artificial intelligence', ru: 'Искусственный интеллект' } },
  { code: 'ROBOTICS', name: { zh: '机器人', en: 'Robotics', ru: 'Робототехника' } },
  {
    code: 'BIOTECH',
    name: { zh: '生物技术（食品科技）', en: 'Biotech / food tech', ru: 'Биотехнологии (фудтех)' },
  },
];
