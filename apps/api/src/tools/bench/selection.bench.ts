/**
 * Selection benchmark: runSelection for 100,000 applications in 3 fields with 30 judges and ~3
 * reviews each, for every normalisation method without the bootstrap; then the bootstrap (200
 * rounds) for 120 applications with 12 judges and ~4 reviews each, for every method. Each is timed
 * twice: the first run includes the JIT warm-up of a fresh process, the second is the steady state.
 * Seeded data, so every run times the same work. Prints figures and targets; asserts nothing.
 */
import { runSelection } from '../../judging/selection';
import type { NormalizationMethod, SelectionSettings } from '../../judging/selection';
import { mulberry32 } from '../../judging/selection/prng';
import { shuffled, spread, syntheticEdition } from '../../judging/selection/testing/factories';

const METHODS: NormalizationMethod[] = ['JUDGE_EFFECTS', 'ZSCORE', 'RAW'];
const FIELDS = ['AI', 'ROBOTICS', 'BIOTECH'];
const TARGET_SELECTION_MS = 5000;
const TARGET_BOOTSTRAP_MS = 2000;

function edition(projects: number, judges: number, reviews: [number, number], seed: number) {
  return syntheticEdition({
    seed,
    projects,
    fields: FIELDS,
    judges,
    reviewsPerProject: reviews,
    offsets: spread(judges, -15, 15),
    scales: shuffled(spread(judges, 0.7, 1.3), mulberry32(seed + 1)),
    noise: 5,
  });
}

function settings(method: NormalizationMethod, bootstrapRounds: number): SelectionSettings {
  return {
    method,
    finalistTotal: 18,
    perFieldCap: 6,
    unfilledSlotRule: 'REDISTRIBUTE',
    minReviews: 2,
    zscoreMinScores: 5,
    bootstrapRounds,
    seed: 2020,
  };
}

function time<T>(run: () => T): { ms: number; value: T } {
  const started = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value };
}

const verdict = (first: number, second: number, target: number) =>
  `first ${first.toFixed(0).padStart(5)} ms, second ${second.toFixed(0).padStart(5)} ms ` +
  `(target < ${target} ms: ${Math.max(first, second) < target ? 'met' : 'MISSED'})`;

function main(): void {
  const large = edition(100_000, 30, [2, 4], 1);
  console.log(
    `selection of ${large.candidates.length} applications, ${large.scores.length} scores, 30 judges, no bootstrap`,
  );
  for (const method of METHODS) {
    const first = time(() => runSelection(large.candidates, large.scores, settings(method, 0)));
    const second = time(() => runSelection(large.candidates, large.scores, settings(method, 0)));
    const { iterations, converged } = second.value;
    const note = method === 'JUDGE_EFFECTS' ? `, ${iterations} sweeps, converged ${converged}` : '';
    console.log(`  ${method.padEnd(13)} ${verdict(first.ms, second.ms, TARGET_SELECTION_MS)}${note}`);
  }

  const small = edition(120, 12, [3, 5], 2);
  console.log(
    `bootstrap, 200 rounds, ${small.candidates.length} applications, ${small.scores.length} scores, 12 judges`,
  );
  for (const method of METHODS) {
    const first = time(() => runSelection(small.candidates, small.scores, settings(method, 200)));
    const second = time(() => runSelection(small.candidates, small.scores, settings(method, 200)));
    const nearTies = second.value.projects.filter((p) => p.nearTie).length;
    console.log(
      `  ${method.padEnd(13)} ${verdict(first.ms, second.ms, TARGET_BOOTSTRAP_MS)}, ${nearTies} near-ties`,
    );
  }
}

main();
