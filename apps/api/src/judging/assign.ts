/**
 * Automatic assignment of judges to projects: every project gets `k` judges (counting those it has),
 * no judge passes their load limit, no conflicted judge is used, and each judge gets a mix of fields.
 * Deterministic: the same input gives the same assignment.
 */
export interface AssignProject {
  projectId: string;
  fieldId: string;
  /** Judges already assigned (kept). */
  judgeIds: readonly string[];
}

export interface AssignJudge {
  judgeId: string;
  loadLimit: number;
  /** Assignments this judge already has in the round. */
  load: number;
  /** Of those, how many per field. */
  fieldLoad: Readonly<Record<string, number>>;
}

export interface AssignResult {
  pairs: Array<{ projectId: string; judgeId: string }>;
  /** Projects that could not get k judges, with how many they have. */
  shortfalls: Array<{ projectId: string; judges: number }>;
}

/** A small deterministic hash, to break ties without favouring the alphabetically first judge. */
function mix(a: string, b: string): number {
  let h = 2166136261;
  for (const ch of a + '|' + b) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

export function assignJudges(
  projects: readonly AssignProject[],
  judges: readonly AssignJudge[],
  k: number,
  isConflicted: (judgeId: string, projectId: string) => boolean,
): AssignResult {
  const state = new Map(
    judges.map((j) => [j.judgeId, { ...j, fieldLoad: { ...j.fieldLoad } as Record<string, number> }]),
  );
  const eligible = (p: AssignProject) =>
    judges.filter((j) => !p.judgeIds.includes(j.judgeId) && !isConflicted(j.judgeId, p.projectId));
  // Hardest first: projects with the fewest eligible judges, then by id for determinism.
  const order = [...projects]
    .filter((p) => p.judgeIds.length < k)
    .map((p) => ({ p, options: eligible(p).length }))
    .sort((a, b) => a.options - b.options || a.p.projectId.localeCompare(b.p.projectId));

  const pairs: AssignResult['pairs'] = [];
  const shortfalls: AssignResult['shortfalls'] = [];
  for (const { p } of order) {
    const have = new Set(p.judgeIds);
    const candidates = eligible(p)
      .flatMap((j) => state.get(j.judgeId) ?? [])
      .filter((j) => j.load < j.loadLimit)
      .sort(
        (a, b) =>
          a.load / a.loadLimit - b.load / b.loadLimit ||
          (a.fieldLoad[p.fieldId] ?? 0) - (b.fieldLoad[p.fieldId] ?? 0) ||
          mix(a.judgeId, p.projectId) - mix(b.judgeId, p.projectId) ||
          a.judgeId.localeCompare(b.judgeId),
      );
    for (const judge of candidates) {
      if (have.size >= k) break;
      have.add(judge.judgeId);
      judge.load += 1;
      judge.fieldLoad[p.fieldId] = (judge.fieldLoad[p.fieldId] ?? 0) + 1;
      pairs.push({ projectId: p.projectId, judgeId: judge.judgeId });
    }
    if (have.size < k) shortfalls.push({ projectId: p.projectId, judges: have.size });
  }
  return { pairs, shortfalls };
}
