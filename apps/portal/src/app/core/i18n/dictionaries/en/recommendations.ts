import type { FitReasonKey } from '@bridge/contracts';

/** The reason names of FIT_REASON_KEYS: the `reason` texts below must cover every one. */
type ReasonName = FitReasonKey extends `recommendations.reason.${infer Name}` ? Name : never;

/** Recommendations: the organisation's market preferences and the projects that fit them. */
export const recommendations = {
  recommendations: {
    nav: 'Recommendations',
    pageTitle: 'Recommendations',
    intro: 'Projects that fit what your organisation looks for, best fit first.',
    preferences: {
      title: 'What you look for',
      help: 'Leave a criterion empty if it does not matter to you.',
      fields: 'Fields',
      stages: 'Stages',
      trlMin: 'TRL from',
      trlMax: 'TRL up to',
      trlHint: 'Technology readiness, 1–9',
      ticketMin: 'Ticket from, US$',
      ticketMax: 'Ticket up to, US$',
      ticketHint: 'The funding ask of the project, in US dollars',
      offers: 'What you offer',
      cities: 'Cities',
      citiesHint: 'Separate cities with commas',
      save: 'Save preferences',
      saving: 'Saving…',
      saved: 'Preferences saved',
      updatedAt: 'Last changed {date}',
    },
    form: {
      minAboveMax: 'The upper end must not be below the lower end.',
      notNegative: 'Enter zero or more.',
    },
    edition: 'Edition',
    allEditions: 'All editions',
    list: {
      title: 'Recommended projects',
      setPreferencesTitle: 'Tell Bridge what you look for',
      setPreferencesText: 'Choose fields, stages, a TRL or ticket range, what you offer or cities above.',
      noneTitle: 'No project fits yet',
      noneText: 'Widen your preferences, or come back when new projects are submitted.',
      loadFailed: 'Recommendations could not be loaded',
    },
    card: {
      fit: 'Fit {fit}%',
      fitAria: 'Fit with your preferences: {fit} percent',
      reasons: 'Why',
      met: 'Matches',
      notMet: 'Does not match',
      openProject: 'Project page',
      openProjectAria: 'Open the page of {title}',
      score: 'Score {score}',
    },
    reason: {
      field: 'field {field}',
      stage: 'stage {stage}',
      trl: 'TRL {trl} (your range {min}–{max})',
      ticket: 'asks {amount} (your range {min}–{max})',
      offers: 'seeks {kinds}',
      city: 'in {city}',
      finalist: 'finalist',
      award: 'award place {place}',
      rank: 'rank {rank} in {field}',
    } satisfies Record<ReasonName, string>,
  },
} as const;
