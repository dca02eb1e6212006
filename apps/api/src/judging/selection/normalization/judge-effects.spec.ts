import { buildProblem } from '../problem';
import { mulberry32 } from '../prng';
import { candidate, judgeId, review, shuffled, spread, syntheticEdition } from '../testing/factories';
import { normalizeZscore } from './zscore';
import { fitJudgeEffects } from './judge-effects';

const sut = fitJudgeEffects;

const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0) / xs.length;

function noiselessEdition() {
  const offsets = spread(10, -12, 12);
  const scales = shuffled(spread(10, 0.7, 1.3), mulberry32(5));
  const edition = syntheticEdition({
    seed: 11,
    projects: 400,
    fields: ['AI'],
    judges: 10,
    reviewsPerProject: [5, 5],
    offsets,
    scales,
    noise: 0,
  });
  return { ...edition, offsets, scales, problem: buildProblem(edition.candidates, edition.scores) };
}

describe('fitJudgeEffects', () => {
  it('recovers known offsets and scales from noiseless scores, with the default ridge', () => {
    const { problem, offsets, scales } = noiselessEdition();

    const fit = sut(problem);

    expect(fit.converged).toBe(true);
    offsets.forEach((offset, j) => expect(Math.abs(fit.judges.offset[j] - offset)).toBeLessThan(0.5));
    scales.forEach((scale, j) => expect(Math.abs(fit.judges.scale[j] - scale)).toBeLessThan(0.03));
  });

  it('recovers offsets, scales and qualities almost exactly with a negligible ridge', () => {
    const { problem, offsets, scales, truth } = noiselessEdition();

    const fit = sut(problem, { lambdaOffset: 1e-6, lambdaScale: 1e-6, lambdaQuality: 1e-6, tolerance: 1e-9 });

    offsets.forEach((offset, j) => expect(fit.judges.offset[j]).toBeCloseTo(offset, 2));
    scales.forEach((scale, j) => expect(fit.judges.scale[j]).toBeCloseTo(scale, 3));
    problem.projectIds.forEach((id, i) => expect(fit.quality[i]).toBeCloseTo(truth.get(id) ?? NaN, 2));
  });

  it('centres the offsets on 0 and the scales on 1', () => {
    const edition = syntheticEdition({
      seed: 3,
      projects: 150,
      fields: ['AI'],
      judges: 9,
      reviewsPerProject: [2, 4],
      offsets: spread(9, 0, 16),
      scales: spread(9, 1, 2),
      noise: 4,
    });

    const fit = sut(buildProblem(edition.candidates, edition.scores));

    expect(mean(fit.judges.offset)).toBeCloseTo(0, 9);
    expect(mean(fit.judges.scale)).toBeCloseTo(1, 9);
  });

  it('keeps a judge with a single score near neutral and shrinks a single-review project toward the mean', () => {
    const edition = syntheticEdition({
      seed: 8,
      projects: 60,
      fields: ['AI'],
      judges: 6,
      reviewsPerProject: [4, 4],
      noise: 1,
    });
    const middle = (id: string) => Math.abs((edition.truth.get(id) ?? 0) - edition.mu);
    const [first] = [...edition.candidates].sort((a, b) => middle(a.projectId) - middle(b.projectId));
    const truth = edition.truth.get(first.projectId) ?? 0;
    const lenientEverywhere = edition.candidates
      .slice(0, 20)
      .map((c) => review(c.projectId, 'lenient', (edition.truth.get(c.projectId) ?? 0) + 20));
    const scores = [
      ...edition.scores,
      ...lenientEverywhere,
      review(first.projectId, 'solo', truth + 20),
      review('single', judgeId(0), edition.mu + 20),
    ];
    const problem = buildProblem([...edition.candidates, candidate('single')], scores);

    const fit = sut(problem);

    const offsetOf = (id: string) => fit.judges.offset[problem.judgeIds.indexOf(id)];
    const centre = mean(fit.judges.offset.filter((_, j) => problem.judgeIds[j].startsWith('j')));
    expect(offsetOf('lenient') - centre).toBeGreaterThan(17);
    expect(offsetOf('solo') - centre).toBeLessThan(12);
    expect(offsetOf('solo') - centre).toBeGreaterThan(0);
    expect(fit.judges.scoreCount[problem.judgeIds.indexOf('solo')]).toBe(1);
    const single = fit.quality[problem.projectIds.indexOf('single')];
    expect(single - fit.state.mu).toBeGreaterThan(0);
    expect(single - fit.state.mu).toBeLessThan(12);
  });

  it('tells a lenient judge from a judge who drew strong projects, unlike a z-score', () => {
    // Qualities 50..89. "lenient" scores projects 0–19 (mean 59.5) 15 points high; "lucky" scores
    // projects 15–34 (mean 74.5) fairly: both judges average 74.5, so a z-score sees no difference.
    const projects = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, q: 50 + i }));
    const jitter = (i: number, k: number) => ((i * k) % 5) - 2;
    const scores = projects.flatMap(({ id, q }, i) => [
      review(id, 'a', q + jitter(i, 7)),
      review(id, 'b', q + jitter(i, 3)),
      ...(i < 20 ? [review(id, 'lenient', q + 15 + jitter(i, 11))] : []),
      ...(i >= 15 && i < 35 ? [review(id, 'lucky', q + jitter(i, 13))] : []),
    ]);
    const problem = buildProblem(
      projects.map((p) => candidate(p.id)),
      scores,
    );
    const lenient = problem.judgeIds.indexOf('lenient');
    const lucky = problem.judgeIds.indexOf('lucky');

    const fit = sut(problem);
    const zscore = normalizeZscore(problem, 2);

    // true gap 15; the ridge on the 3-review qualities keeps the fit a little short of it
    expect(fit.judges.offset[lenient] - fit.judges.offset[lucky]).toBeGreaterThan(10);
    expect(Math.abs(zscore.judges.offset[lenient] - zscore.judges.offset[lucky])).toBeLessThan(1);
  });

  it('reports whether it converged and how many sweeps it took', () => {
    const { problem } = noiselessEdition();

    const capped = sut(problem, { maxIterations: 1 });
    const full = sut(problem);

    expect(capped).toMatchObject({ converged: false, iterations: 1 });
    expect(full.converged).toBe(true);
    expect(full.iterations).toBeGreaterThan(1);
    expect(full.iterations).toBeLessThan(200);
  });

  it('is deterministic and a warm start lands on the same solution', () => {
    const { problem } = noiselessEdition();

    const first = sut(problem);
    const second = sut(problem);
    const warm = sut(problem, { warmStart: first.state });

    expect(second.quality).toEqual(first.quality);
    expect(second.judges).toEqual(first.judges);
    expect(warm.iterations).toBeLessThan(first.iterations);
    warm.quality.forEach((q, i) => expect(q).toBeCloseTo(first.quality[i], 4));
  });

  it('keeps every scale above the floor and leaves projects without reviews without quality', () => {
    const scores = [
      review('p1', 'flat', 50),
      review('p2', 'flat', 50),
      review('p1', 'x', 40),
      review('p2', 'x', 90),
    ];
    const problem = buildProblem([candidate('p1'), candidate('p2'), candidate('p3')], scores);

    const fit = sut(problem, { minScale: 0.05 });

    fit.judges.scale.forEach((s) => expect(s).toBeGreaterThan(0));
    expect(fit.quality[2]).toBeNaN();
    expect(fit.quality[1]).toBeGreaterThan(fit.quality[0]);
  });
});
