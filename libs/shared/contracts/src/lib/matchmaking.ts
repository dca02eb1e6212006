/**
 * Introductions, conversations and engagements (DESIGN.md §2): the vocabulary the API and the
 * portal share.
 */

/** Why a fund, park or R&D partner asks to meet a start-up. */
export const INTRODUCTION_PURPOSES = ['INVESTMENT', 'LANDING', 'RD_PARTNERSHIP', 'PILOT_CUSTOMER'] as const;
export type IntroductionPurpose = (typeof INTRODUCTION_PURPOSES)[number];

/** `PENDING → ACCEPTED | DECLINED | WITHDRAWN | EXPIRED`; only PENDING moves. */
export const INTRODUCTION_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED'] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

/** Reasons a start-up may give when it declines (optional). */
export const DECLINE_REASONS = ['NOT_A_FIT', 'TIMING', 'ALREADY_PARTNERED', 'NOT_RAISING', 'OTHER'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const ENGAGEMENT_KINDS = ['INVESTMENT', 'LANDING', 'RD_PARTNERSHIP', 'PILOT_CUSTOMER'] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

/** The stages of each engagement kind, in order; the last ones are terminal outcomes. */
export const ENGAGEMENT_STAGES = {
  INVESTMENT: ['INTRO', 'MEETING', 'DUE_DILIGENCE', 'TERM_SHEET', 'CLOSED_WON', 'CLOSED_LOST'],
  LANDING: [
    'INTEREST',
    'SITE_VISIT',
    'NEGOTIATION',
    'AGREEMENT_SIGNED',
    'COMPANY_REGISTERED',
    'OPERATING',
    'LOST',
  ],
  RD_PARTNERSHIP: ['INTRO', 'SCOPING', 'AGREEMENT_SIGNED', 'IN_PROGRESS', 'COMPLETED', 'LOST'],
  PILOT_CUSTOMER: ['INTRO', 'PILOT_AGREED', 'PILOT_RUNNING', 'CONTRACT', 'LOST'],
} as const satisfies Record<EngagementKind, readonly string[]>;
export type EngagementStage = (typeof ENGAGEMENT_STAGES)[EngagementKind][number];

/** The engagement an accepted introduction starts, by purpose. */
export const ENGAGEMENT_KIND_OF_PURPOSE: Readonly<Record<IntroductionPurpose, EngagementKind>> = {
  INVESTMENT: 'INVESTMENT',
  LANDING: 'LANDING',
  RD_PARTNERSHIP: 'RD_PARTNERSHIP',
  PILOT_CUSTOMER: 'PILOT_CUSTOMER',
};

export const firstStage = (kind: EngagementKind): EngagementStage => ENGAGEMENT_STAGES[kind][0];

/** The terminal outcome stages of each kind (the last ones of its list): no move leaves them. */
export const ENGAGEMENT_TERMINAL_STAGES = {
  INVESTMENT: ['CLOSED_WON', 'CLOSED_LOST'],
  LANDING: ['OPERATING', 'LOST'],
  RD_PARTNERSHIP: ['COMPLETED', 'LOST'],
  PILOT_CUSTOMER: ['CONTRACT', 'LOST'],
} as const satisfies { [K in EngagementKind]: ReadonlyArray<(typeof ENGAGEMENT_STAGES)[K][number]> };

export const isTerminalStage = (kind: EngagementKind, stage: string): boolean =>
  (ENGAGEMENT_TERMINAL_STAGES[kind] as readonly string[]).includes(stage);

/** The LANDING stage that records the registered company (name, registration number, date). */
export const COMPANY_REGISTERED_STAGE = 'COMPANY_REGISTERED';

/** The organisation kinds an engagement of each kind may be started with by hand. */
export const ENGAGEMENT_PARTNER_KINDS = {
  INVESTMENT: ['INVESTOR'],
  LANDING: ['SCIENCE_PARK'],
  RD_PARTNERSHIP: ['RD_PARTNER', 'INVESTOR', 'SCIENCE_PARK'],
  PILOT_CUSTOMER: ['INVESTOR', 'SCIENCE_PARK', 'RD_PARTNER'],
} as const satisfies Record<EngagementKind, readonly string[]>;

/** Limits of engagements and milestones, checked by the API and shown by the portal. */
export const ENGAGEMENT_LIMITS = {
  noteMaxLength: 2000,
  milestoneTitleMaxLength: 200,
  milestonesPerEngagement: 50,
  companyNameMaxLength: 200,
  registrationNumberMaxLength: 64,
} as const;

/** A proposed meeting: `PROPOSED → CONFIRMED` (the other side picks a slot, once) `| CANCELLED`. */
export const MEETING_STATUSES = ['PROPOSED', 'CONFIRMED', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Limits of introductions and conversations, checked by the API and shown by the portal. */
export const MATCHMAKING_LIMITS = {
  messageMinLength: 20,
  messageMaxLength: 4000,
  chatMessageMaxLength: 8000,
  attachmentsPerMessage: 5,
  attachmentUrlMaxLength: 2000,
  slotsPerProposal: 5,
  meetingMinMinutes: 15,
  meetingMaxMinutes: 480,
  declineNoteMaxLength: 1000,
} as const;

/** Time zones every meeting time is shown in (DESIGN.md §5), besides the viewer's own. */
export const MEETING_TIME_ZONES = { beijing: 'Asia/Shanghai', moscow: 'Europe/Moscow' } as const;
