/**
 * The import of an applications file as a state machine: upload (with byte progress), the server's
 * check (polled, with row progress), then a commit of a READY file (polled too). Pure: the import
 * tab feeds it events and renders the state.
 */

export type ImportJobStatus = 'PARSING' | 'READY' | 'INVALID' | 'COMMITTING' | 'COMMITTED' | 'FAILED';

/** What the state machine reads of an `ImportJob`. */
export interface ImportJobLike {
  id: string;
  status: ImportJobStatus;
  totalRows?: number | null;
  processedRows: number;
  progress?: number | null;
  failureKey?: string | null;
  counts: { new: number; update: number; unchanged: number; invalid: number };
}

/** A translated-to-be error: a key of the dictionaries and its parameters. */
export interface ImportError {
  key: string;
  params: Readonly<Record<string, string | number>>;
}

export type ImportState<J extends ImportJobLike = ImportJobLike> =
  | { phase: 'idle' }
  | { phase: 'uploading'; fileName: string; loaded: number; total: number }
  | { phase: 'checking'; importId: string; job: J | null }
  | { phase: 'ready'; job: J; commitError: ImportError | null }
  | { phase: 'invalid'; job: J }
  | { phase: 'committing'; job: J }
  | { phase: 'committed'; job: J }
  | { phase: 'failed'; error: ImportError; job: J | null };

export type ImportEvent<J extends ImportJobLike = ImportJobLike> =
  | { type: 'upload'; fileName: string; size: number }
  | { type: 'uploadProgress'; loaded: number; total: number }
  | { type: 'uploaded'; importId: string }
  | { type: 'uploadFailed'; error: ImportError }
  | { type: 'polled'; job: J }
  | { type: 'commit' }
  | { type: 'commitFailed'; error: ImportError }
  | { type: 'reset' };

export const IDLE: ImportState<never> = { phase: 'idle' };

/** The state after `event`; events that do not fit the current phase change nothing. */
export function importReducer<J extends ImportJobLike>(
  state: ImportState<J>,
  event: ImportEvent<J>,
): ImportState<J> {
  switch (event.type) {
    case 'reset':
      return IDLE;
    case 'upload':
      return state.phase === 'idle' ||
        state.phase === 'failed' ||
        state.phase === 'invalid' ||
        state.phase === 'committed'
        ? { phase: 'uploading', fileName: event.fileName, loaded: 0, total: event.size }
        : state;
    case 'uploadProgress':
      return state.phase === 'uploading'
        ? { ...state, loaded: Math.min(event.loaded, event.total), total: event.total }
        : state;
    case 'uploaded':
      return state.phase === 'uploading' ? { phase: 'checking', importId: event.importId, job: null } : state;
    case 'uploadFailed':
      return state.phase === 'uploading' ? { phase: 'failed', error: event.error, job: null } : state;
    case 'polled':
      return polled(state, event.job);
    case 'commit':
      return state.phase === 'ready' ? { phase: 'committing', job: state.job } : state;
    case 'commitFailed':
      return state.phase === 'committing' || state.phase === 'ready'
        ? { phase: 'ready', job: state.job, commitError: event.error }
        : state;
  }
}

function polled<J extends ImportJobLike>(state: ImportState<J>, job: J): ImportState<J> {
  const current = jobOf(state);
  // Answers about another import (e.g. a late poll after "import another file") are ignored.
  if (!current || current !== job.id) return state;
  switch (job.status) {
    case 'PARSING':
      return { phase: 'checking', importId: job.id, job };
    case 'READY':
      // While the commit request runs, a poll may still see READY: stay committing.
      return state.phase === 'committing'
        ? { phase: 'committing', job }
        : { phase: 'ready', job, commitError: state.phase === 'ready' ? state.commitError : null };
    case 'INVALID':
      return { phase: 'invalid', job };
    case 'COMMITTING':
      return { phase: 'committing', job };
    case 'COMMITTED':
      return { phase: 'committed', job };
    case 'FAILED':
      return { phase: 'failed', error: { key: job.failureKey ?? 'errors.import.failed', params: {} }, job };
  }
}

function jobOf(state: ImportState): string | null {
  switch (state.phase) {
    case 'checking':
      return state.importId;
    case 'ready':
    case 'invalid':
    case 'committing':
    case 'committed':
      return state.job.id;
    case 'failed':
      return state.job?.id ?? null;
    default:
      return null;
  }
}

/** The server is working on the file: ask again soon. */
export function shouldPoll(state: ImportState): boolean {
  return state.phase === 'checking' || state.phase === 'committing';
}

/** The id of the import being followed, if any. */
export function importIdOf(state: ImportState): string | null {
  return jobOf(state);
}

/** Progress 0–1 of the current step; null when it cannot be measured (indeterminate). */
export function progressOf(state: ImportState): number | null {
  switch (state.phase) {
    case 'uploading':
      return state.total > 0 ? state.loaded / state.total : null;
    case 'checking':
    case 'committing': {
      const job = state.job;
      if (!job) return null;
      if (typeof job.progress === 'number') return job.progress;
      return job.totalRows ? Math.min(1, job.processedRows / job.totalRows) : null;
    }
    case 'idle':
      return null;
    default:
      return 1;
  }
}

/** Applications a commit writes (new and updated rows); a READY file without them changes nothing. */
export function rowsToWrite(job: ImportJobLike): number {
  return job.counts.new + job.counts.update;
}
