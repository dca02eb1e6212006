/** The account page: profile and password. */
export const account = {
  account: {
    title: 'Your account',
    profile: 'Profile',
    displayName: 'Display name',
    email: 'E-mail',
    timeZone: 'Time zone',
    timeZoneHint: 'Dates and meeting times are shown in this time zone.',
    language: 'Language',
    languageHint: 'Used for the interface and for e-mails.',
    saved: 'Profile saved',
    notificationEmails: {
      title: 'Notification e-mails',
      intro: 'Choose which notifications also come to you by e-mail, in your language.',
      save: 'Save e-mail choices',
      saved: 'E-mail choices saved',
      categories: {
        INTRODUCTIONS: {
          label: 'Introductions',
          hint: 'Requests to meet, answers, notes and expiry.',
        },
        MESSAGES: { label: 'Messages', hint: 'New messages in your conversations.' },
        MEETINGS: { label: 'Meetings', hint: 'Proposed, confirmed and cancelled meetings.' },
        SAVED_SEARCHES: {
          label: 'Saved searches',
          hint: 'Each new match (the daily digest is set on each saved search).',
        },
        COMPETITION: { label: 'Competition', hint: 'Selection results, awards and judging reminders.' },
      },
    },
    password: {
      title: 'Change password',
      current: 'Current password',
      new: 'New password',
      repeat: 'Repeat the new password',
      hint: 'At least {min} characters.',
      submit: 'Change password',
      changed: 'Password changed. Your other sessions were signed out; this browser stays signed in.',
    },
  },
} as const;
