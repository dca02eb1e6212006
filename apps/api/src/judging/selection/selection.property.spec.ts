/**
 * Property tests over ~200 random editions drawn from a seeded generator: fields 1–5, candidates
 * 0–80, judges 1–12, reviews per project 0–5, random totals, caps, rules and methods.
 */
import { fieldShare } from './quota-pick';
import { runSelection } from './run-selection';
import { Prng, mulberry32 } from './prng';
import { Candidate, Override, ReviewScore, SelectionResult, SelectionSettings } from './selection.types';
import { BASE_TIME, candidate, gaussian, judgeId, projectId, review, shuffled } from './testing/factories';

const sut = runSelection;

interface RandomEdition {
  candidates: Candidate[];
  scores: ReviewScore[];
  settings: SelectionSettings;
  overrides: Override[];
}

const METHODS = ['JUDGE_EFFECTS', 'ZSCORE', 'RAW'] as const;
const pickOne = <T>(random: Prng, items: readonly T[]): T => items[random.int(items.length)];

/** Field k with weight 1/(k+1)², so that the last fields are often short of eligible projects. */
function skewed(random: Prng, n: number): number {
  const weights = Array.from({ length: n }, (_, k) => 1 / (k + 1) ** 2);
  let r = random.next() * weights.reduce((s, w) => s + w, 0);
  for (let k = 0; k < n - 1; k++) {
    if (r < weights[k]) return k;
    r -= weights[k];
  }
  return n - 1;
}

function randomEdition(random: Prng, withOverrides: boolean): RandomEdition {
  const fields = Array.from({ length: 1 + random.int(5) }, (_, f) => `field${f}`);
  const judges = 1 + random.int(12);
  const leniency = Array.from({ length: judges }, () => 10 * gaussian(random));
  const candidates: Candidate[] = [];
  const scores: ReviewScore[] = [];
  const count = random.int(81);
  for (let i = 0; i < count; i++) {
    const id = projectId(i);
    // a few equal submission times and equal totals make the later tie-break steps matter
    candidates.push(
      candidate(id, {
        fieldId: fields[skewed(random, fields.length)],
        submittedAt: new Date(BASE_TIME + random.int(5) * 3600_000).toISOString(),
      }),
    );
    const quality = 40 + random.int(50);
    const reviewers = shuffled(
      Array.from({ length: judges }, (_, j) => j),
      random,
    ).slice(0, random.int(6));
    for (const j of reviewers) {
      const total = random.next() < 0.2 ? quality : quality + leniency[j] + 5 * gaussian(random);
      scores.push(review(id, judgeId(j), Math.round(total * 2) / 2));
    }
  }
  const overrides: Override[] = [];
  if (withOverrides) {
    for (const c of candidates) {
      if (random.next() < 0.08) {
        overrides.push({
          projectId: c.projectId,
          decision: pickOne(random, ['INCLUDE', 'EXCLUDE'] as const),
          reason: 'r',
        });
      }
    }
  }
  const finalistTotal = random.int(26);
  // half the time a cap above the equal share, so that there is room to redistribute
  const perFieldCap =
    random.next() < 0.5 ? random.int(11) : Math.floor(finalistTotal / fields.length) + 1 + random.int(4);
  return {
    candidates,
    scores,
    overrides,
    settings: {
      method: pickOne(random, METHODS),
      finalistTotal,
      perFieldCap,
      unfilledSlotRule: pickOne(random, ['LEAVE_EMPTY', 'REDISTRIBUTE'] as const),
      minReviews: random.int(5),
      zscoreMinScores: random.int(7),
      bootstrapRounds: random.next() < 0.15 ? 10 : 0,
      seed: random.int(1000),
    },
  };
}

function editions(seed: number, n: number, withOverrides: boolean): RandomEdition[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, () => randomEdition(random, withOverrides));
}

function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of items) out.set(key(t), (out.get(key(t)) ?? 0) + 1);
  return out;
}

/** Eligible projects per field, counted from the input, not from the result. */
function eligibleByField(e: RandomEdition): Map<string, number> {
  const reviews = countBy(e.scores, (s) => s.projectId);
  const min = Math.max(1, e.settings.minReviews);
  return countBy(
    e.candidates.filter((c) => (reviews.get(c.projectId) ?? 0) >= min),
    (c) => c.fieldId,
  );
}

