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
