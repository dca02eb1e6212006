import { groupAssignments } from './assignment-groups';
import type { JudgeAssignment, MyJudging } from './judging.api';

let sequence = 0;
function anAssignment(overrides: Partial<JudgeAssignment> & { title?: string } = {}): JudgeAssignment {
  const { title = `Project ${++sequence}`, ...rest } = overrides;
  return {
    id: `a${++sequence}`,
    competitionId: 'edition-2026',
    judgeId: 'judge-1',
    projectId: `p${sequence}`,
    round: 'PRELIMINARY',
    status: 'ASSIGNED',
    total: null,
    submittedAt: null,
    abstainReason: null,
    project: { id: `p${sequence}`, title: { en: title }, field: null },
    ...rest,
  };
}

function judging(assignments: JudgeAssignment[]): MyJudging {
  return {
    myJudgeRoles: [
      { id: 'judge-1', competitionId: 'edition-2026', competitionName: { en: '2026' }, progress: [] },
      { id: 'judge-0', competitionId: 'edition-2025', competitionName: { en: '2025' }, progress: [] },
    ],
    myAssignments: assignments,
    competitions: [
      { id: 'edition-2026', stage: 'PRELIMINARY_REVIEW', preliminaryClosed: false, finalClosed: false },
      { id: 'edition-2025', stage: 'MATCHMAKING', preliminaryClosed: true, finalClosed: true },
    ],
  };
}

describe('groupAssignments', () => {
  it('groups by edition and round, to-do first, then by title', () => {
    const data = judging([
      anAssignment({ title: 'Beta', status: 'SUBMITTED', total: 71.5 }),
      anAssignment({ title: 'Gamma' }),
      anAssignment({ title: 'Alpha' }),
      anAssignment({ competitionId: 'edition-2025', round: 'FINAL', title: 'Old', status: 'SUBMITTED' }),
    ]);

    const sut = groupAssignments(data, 'all', 'en');

    expect(sut.map((edition) => [edition.competitionId, edition.judgeId])).toEqual([
      ['edition-2026', 'judge-1'],
      ['edition-2025', 'judge-0'],
    ]);
    const [round] = sut[0].rounds;
    expect(round).toMatchObject({ round: 'PRELIMINARY', state: 'open', assigned: 3, done: 1 });
    expect(round.assignments.map((a) => a.project.title.en)).toEqual(['Alpha', 'Gamma', 'Beta']);
    expect(sut[1].rounds[0]).toMatchObject({ round: 'FINAL', state: 'closed' });
  });

  it('lists only to-do or done assignments, keeping the counts of all', () => {
    const data = judging([
      anAssignment({ title: 'Open' }),
      anAssignment({ title: 'Skipped', status: 'ABSTAINED' }),
    ]);

    const todo = groupAssignments(data, 'todo', 'en')[0].rounds[0];
    const done = groupAssignments(data, 'done', 'en')[0].rounds[0];

    expect(todo.assignments.map((a) => a.project.title.en)).toEqual(['Open']);
    expect(done.assignments.map((a) => a.project.title.en)).toEqual(['Skipped']);
    expect(done).toMatchObject({ assigned: 2, done: 1 });
  });

  it('keeps an edition without assignments (the judge waits for them)', () => {
    const sut = groupAssignments(judging([]), 'all', 'en');

    expect(sut.map((edition) => edition.rounds.length)).toEqual([0, 0]);
  });
});
