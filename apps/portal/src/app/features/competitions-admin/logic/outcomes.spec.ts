import { anOutcome } from '../testing/factories';
import { matchesOutcomeFilter, outcomeSortValue } from './outcomes';

const row = (overrides: Parameters<typeof anOutcome>[0] = {}) => ({
  ...anOutcome(overrides),
  title: 'Cold-chain sensor',
  startup: 'FrostLab',
  field: 'Robotics',
});

describe('outcomes table', () => {
  it('sorts unranked projects after every ranked one', () => {
    const ranked = [row({ rankOverall: 2 }), row({ rankOverall: null }), row({ rankOverall: 1 })];

    const sut = ranked
      .map((candidate) => outcomeSortValue(candidate, 'rank') as number)
      .sort((a, b) => a - b);

    expect(sut).toEqual([1, 2, Number.MAX_SAFE_INTEGER]);
  });

  it('sorts by numbers, names and the decision', () => {
    expect(outcomeSortValue(row({ quality: 71.2 }), 'quality')).toBe(71.2);
    expect(outcomeSortValue(row({ quality: null }), 'quality')).toBe(Number.NEGATIVE_INFINITY);
    expect(outcomeSortValue(row(), 'title')).toBe('cold-chain sensor');
    expect(outcomeSortValue(row({ selected: true }), 'decision')).toBe(0);
  });

  it('filters by text, finalists and near-ties', () => {
    const filter = { text: '', onlySelected: false, onlyNearTies: false };

    expect(matchesOutcomeFilter(row(), { ...filter, text: 'frost' })).toBe(true);
    expect(matchesOutcomeFilter(row(), { ...filter, text: 'biotech' })).toBe(false);
    expect(matchesOutcomeFilter(row({ selected: false }), { ...filter, onlySelected: true })).toBe(false);
    expect(matchesOutcomeFilter(row({ nearTie: true }), { ...filter, onlyNearTies: true })).toBe(true);
  });
});
