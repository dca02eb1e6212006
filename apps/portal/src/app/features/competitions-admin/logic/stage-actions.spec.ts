import { COMPETITION_STAGES, MANUAL_STAGE_STEPS } from '@bridge/contracts';
import {
  actionBlocker,
  assignBlocker,
  closeRoundBlocker,
  criteriaBlocker,
  nextStep,
  publishBlocker,
  runBlocker,
  stageChange,
  stageProgress,
} from './stage-actions';

describe('stage actions', () => {
  describe('actionBlocker', () => {
    it('lets an action through in the stages that allow it', () => {
      expect(actionBlocker('SETUP', 'EDIT_SETTINGS')).toBeNull();
      expect(actionBlocker('REGISTRATION', 'EDIT_FIELDS')).toBeNull();
      expect(actionBlocker('PRELIMINARY_REVIEW', 'RUN_SELECTION')).toBeNull();
    });

    it('says which stages allow it when the current one does not', () => {
      expect(actionBlocker('FINAL', 'EDIT_SETTINGS')).toEqual({
        kind: 'stage',
        action: 'EDIT_SETTINGS',
        stage: 'FINAL',
        allowedIn: ['SETUP', 'REGISTRATION'],
      });
    });

    it('picks the action of each round', () => {
      expect(assignBlocker('PRELIMINARY_REVIEW', 'PRELIMINARY')).toBeNull();
      expect(assignBlocker('PRELIMINARY_REVIEW', 'FINAL')).toMatchObject({ action: 'ASSIGN_FINAL' });
      expect(criteriaBlocker('FINALISTS_ANNOUNCED', 'FINAL')).toBeNull();
      expect(criteriaBlocker('FINALISTS_ANNOUNCED', 'PRELIMINARY')).toMatchObject({
        action: 'EDIT_PRELIMINARY_CRITERIA',
      });
      expect(runBlocker('FINAL', 'FINAL')).toBeNull();
      expect(runBlocker('FINAL', 'PRELIMINARY')).toMatchObject({ action: 'RUN_SELECTION' });
    });
  });

  describe('nextStep', () => {
    it.each(MANUAL_STAGE_STEPS)('moves by hand from %s to %s', (from, to) => {
      expect(nextStep(from)).toEqual({ kind: 'manual', to });
    });

    it('moves on by publishing after the two judging stages', () => {
      expect(nextStep('PRELIMINARY_REVIEW')).toEqual({
        kind: 'publish',
        to: 'FINALISTS_ANNOUNCED',
        round: 'PRELIMINARY',
      });
      expect(nextStep('FINAL')).toEqual({ kind: 'publish', to: 'AWARDS', round: 'FINAL' });
    });

    it('knows the last stage', () => {
      expect(nextStep('MATCHMAKING')).toEqual({ kind: 'last' });
    });
  });

  it('lists what the next stage opens and closes', () => {
    const sut = stageChange('REGISTRATION', 'PRELIMINARY_REVIEW');

    expect(sut.gained).toEqual(['ASSIGN_PRELIMINARY', 'SCORE_PRELIMINARY', 'RUN_SELECTION']);
    expect(sut.lost).toEqual([
      'EDIT_SETTINGS',
      'EDIT_FIELDS',
      'EDIT_PROJECT',
      'SUBMIT_PROJECT',
      'EDIT_PRELIMINARY_CRITERIA',
    ]);
  });

  it('marks each stage done, current or to come', () => {
    const sut = COMPETITION_STAGES.map((stage) => stageProgress('FINALISTS_ANNOUNCED', stage));

    expect(sut).toEqual(['done', 'done', 'done', 'current', 'todo', 'todo', 'todo']);
  });

  describe('closing a round', () => {
    it('is possible once, in its stage', () => {
      expect(
        closeRoundBlocker({ stage: 'PRELIMINARY_REVIEW', round: 'PRELIMINARY', closed: false }),
      ).toBeNull();
      expect(closeRoundBlocker({ stage: 'PRELIMINARY_REVIEW', round: 'PRELIMINARY', closed: true })).toEqual({
        kind: 'roundClosed',
      });
      expect(closeRoundBlocker({ stage: 'REGISTRATION', round: 'PRELIMINARY', closed: false })).toMatchObject(
        {
          kind: 'stage',
        },
      );
    });
  });

  describe('publishing', () => {
    const state = { stage: 'PRELIMINARY_REVIEW', round: 'PRELIMINARY', closed: true } as const;

    it('needs the stage, a closed round and a current run, checked in the API order', () => {
      expect(publishBlocker({ ...state, stage: 'FINAL', closed: false, run: null })).toMatchObject({
        kind: 'stage',
      });
      expect(publishBlocker({ ...state, closed: false, run: null })).toEqual({ kind: 'roundOpen' });
      expect(publishBlocker({ ...state, run: null })).toEqual({ kind: 'noRun' });
      expect(publishBlocker({ ...state, run: { stale: true } })).toEqual({ kind: 'stale' });
      expect(publishBlocker({ ...state, run: { stale: false } })).toBeNull();
    });

    it('publishes the awards in the final', () => {
      expect(
        publishBlocker({ stage: 'FINAL', round: 'FINAL', closed: true, run: { stale: false } }),
      ).toBeNull();
      expect(
        publishBlocker({ stage: 'AWARDS', round: 'FINAL', closed: true, run: { stale: false } }),
      ).toMatchObject({
        kind: 'stage',
        allowedIn: ['FINAL'],
      });
    });
  });
});
