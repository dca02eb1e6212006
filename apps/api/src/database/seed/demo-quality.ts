import { FINAL_CRITERIA, PRELIMINARY_CRITERIA } from './demo-edition.data';
import { DemoRandom, clamp } from './demo-random';

/**
 * The hidden truth behind the demo scores: each project has a true quality and per-criterion
 * aspects; each judge a leniency (offset) and a spread. The selection has to recover them.
 */

/** The per-criterion aspects of a project: its true quality plus its own strengths and weaknesses. */
export function aspectsOf(rng: DemoRandom, quality: number, finalQuality: number): Record<string, number> {
  const aspects: Record<string, number> = {};
  for (const c of PRELIMINARY_CRITERIA) aspects[c.key] = clamp(quality + rng.normal(0, 7), 0, 100);
  for (const c of FINAL_CRITERIA) aspects[c.key] = clamp(finalQuality + rng.normal(0, 5), 0, 100);
  return aspects;
}

export interface JudgeHabit {
  offset: number;
  spread: number;
}

/**
 * One judge's marks for a project: the project's aspect per criterion, stretched by the judge's
 * spread around the middle, shifted by their leniency, plus noise; whole marks from 0 to maxScore.
 */
export function judgeMarks(
  rng: DemoRandom,
  project: { aspects: Record<string, number> },
  judge: JudgeHabit,
  criteria: ReadonlyArray<{ key: string; maxScore: number }>,
): Record<string, number> {
  const marks: Record<string, number> = {};
  for (const c of criteria) {
    const points = 55 + judge.spread * (project.aspects[c.key] - 55) + judge.offset + rng.normal(0, 5);
    marks[c.key] = clamp(Math.round((points / 100) * c.maxScore), 0, c.maxScore);
  }
  return marks;
}
