/**
 * Test-data factories for the selection specs and the benchmark: small builders for candidates,
 * reviews and settings, and a seeded generator of synthetic editions with known truth.
 */
import { Prng, mulberry32 } from '../prng';
import { Candidate, ReviewScore, SelectionSettings } from '../selection.types';

export const BASE_TIME = Date.UTC(2020, 4, 1);

export function projectId(i: number): string {
  return `p${String(i).padStart(6, '0')}`;
}

export function judgeId(j: number): string {
  return `j${String(j).padStart(3, '0')}`;
}

export function candidate(id: string, overrides: Partial<Omit<Candidate, 'projectId'>> = {}): Candidate {
  return { projectId: id, fieldId: 'AI', submittedAt: new Date(BASE_TIME).toISOString(), ...overrides };
}

export function review(project: string, judge: string, total: number): ReviewScore {
  return { projectId: project, judgeId: judge, total };
}

/** The 2020 defaults: 18 finalists, at most 6 per field; no bootstrap unless asked. */
export function settings(overrides: Partial<SelectionSettings> = {}): SelectionSettings {
  return {
    method: 'JUDGE_EFFECTS',
    finalistTotal: 18,
    perFieldCap: 6,
    unfilledSlotRule: 'LEAVE_EMPTY',
    minReviews: 1,
    zscoreMinScores: 3,
    bootstrapRounds: 0,
    seed: 1,
    ...overrides,
  };
}

/** Standard normal deviate (Box–Muller, one of the pair). */
export function gaussian(random: Prng): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function shuffled<T>(items: readonly T[], random: Prng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const k = random.int(i + 1);
    [out[i], out[k]] = [out[k], out[i]];
  }
  return out;
}

export interface SyntheticOptions {
  seed: number;
  projects: number;
  fields: string[];
  judges: number;
  /** inclusive range of reviews per project */
  reviewsPerProject: [number, number];
  /** per judge; default 0 */
  offsets?: number[];
  /** per judge; default 1 */
  scales?: number[];
  /** sd of the per-review noise */
  noise: number;
  qualityMean?: number;
  qualitySd?: number;
  /**
   * Weight of judge j for a project at quality percentile u in [0, 1] (default: uniform). Judges are
   * drawn without replacement in proportion to it.
   */
  affinity?: (judge: number, percentile: number) => number;
}

export interface SyntheticEdition {
  candidates: Candidate[];
  scores: ReviewScore[];
  /** true quality per project id */
  truth: Map<string, number>;
  /** the mean of the true qualities: the μ of the generating model */
  mu: number;
}

/** score = μ + offset_j + scale_j · (q_i − μ) + noise, μ = mean of the true qualities. */
export function syntheticEdition(o: SyntheticOptions): SyntheticEdition {
  const random = mulberry32(o.seed);
  const quality = Array.from(
    { length: o.projects },
    () => (o.qualityMean ?? 60) + (o.qualitySd ?? 10) * gaussian(random),
  );
  const mu = quality.reduce((s, q) => s + q, 0) / Math.max(1, quality.length);
  const byQuality = quality.map((q, i) => [q, i] as const).sort((a, b) => a[0] - b[0]);
  const percentile = new Array<number>(o.projects);
  byQuality.forEach(([, i], rank) => (percentile[i] = o.projects > 1 ? rank / (o.projects - 1) : 0.5));

  const candidates: Candidate[] = [];
  const scores: ReviewScore[] = [];
  const truth = new Map<string, number>();
  for (let i = 0; i < o.projects; i++) {
    const id = projectId(i);
    truth.set(id, quality[i]);
    candidates.push(
      candidate(id, {
        fieldId: o.fields[i % o.fields.length],
        submittedAt: new Date(BASE_TIME + random.int(30 * 86400) * 1000).toISOString(),
      }),
    );
    const [lo, hi] = o.reviewsPerProject;
    const count = Math.min(o.judges, lo + random.int(hi - lo + 1));
    for (const j of drawJudges(random, o.judges, count, (j) => o.affinity?.(j, percentile[i]) ?? 1)) {
      const offset = o.offsets?.[j] ?? 0;
      const scale = o.scales?.[j] ?? 1;
      scores.push(
        review(id, judgeId(j), mu + offset + scale * (quality[i] - mu) + o.noise * gaussian(random)),
      );
    }
  }
  return { candidates, scores, truth, mu };
}

function drawJudges(random: Prng, judges: number, count: number, weight: (j: number) => number): number[] {
  const pool = Array.from({ length: judges }, (_, j) => j);
  const drawn: number[] = [];
  while (drawn.length < count && pool.length > 0) {
    const weights = pool.map(weight);
    let r = random.next() * weights.reduce((s, w) => s + w, 0);
    let k = 0;
    while (k < pool.length - 1 && r >= weights[k]) r -= weights[k++];
    drawn.push(pool[k]);
    pool.splice(k, 1);
  }
  return drawn;
}

/** Evenly spaced values from lo to hi (n of them). */
export function spread(n: number, lo: number, hi: number): number[] {
  return Array.from({ length: n }, (_, k) => (n > 1 ? lo + ((hi - lo) * k) / (n - 1) : (lo + hi) / 2));
}

export interface ProjectRow {
  id: string;
  field?: string;
  /** review totals, given by judges j000, j001, … in order unless `judges` names them */
  totals: number[];
  judges?: string[];
  submittedAt?: string;
}

/** A small edition from explicit review totals per project. */
export function editionFromRows(rows: ProjectRow[]): { candidates: Candidate[]; scores: ReviewScore[] } {
  return {
    candidates: rows.map((r) =>
      candidate(r.id, { fieldId: r.field ?? 'AI', ...(r.submittedAt ? { submittedAt: r.submittedAt } : {}) }),
    ),
    scores: rows.flatMap((r) => r.totals.map((t, k) => review(r.id, r.judges?.[k] ?? judgeId(k), t))),
  };
}

/**
 * The best project ("star", quality 85) is reviewed by a judge who scores 20 points low and one
 * neutral judge; three "good" projects (quality ≈ 80) by two neutral judges. The harsh judge also
 * reviews six weaker projects next to two neutral judges, so the harshness shows. Raw means rank the
 * good projects above the star; a normalisation that sees the harshness does not.
 */
export function harshJudgeEdition(): { candidates: Candidate[]; scores: ReviewScore[] } {
  const jitter = (k: number) => ((k * 37) % 7) / 7 - 0.5;
  const rows: ProjectRow[] = [
    { id: 'star', totals: [85 - 20, 85], judges: ['harsh', 'n1'] },
    { id: 'good1', totals: [80.5, 80.5], judges: ['n1', 'n2'] },
    { id: 'good2', totals: [80, 80], judges: ['n2', 'n3'] },
    { id: 'good3', totals: [79.5, 79.5], judges: ['n1', 'n3'] },
    ...spread(6, 50, 70).map((q, k) => ({
      id: `weak${k}`,
      totals: [q - 20 + jitter(k), q + jitter(k + 1), q + jitter(k + 2)],
      judges: ['harsh', 'n2', 'n3'],
    })),
  ];
  return editionFromRows(rows);
}
