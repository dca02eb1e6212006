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
  wrongStage: 'errors.competition.wrongStage',
  stageOrder: 'errors.competition.stageOrder',
  fieldInUse: 'errors.competition.fieldInUse',
  projectExists: 'errors.project.alreadyExists',
  projectIncomplete: 'errors.project.incomplete',
  projectNotEditable: 'errors.project.notEditable',
  startupRequired: 'errors.project.startupRequired',
  judgeInvitationInvalid: 'errors.judging.invitationInvalid',
  alreadyJudge: 'errors.judging.alreadyJudge',
  notAssigned: 'errors.judging.notAssigned',
  conflictOfInterest: 'errors.judging.conflictOfInterest',
  roundClosed: 'errors.judging.roundClosed',
  roundOpen: 'errors.judging.roundOpen',
  noCriteria: 'errors.judging.noCriteria',
  noSelection: 'errors.judging.noSelection',
  selectionStale: 'errors.judging.selectionStale',
  importInvalidFile: 'errors.import.invalidFile',
  importHasErrors: 'errors.import.hasErrors',
  importNotReady: 'errors.import.notReady',
  importUnsupportedType: 'errors.import.unsupportedType',
  importFileTooLarge: 'errors.import.fileTooLarge',
  importEmptyFile: 'errors.import.emptyFile',
  importFailed: 'errors.import.failed',
  importInterrupted: 'errors.import.interrupted',
  importStale: 'errors.import.stale',
  shortlistNameTaken: 'errors.shortlist.nameTaken',
  shortlistDuplicate: 'errors.shortlist.duplicate',
  savedSearchLimit: 'errors.savedSearch.limit',
  introductionOpen: 'errors.introduction.alreadyOpen',
  introductionNotPending: 'errors.introduction.notPending',
  introductionWrongSide: 'errors.introduction.wrongSide',
  meetingOwnProposal: 'errors.meeting.ownProposal',
  meetingNotOpen: 'errors.meeting.notOpen',
  engagementOpen: 'errors.engagement.alreadyOpen',
  engagementPartnerKind: 'errors.engagement.partnerKind',
  engagementUnknownStage: 'errors.engagement.unknownStage',
  engagementSameStage: 'errors.engagement.sameStage',
  engagementTerminal: 'errors.engagement.terminal',
  engagementStale: 'errors.engagement.stale',
  engagementOrganizerReadOnly: 'errors.engagement.organizerReadOnly',
  landingParkRequired: 'errors.landing.parkRequired',
  landingOfferStatus: 'errors.landing.offerStatus',
  landingOfferNotOpen: 'errors.landing.offerNotOpen',
  landingDeadlinePassed: 'errors.landing.deadlinePassed',
  landingAlreadyApplied: 'errors.landing.alreadyApplied',
  landingApplicationStatus: 'errors.landing.applicationStatus',
  landingProjectNotApplicable: 'errors.landing.projectNotApplicable',
  landingNotEligible: 'errors.landing.notEligible',
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
  /** A list with more entries than allowed (params.max). */
  maxItems: 'validation.maxItems',
} as const;
export type ValidationKey = (typeof VALIDATION_KEYS)[keyof typeof VALIDATION_KEYS];

export interface FieldError {
  field: string;
  key: ValidationKey;
  params?: Record<string, string | number>;
}

/**
 * Keys of an import's row-by-row report (`ImportJob.errors[].key`) beside the VALIDATION_KEYS; each
 * entry names a spreadsheet row (the header is row 1) and a column.
 */
export const IMPORT_ROW_KEYS = {
  /** The file lacks a column it must have (params.column, e.g. `title_en|title_ru|title_zh`). */
  missingColumn: 'import.missingColumn',
  /** Two header cells name the same column (params.column, params.header). */
  duplicateColumn: 'import.duplicateColumn',
  /** The row's stable key repeats an earlier row (params.firstRow). */
  duplicateKey: 'import.duplicateKey',
  /** More filled cells than header columns: usually an unquoted separator (params.expected, params.found). */
  tooManyCells: 'import.tooManyCells',
  /** Nothing below the header. */
  noRows: 'import.noRows',
  /** More data rows than one import takes (params.max). */
  tooManyRows: 'import.tooManyRows',
  /** A CSV file that is not UTF-8 (or UTF-16 with a byte-order mark). */
  notUtf8: 'import.notUtf8',
  /** A quoted CSV value that never ends (row: where it starts). */
  unterminatedQuote: 'import.unterminatedQuote',
  /** The file cannot be read as the format it claims. */
  unreadable: 'import.unreadable',
} as const;
export type ImportRowKey = (typeof IMPORT_ROW_KEYS)[keyof typeof IMPORT_ROW_KEYS];
