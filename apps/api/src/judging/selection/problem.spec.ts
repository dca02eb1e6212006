import { buildProblem } from './problem';
import { candidate, review } from './testing/factories';

describe('buildProblem', () => {
  it('indexes projects, fields and judges in id order and groups reviews by project, judge and total', () => {
    const sut = buildProblem;

    const problem = sut(
      [
        candidate('p2', { fieldId: 'ROB' }),
        candidate('p1', { fieldId: 'AI' }),
        candidate('p3', { fieldId: 'AI' }),
      ],
      [
        review('p2', 'zed', 70),
        review('p1', 'amy', 60),
        review('p2', 'amy', 80),
        review('p2', 'amy', 75),
        review('x', 'bob', 1),
      ],
    );

    expect(problem.projectIds).toEqual(['p1', 'p2', 'p3']);
    expect(problem.fieldIds).toEqual(['AI', 'ROB']);
    expect(Array.from(problem.projectField)).toEqual([0, 1, 0]);
    expect(problem.judgeIds).toEqual(['amy', 'zed']);
    expect(Array.from(problem.reviewStart)).toEqual([0, 1, 4, 4]);
    expect(Array.from(problem.reviewJudge)).toEqual([0, 0, 0, 1]);
    expect(Array.from(problem.reviewTotal)).toEqual([60, 75, 80, 70]);
  });
});
