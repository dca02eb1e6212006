import { AppError } from '../../../core/errors';
import {
  WeightedCriterion,
  isValidScore,
  nextOpenAssignment,
  roundState,
  scoreErrorsByCriterion,
  scoresToSave,
  totalPreview,
} from './scorecard';

let sequence = 0;
function aCriterion(overrides: Partial<WeightedCriterion> = {}): WeightedCriterion {
  return { id: `c${++sequence}`, weight: 1, maxScore: 10, ...overrides };
}

describe('totalPreview', () => {
  it('computes Σ weight·value/max ÷ Σ weight × 100 like the API', () => {
    const innovation = aCriterion({ weight: 3, maxScore: 10 });
    const market = aCriterion({ weight: 2, maxScore: 5 });
    const team = aCriterion({ weight: 1, maxScore: 20 });

    const sut = totalPreview(
      [innovation, market, team],
      new Map([
        [innovation.id, 8],
        [market.id, 2.5],
        [team.id, 15],
      ]),
    );

    // (3·0.8 + 2·0.5 + 1·0.75) / 6 × 100 = 69.1666… → 69.167
    expect(sut).toEqual({ total: 69.167, scored: 3, count: 3, complete: true });
  });

  it('counts unscored criteria as 0 until they are scored', () => {
    const first = aCriterion({ weight: 1 });
    const second = aCriterion({ weight: 1 });

    const sut = totalPreview(
      [first, second],
      new Map([
        [first.id, 10],
        [second.id, null],
      ]),
    );

    expect(sut).toEqual({ total: 50, scored: 1, count: 2, complete: false });
  });

  it('gives 100 for full marks and 0 without criteria', () => {
    const only = aCriterion({ weight: 0.5, maxScore: 7 });

    expect(totalPreview([only], new Map([[only.id, 7]])).total).toBe(100);
    expect(totalPreview([], new Map()).total).toBe(0);
  });
});

describe('isValidScore', () => {
  it.each([
    [0, true],
    [7.5, true],
    [10, true],
    [10.5, false],
    [-1, false],
    [3.3, false],
    [null, false],
  ])('%s of 10 → %s', (value, expected) => {
    expect(isValidScore(value, 10)).toBe(expected);
  });
});

describe('scoresToSave', () => {
  it('sends scored criteria only, comments trimmed or null', () => {
    expect(
      scoresToSave([
        { criterionId: 'a', value: 4, comment: '  strong team ' },
        { criterionId: 'b', value: null, comment: 'later' },
        { criterionId: 'c', value: 0, comment: '   ' },
      ]),
    ).toEqual([
      { criterionId: 'a', value: 4, comment: 'strong team' },
      { criterionId: 'c', value: 0, comment: null },
    ]);
  });
});

describe('scoreErrorsByCriterion', () => {
  it('puts the errors of sent scores (by index) and missing criteria (by id) on their criterion', () => {
    const error = new AppError('BAD_USER_INPUT', 'errors.validation', {}, [
      { field: 'scores.1.value', key: 'validation.range', params: { min: 0, max: 5 } },
      { field: 'scores.0.comment', key: 'validation.maxLength', params: { max: 4000 } },
      { field: 'criterion.c-missing', key: 'validation.required', params: {} },
      { field: 'scores.7.value', key: 'validation.range', params: {} },
      { field: 'somethingElse', key: 'validation.invalid', params: {} },
    ]);

    const sut = scoreErrorsByCriterion(error, [{ criterionId: 'c-a' }, { criterionId: 'c-b' }]);

    expect([...sut.keys()]).toEqual(['c-b', 'c-a', 'c-missing']);
    expect(sut.get('c-b')?.value?.key).toBe('validation.range');
    expect(sut.get('c-a')).toEqual({
      comment: { field: 'scores.0.comment', key: 'validation.maxLength', params: { max: 4000 } },
    });
    expect(sut.get('c-missing')?.value?.key).toBe('validation.required');
  });
});

describe('roundState', () => {
  const competition = (stage: 'PRELIMINARY_REVIEW' | 'FINAL' | 'REGISTRATION', closed = false) => ({
    stage,
    preliminaryClosed: closed,
    finalClosed: false,
  });

  it('is open while the stage takes the round’s scores', () => {
    expect(roundState(competition('PRELIMINARY_REVIEW'), 'PRELIMINARY')).toBe('open');
    expect(roundState(competition('FINAL'), 'FINAL')).toBe('open');
  });

  it('is closed once the organizers closed it, whatever the stage', () => {
    expect(roundState(competition('FINAL', true), 'PRELIMINARY')).toBe('closed');
  });

  it('is not open in another stage', () => {
    expect(roundState(competition('REGISTRATION'), 'PRELIMINARY')).toBe('notOpen');
    expect(roundState(competition('PRELIMINARY_REVIEW'), 'FINAL')).toBe('notOpen');
  });
});

describe('nextOpenAssignment', () => {
  const list = [
    { id: 'a', status: 'SUBMITTED' },
    { id: 'b', status: 'ASSIGNED' },
    { id: 'c', status: 'ABSTAINED' },
    { id: 'd', status: 'ASSIGNED' },
  ];

  it('finds the next one to score after the current one, wrapping around', () => {
    expect(nextOpenAssignment(list, 'b')?.id).toBe('d');
    expect(nextOpenAssignment(list, 'd')?.id).toBe('b');
    expect(nextOpenAssignment(list, 'a')?.id).toBe('b');
  });

  it('is null when nothing else is left to score', () => {
    expect(nextOpenAssignment([{ id: 'b', status: 'ASSIGNED' }], 'b')).toBeNull();
  });
});
