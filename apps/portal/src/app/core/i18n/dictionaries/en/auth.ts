/** Sign-in, sign-up and invitations. */
export const auth = {
  signIn: {
    title: 'Sign in to Bridge',
    intro: 'Welcome back. Sign in to act for your organisation.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    noAccount: 'No account yet?',
    createAccount: 'Create one',
  },
  signUp: {
    title: 'Create your Bridge account',
    intro: 'You get a personal account and act for your organisation. You can invite colleagues later.',
    organizationKind: 'Your organisation is',
    kindHint: {
      STARTUP: 'A team that applies to the competition',
      INVESTOR: 'A venture fund or angel group',
      SCIENCE_PARK: 'A science park or incubator',
      RD_PARTNER: 'A university, institute or corporate lab',
    },
    organizationName: 'Organisation name',
    displayName: 'Your name',
    email: 'E-mail',
    password: 'Password',
    passwordHint: 'At least {min} characters.',
    language: 'Language of e-mails',
    submit: 'Create account',
    haveAccount: 'Already have an account?',
    verificationNote:
      'Investors, science parks and R&D partners can use the market once a competition organizer has verified them.',
  },
  invitation: {
    heading: 'You are invited to join {organization}',
    details: 'Role: {role}. Sent to {email}.',
    expires: 'Valid until {date}.',
    invalidTitle: 'This invitation is not valid anymore',
    invalidText: 'It may have expired or been revoked. Ask an owner of the organisation for a new one.',
    accept: 'Accept invitation',
    signedInAs: 'You are signed in as {email}.',
    otherAccount:
      'This invitation was sent to {email}. Sign out, then sign in or sign up with that address to accept it.',
    signUpTitle: 'Create your account to accept',
    haveAccount: 'Already have an account with {email}?',
    signInToAccept: 'Sign in to accept',
    accepted: 'Welcome to {organization}!',
  },
} as const;
