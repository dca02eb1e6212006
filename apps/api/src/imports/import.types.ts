import type {
  Currency,
  ImportRowKey,
  LocalizedText,
  ProjectStage,
  SeekingKind,
  ValidationKey,
} from '@bridge/contracts';

export const IMPORT_FORMATS = ['CSV', 'XLSX'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * PARSING → READY | INVALID; READY → COMMITTING → COMMITTED | FAILED. A job interrupted by a restart
 * while PARSING or COMMITTING ends FAILED (nothing of it was written).
 */
export const IMPORT_STATUSES = ['PARSING', 'READY', 'INVALID', 'COMMITTING', 'COMMITTED', 'FAILED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What committing a row does: create a project, change one, or nothing. */
export const IMPORT_ACTIONS = ['NEW', 'UPDATE', 'UNCHANGED'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export const IMPORT_LIMITS = {
  /** Largest file the upload accepts. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Most data rows in one file. */
  maxRows: 50_000,
  /** Errors kept and shown per job; `errorCount` counts them all. */
  reportedErrors: 200,
  /** Normalised rows shown in the preview. */
  sampleRows: 20,
  /** Progress is written every this many rows. */
  progressEvery: 500,
  /** Rows per INSERT / UPDATE statement when committing. */
  batchSize: 500,
  /** Files parsed at once by one API process; more wait their turn. */
  concurrentParses: 2,
  /** A PARSING or COMMITTING job untouched this long, and running nowhere, was interrupted. */
  staleAfterMs: 5 * 60 * 1000,
} as const;

/** One entry of the row-by-row report. `row` is the spreadsheet row (the header is row 1). */
export interface ImportRowError {
  row: number;
  column: string | null;
  key: ValidationKey | ImportRowKey;
  params: Record<string, string | number>;
}

/** The project content a row carries. Columns absent from the file are left as they are on update. */
export interface ImportedContent {
  fieldId: string | null;
  title: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  tags: string[];
  trl: number | null;
  stage: ProjectStage | null;
  fundingAskAmount: number | null;
  fundingAskCurrency: Currency | null;
  seeking: SeekingKind[];
  teamSize: number | null;
  foundedYear: number | null;
  city: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  pitchDeckUrl: string | null;
  videoUrl: string | null;
}

/** A valid row, normalised and ready to commit (stored in `import_jobs.rows`). */
export interface ImportRow {
  row: number;
  /** The stable key: `projects.external_key`. */
  key: string;
  startupName: LocalizedText;
  fieldCode: string;
  content: ImportedContent;
}

/** A preview row: what the file says and what committing it would do. */
export interface ImportSample {
  row: number;
  key: string;
  action: ImportAction;
  startupName: LocalizedText;
  title: LocalizedText;
  fieldCode: string;
  trl: number | null;
  stage: ProjectStage | null;
  city: string | null;
  contactEmail: string | null;
}

export interface ImportCounts {
  new: number;
  update: number;
  unchanged: number;
  invalid: number;
}
