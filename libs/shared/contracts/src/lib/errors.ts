/**
 * GraphQL error codes Bridge answers with (in `extensions.code`). Every error also carries a
 * translation key (`extensions.key`) and its parameters (`extensions.params`), so the portal shows
 * the message in the user's language.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Translation keys of errors. The portal has a message for each key in zh-CN, en and ru. */
export const ERROR_KEYS = {
  internal: 'errors.internal',
  unauthenticated: 'errors.unauthenticated',
  forbidden: 'errors.forbidden',
  notFound: 'errors.notFound',
  validation: 'errors.validation',
  tooManyRequests: 'errors.tooManyRequests',
  queryTooDeep: 'errors.queryTooDeep',
  queryTooCostly: 'errors.queryTooCostly',
  tooManyAliases: 'errors.tooManyAliases',
  pageTooLarge: 'errors.pageTooLarge',
  invalidCredentials: 'errors.identity.invalidCredentials',
  emailTaken: 'errors.identity.emailTaken',
  wrongPassword: 'errors.identity.wrongPassword',
  samePassword: 'errors.identity.samePassword',
  notVerified: 'errors.identity.notVerified',
  notMember: 'errors.identity.notMember',
  ownerRequired: 'errors.identity.ownerRequired',
  organizerRequired: 'errors.identity.organizerRequired',
  marketKindRequired: 'errors.identity.marketKindRequired',
  lastOwner: 'errors.identity.lastOwner',
  alreadyMember: 'errors.identity.alreadyMember',
  invitationInvalid: 'errors.identity.invitationInvalid',
  invitationEmailMismatch: 'errors.identity.invitationEmailMismatch',
  invitationPending: 'errors.identity.invitationPending',
  staleState: 'errors.staleState',
} as const;
export type ErrorKey = (typeof ERROR_KEYS)[keyof typeof ERROR_KEYS];

/** Keys of field-level validation messages (in `extensions.fields[].key`). */
export const VALIDATION_KEYS = {
  required: 'validation.required',
  email: 'validation.email',
  minLength: 'validation.minLength',
  maxLength: 'validation.maxLength',
  oneOf: 'validation.oneOf',
  url: 'validation.url',
  anyLanguage: 'validation.anyLanguage',
  unknownField: 'validation.unknownField',
  invalid: 'validation.invalid',
  range: 'validation.range',
} as const;
export type ValidationKey = (typeof VALIDATION_KEYS)[keyof typeof VALIDATION_KEYS];

export interface FieldError {
  field: string;
  key: ValidationKey;
  params?: Record<string, string | number>;
}