function check(e: RandomEdition, result: SelectionResult): void {
  const { finalistTotal, perFieldCap, unfilledSlotRule } = e.settings;
  const selected = result.projects.filter((p) => p.selected);
  const selectedByField = countBy(selected, (p) => p.fieldId);
  const fields = [...new Set(e.candidates.map((c) => c.fieldId))];
  const share = fieldShare(finalistTotal, perFieldCap, fields.length);
  const eligible = eligibleByField(e);

  expect(selected.length).toBeLessThanOrEqual(finalistTotal);
  for (const f of fields) expect(selectedByField.get(f) ?? 0).toBeLessThanOrEqual(perFieldCap);
  expect(
    selected.every((p) => !p.belowMinReviews && p.reviewCount >= Math.max(1, e.settings.minReviews)),
  ).toBe(true);

  const ownShares = fields.reduce((s, f) => s + Math.min(share, eligible.get(f) ?? 0), 0);
  const room = fields.reduce((s, f) => s + Math.min(perFieldCap, eligible.get(f) ?? 0), 0);
  const remainder = finalistTotal - share * fields.length;
  if (unfilledSlotRule === 'LEAVE_EMPTY') {
    expect(selected.length).toBe(ownShares + Math.min(remainder, room - ownShares));
    // a field short of eligible projects takes them all, and its missing slots go nowhere
    for (const f of fields) {
      const own = Math.min(share, eligible.get(f) ?? 0);
      expect(selectedByField.get(f) ?? 0).toBeGreaterThanOrEqual(own);
    }
    expect(selected.length).toBeLessThanOrEqual(ownShares + remainder);
  } else {
    expect(selected.length).toBe(Math.min(finalistTotal, room));
  }

  // within a field, the finalists are exactly its best-ranked eligible projects
  for (const f of fields) {
    const ranked = result.projects.filter((p) => p.fieldId === f && p.rankInField !== null);
    const firstOut = ranked.findIndex((p) => !p.selected);
    if (firstOut >= 0) expect(ranked.slice(firstOut).some((p) => p.selected)).toBe(false);
  }
  const ranks = result.projects.flatMap((p) => (p.rankOverall === null ? [] : [p.rankOverall]));
  expect(ranks).toEqual(ranks.map((_, k) => k + 1));
}

describe('selection properties over random editions', () => {
  const cases = editions(20200501, 200, false);

  it('never exceeds the total or a field cap, respects the unfilled-slot rule and selects only eligible projects', () => {
    for (const e of cases) check(e, sut(e.candidates, e.scores, e.settings));
  });

  it('draws editions that exercise every rule (so the properties above are not vacuous)', () => {
    const results = cases.map((e) => ({ e, result: sut(e.candidates, e.scores, e.settings) }));
    const count = (test: (e: RandomEdition, r: SelectionResult) => boolean) =>
      results.filter(({ e, result }) => test(e, result)).length;
    const reasons = new Set(results.flatMap(({ result }) => result.projects.map((p) => p.reason)));

    for (const method of METHODS) expect(count((e) => e.settings.method === method)).toBeGreaterThan(30);
    expect(
      count((e, r) => e.settings.unfilledSlotRule === 'LEAVE_EMPTY' && r.fields.some((f) => f.unfilled > 0)),
    ).toBeGreaterThan(10);
    expect(count((_, r) => r.projects.some((p) => p.reason === 'SELECTED_REDISTRIBUTED'))).toBeGreaterThan(
      10,
    );
    expect(count((e) => e.candidates.length === 0)).toBeGreaterThan(0);
    expect([...reasons].sort()).toEqual([
      'BELOW_MIN_REVIEWS',
      'FIELD_CAP_REACHED',
      'FIELD_SHARE_REACHED',
      'SELECTED',
      'SELECTED_REDISTRIBUTED',
      'TOTAL_REACHED',
    ]);
  });

  it('gives an identical result whatever the order of candidates and scores', () => {
    const random = mulberry32(77);
    for (const e of cases) {
      const result = sut(e.candidates, e.scores, e.settings);
      const reordered = sut(shuffled(e.candidates, random), shuffled(e.scores, random), e.settings);
      expect(reordered).toEqual(result);
    }
  });

  it('with overrides: INCLUDEs are always in, EXCLUDEs never, and only INCLUDEs exceed a cap or the total', () => {
    for (const e of editions(42, 100, true)) {
      const result = sut(
        e.candidates,
        shuffled(e.scores, mulberry32(1)),
        e.settings,
        shuffled(e.overrides, mulberry32(2)),
      );
      const byId = new Map(result.projects.map((p) => [p.projectId, p]));
      const included = e.overrides.filter((o) => o.decision === 'INCLUDE');
      for (const o of e.overrides) expect(byId.get(o.projectId)?.selected).toBe(o.decision === 'INCLUDE');
      const selected = result.projects.filter((p) => p.selected);
      expect(selected.length).toBeLessThanOrEqual(Math.max(e.settings.finalistTotal, included.length));
      const includedByField = countBy(included, (o) => byId.get(o.projectId)?.fieldId ?? '');
      for (const [f, n] of countBy(selected, (p) => p.fieldId)) {
        expect(n).toBeLessThanOrEqual(Math.max(e.settings.perFieldCap, includedByField.get(f) ?? 0));
      }
      expect(selected.every((p) => p.reason === 'SELECTED_BY_OVERRIDE' || !p.belowMinReviews)).toBe(true);
    }
  });
});
