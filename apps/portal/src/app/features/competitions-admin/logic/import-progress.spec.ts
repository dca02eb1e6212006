import {
  IDLE,
  ImportJobLike,
  ImportState,
  importReducer,
  progressOf,
  rowsToWrite,
  shouldPoll,
} from './import-progress';

function aJob(overrides: Partial<ImportJobLike> = {}): ImportJobLike {
  return {
    id: 'import-1',
    status: 'PARSING',
    totalRows: 120,
    processedRows: 0,
    progress: 0,
    failureKey: null,
    counts: { new: 0, update: 0, unchanged: 0, invalid: 0 },
    ...overrides,
  };
}

const run = (...events: Parameters<typeof importReducer>[1][]): ImportState =>
  events.reduce((state, event) => importReducer(state, event), IDLE as ImportState);

describe('import progress', () => {
  it('uploads with byte progress, then follows the check', () => {
    const uploading = run({ type: 'upload', fileName: 'applications.csv', size: 2000 });
    expect(uploading).toEqual({ phase: 'uploading', fileName: 'applications.csv', loaded: 0, total: 2000 });

    const half = importReducer(uploading, { type: 'uploadProgress', loaded: 1000, total: 2000 });
    expect(progressOf(half)).toBe(0.5);
    expect(shouldPoll(half)).toBe(false);

    const checking = importReducer(half, { type: 'uploaded', importId: 'import-1' });
    expect(checking).toEqual({ phase: 'checking', importId: 'import-1', job: null });
    expect(shouldPoll(checking)).toBe(true);
    expect(progressOf(checking)).toBeNull();

    const counted = importReducer(checking, {
      type: 'polled',
      job: aJob({ processedRows: 30, progress: 0.25 }),
    });
    expect(progressOf(counted)).toBe(0.25);
  });

  it('has no row progress while an XLSX file is still being read', () => {
    const sut = run(
      { type: 'upload', fileName: 'a.xlsx', size: 10 },
      { type: 'uploaded', importId: 'import-1' },
      { type: 'polled', job: aJob({ totalRows: null, progress: null }) },
    );

    expect(progressOf(sut)).toBeNull();
  });

  it('stops on a READY or INVALID file', () => {
    const base = [
      { type: 'upload', fileName: 'a.csv', size: 10 },
      { type: 'uploaded', importId: 'import-1' },
    ] as const;

    const ready = run(...base, {
      type: 'polled',
      job: aJob({ status: 'READY', counts: { new: 3, update: 1, unchanged: 2, invalid: 0 } }),
    });
    expect(ready.phase).toBe('ready');
    expect(shouldPoll(ready)).toBe(false);
    expect(ready.phase === 'ready' && rowsToWrite(ready.job)).toBe(4);

    const invalid = run(...base, { type: 'polled', job: aJob({ status: 'INVALID' }) });
    expect(invalid.phase).toBe('invalid');
    expect(shouldPoll(invalid)).toBe(false);
  });

  it('commits a READY file, following its progress to the end', () => {
    const ready = run(
      { type: 'upload', fileName: 'a.csv', size: 10 },
      { type: 'uploaded', importId: 'import-1' },
      { type: 'polled', job: aJob({ status: 'READY' }) },
    );

    const committing = importReducer(ready, { type: 'commit' });
    expect(committing.phase).toBe('committing');
    expect(shouldPoll(committing)).toBe(true);

    // A poll that still sees READY while the commit request runs keeps the commit going.
    const stillReady = importReducer(committing, { type: 'polled', job: aJob({ status: 'READY' }) });
    expect(stillReady.phase).toBe('committing');

    const writing = importReducer(stillReady, {
      type: 'polled',
      job: aJob({ status: 'COMMITTING', processedRows: 60, progress: 0.5 }),
    });
    expect(progressOf(writing)).toBe(0.5);

    const done = importReducer(writing, { type: 'polled', job: aJob({ status: 'COMMITTED', progress: 1 }) });
    expect(done.phase).toBe('committed');
    expect(shouldPoll(done)).toBe(false);
  });

  it('shows a refused commit and lets the organizer try again', () => {
    const sut = run(
      { type: 'upload', fileName: 'a.csv', size: 10 },
      { type: 'uploaded', importId: 'import-1' },
      { type: 'polled', job: aJob({ status: 'READY' }) },
      { type: 'commit' },
      { type: 'commitFailed', error: { key: 'errors.import.notReady', params: {} } },
    );

    expect(sut).toMatchObject({ phase: 'ready', commitError: { key: 'errors.import.notReady' } });
    expect(importReducer(sut, { type: 'commit' }).phase).toBe('committing');
  });

  it('ends FAILED with the job’s failure key, and after a failed upload', () => {
    const failedJob = run(
      { type: 'upload', fileName: 'a.csv', size: 10 },
      { type: 'uploaded', importId: 'import-1' },
      { type: 'polled', job: aJob({ status: 'READY' }) },
      { type: 'commit' },
      { type: 'polled', job: aJob({ status: 'FAILED', failureKey: 'errors.import.stale' }) },
    );
    expect(failedJob).toMatchObject({ phase: 'failed', error: { key: 'errors.import.stale' } });

    const failedUpload = run(
      { type: 'upload', fileName: 'a.doc', size: 10 },
      { type: 'uploadFailed', error: { key: 'errors.import.unsupportedType', params: {} } },
    );
    expect(failedUpload).toEqual({
      phase: 'failed',
      error: { key: 'errors.import.unsupportedType', params: {} },
      job: null,
    });
  });

  it('ignores events that do not fit, and late answers about another import', () => {
    expect(run({ type: 'commit' })).toBe(IDLE);
    expect(run({ type: 'polled', job: aJob() })).toBe(IDLE);

    const checking = run(
      { type: 'upload', fileName: 'a.csv', size: 10 },
      { type: 'uploaded', importId: 'import-2' },
    );
    expect(importReducer(checking, { type: 'polled', job: aJob({ id: 'import-1', status: 'READY' }) })).toBe(
      checking,
    );
    expect(importReducer(checking, { type: 'upload', fileName: 'b.csv', size: 1 })).toBe(checking);
    expect(importReducer(checking, { type: 'reset' })).toBe(IDLE);
  });
});
