import { judgeLoads, projectAssignments } from './assignments';

let sequence = 0;
const anAssignment = (
  judgeId: string,
  projectId: string,
  status: 'ASSIGNED' | 'SUBMITTED' | 'ABSTAINED',
) => ({
  id: `a-${++sequence}`,
  judgeId,
  projectId,
  status,
});

describe('assignments summaries', () => {
  const assignments = [
    anAssignment('j1', 'p1', 'SUBMITTED'),
    anAssignment('j1', 'p2', 'ASSIGNED'),
    anAssignment('j2', 'p1', 'ABSTAINED'),
    anAssignment('j2', 'p9', 'SUBMITTED'),
  ];

  it('counts per judge, including judges without assignments', () => {
    expect(judgeLoads(['j1', 'j2', 'j3'], assignments)).toEqual([
      { judgeId: 'j1', assigned: 2, submitted: 1, abstained: 0, open: 1 },
      { judgeId: 'j2', assigned: 2, submitted: 1, abstained: 1, open: 0 },
      { judgeId: 'j3', assigned: 0, submitted: 0, abstained: 0, open: 0 },
    ]);
  });

  it('lists every project of the round, and projects that left it but keep assignments', () => {
    const sut = projectAssignments(['p1', 'p2', 'p3'], assignments);

    expect(sut.map((row) => [row.projectId, row.assignments.length])).toEqual([
      ['p1', 2],
      ['p2', 1],
      ['p3', 0],
      ['p9', 1],
    ]);
  });
});
