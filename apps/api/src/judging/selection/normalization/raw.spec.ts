import { buildProblem } from '../problem';
import { candidate, review } from '../testing/factories';
import { normalizeRaw } from './raw';

const sut = normalizeRaw;

describe('normalizeRaw', () => {
  it('uses the plain mean of the totals and leaves every judge neutral', () => {
    const problem = buildProblem(
      [candidate('p1'), candidate('p2'), candidate('p3')],
      [
        review('p1', 'a', 60),
        review('p1', 'b', 75),
        review('p2', 'a', 40),
        review('p2', 'b', 41),
        review('p2', 'c', 42),
      ],
    );

    const result = sut(problem);

    expect(Array.from(result.quality.slice(0, 2))).toEqual([67.5, 41]);
    expect(result.quality[2]).toBeNaN();
    expect(Array.from(result.judges.scoreCount)).toEqual([2, 2, 1]);
    expect(Array.from(result.judges.offset)).toEqual([0, 0, 0]);
    expect(Array.from(result.judges.scale)).toEqual([1, 1, 1]);
  });
});
