import { AssignJudge, AssignProject, assignJudges } from './assign';

const projects = (n: number, fields = ['AI', 'ROBOTICS', 'BIOTECH']): AssignProject[] =>
  Array.from({ length: n }, (_, i) => ({
    projectId: `p${String(i).padStart(3, '0')}`,
    fieldId: fields[i % fields.length],
    judgeIds: [],
  }));
const judges = (n: number, loadLimit = 100): AssignJudge[] =>
  Array.from({ length: n }, (_, i) => ({ judgeId: `j${i}`, loadLimit, load: 0, fieldLoad: {} }));
const never = () => false;

function countBy<T>(items: T[], key: (t: T) => string) {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('assignJudges', () => {
  it('gives every project k distinct judges and spreads the load evenly', () => {
    const sut = assignJudges(projects(120), judges(12), 3, never);
    expect(sut.shortfalls).toEqual([]);
    const perProject = countBy(sut.pairs, (p) => p.projectId);
    expect(Object.values(perProject).every((n) => n === 3)).toBe(true);
    expect(new Set(sut.pairs.map((p) => `${p.projectId}/${p.judgeId}`)).size).toBe(360);
    const perJudge = Object.values(countBy(sut.pairs, (p) => p.judgeId));
    expect(Math.max(...perJudge) - Math.min(...perJudge)).toBeLessThanOrEqual(1);
  });

  it('mixes fields for each judge', () => {
    const list = projects(120);
    const sut = assignJudges(list, judges(12), 3, never);
    const fieldOf = new Map(list.map((p) => [p.projectId, p.fieldId]));
    for (const judgeId of new Set(sut.pairs.map((p) => p.judgeId))) {
      const fields = countBy(
        sut.pairs.filter((p) => p.judgeId === judgeId),
        (p) => fieldOf.get(p.projectId)!,
      );
      expect(Object.keys(fields)).toHaveLength(3);
      expect(Math.max(...Object.values(fields)) - Math.min(...Object.values(fields))).toBeLessThanOrEqual(2);
    }
  });

  it('never assigns a conflicted judge', () => {
    const conflicted = (j: string, p: string) => j === 'j0' || (j === 'j1' && p.endsWith('1'));
    const sut = assignJudges(projects(60), judges(6), 3, conflicted);
    expect(sut.pairs.some((p) => conflicted(p.judgeId, p.projectId))).toBe(false);
    expect(sut.shortfalls).toEqual([]);
  });

  it('respects load limits and reports the projects it could not cover', () => {
    const sut = assignJudges(projects(10), judges(3, 5), 2, never);
    const perJudge = countBy(sut.pairs, (p) => p.judgeId);
    expect(Math.max(...Object.values(perJudge))).toBeLessThanOrEqual(5);
    expect(sut.pairs).toHaveLength(15);
    expect(sut.shortfalls.length).toBeGreaterThan(0);
  });

  it('keeps existing assignments and only tops up', () => {
    const list = projects(3).map((p, i) => (i === 0 ? { ...p, judgeIds: ['j0', 'j1'] } : p));
    const existing = judges(4).map((j) =>
      j.judgeId === 'j0' || j.judgeId === 'j1' ? { ...j, load: 1, fieldLoad: { AI: 1 } } : j,
    );
    const sut = assignJudges(list, existing, 2, never);
    expect(sut.pairs.filter((p) => p.projectId === 'p000')).toEqual([]);
    expect(sut.pairs).toHaveLength(4);
  });

  it('is deterministic and ignores input order', () => {
    const a = assignJudges(projects(30), judges(5), 3, never);
    const b = assignJudges([...projects(30)].reverse(), [...judges(5)].reverse(), 3, never);
    const key = (r: typeof a) => r.pairs.map((p) => `${p.projectId}/${p.judgeId}`).sort();
    expect(key(b)).toEqual(key(a));
  });
});
