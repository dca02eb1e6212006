import { buildProblem } from '../problem';
import { candidate, review } from '../testing/factories';
import { normalizeZscore } from './zscore';

const sut = normalizeZscore;

const population = (xs: number[]) => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return { mean, sd: Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length) };
};

describe('normalizeZscore', () => {
  const three = ['p1', 'p2', 'p3'].map((id) => candidate(id));

  it('standardises each judge and maps the mean z back onto the score scale', () => {
    const totals = { harsh: [40, 50, 60], lenient: [80, 85, 90] };
    const scores = [
      ...totals.harsh.map((t, i) => review(`p${i + 1}`, 'harsh', t)),
      ...totals.lenient.map((t, i) => review(`p${i + 1}`, 'lenient', t)),
    ];
    const global = population([...totals.harsh, ...totals.lenient]);
    const z = Math.sqrt(1.5); // (60 − 50) / sd(40, 50, 60) = 10 / √(200/3)

    const result = sut(buildProblem(three, scores), 3);

    expect(result.quality[0]).toBeCloseTo(global.mean - global.sd * z, 9);
    expect(result.quality[1]).toBeCloseTo(global.mean, 9);
    expect(result.quality[2]).toBeCloseTo(global.mean + global.sd * z, 9);
    expect(result.rawMean[0]).toBe(60);
    expect(Array.from(result.judges.leftRaw)).toEqual([0, 0]);
    expect(result.judges.offset[0]).toBeCloseTo(50 - global.mean, 9);
    expect(result.judges.scale[1]).toBeCloseTo(population(totals.lenient).sd / global.sd, 9);
  });

  it('leaves a judge with too few scores raw, standardised with the global mean and sd, and flags them', () => {
    const scores = [
      review('p1', 'busy', 50),
      review('p2', 'busy', 60),
      review('p3', 'busy', 70),
      review('p1', 'rare', 90),
    ];
    const global = population([50, 60, 70, 90]);

    const result = sut(buildProblem(three, scores), 3);

    const rare = 1;
    expect(result.judges.leftRaw[rare]).toBe(1);
    expect(result.judges.offset[rare]).toBe(0);
    expect(result.judges.scale[rare]).toBe(1);
    const zBusy = (50 - 60) / population([50, 60, 70]).sd;
    const zRare = (90 - global.mean) / global.sd;
    expect(result.quality[0]).toBeCloseTo(global.mean + global.sd * ((zBusy + zRare) / 2), 9);
  });

  it('gives z = 0 to every score of a judge whose scores are all equal', () => {
    const scores = [review('p1', 'flat', 70.1), review('p2', 'flat', 70.1), review('p3', 'flat', 70.1)];

    const result = sut(buildProblem(three, scores), 2);

    expect(Array.from(result.quality)).toEqual([70.1, 70.1, 70.1]);
  });

  it('has no quality for a project without reviews and reports converged without iterations', () => {
    const result = sut(buildProblem(three, [review('p1', 'j', 50), review('p2', 'j', 60)]), 1);

    expect(result.quality[2]).toBeNaN();
    expect(result.rawMean[2]).toBeNaN();
    expect(result).toMatchObject({ converged: true, iterations: 0 });
  });
});
