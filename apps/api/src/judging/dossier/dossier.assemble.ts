import { JUDGING_ROUNDS } from '@bridge/contracts';
import type { JudgingRound } from '@bridge/contracts';
import type { JudgeEffect } from '../selection';
import type { DossierJudge, DossierRun, DossierScore, FairnessDossier } from './dossier.model';
import { recusals, results } from './dossier.outcomes';
import { DossierSource, ROUND_ORDER, finalOf, preliminaryOf } from './dossier.source';

export type { DossierSource } from './dossier.source';

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/**
 * Puts the dossier together from its rows: runs with their status, each judge's habit per round (from
 * the latest run of the round), every review and criterion score (with the judge's habit), recusals,
 * overrides (and whether the latest run applied them) and the latest outcomes. Pure: tested alone.
 */
export function assembleDossier(source: DossierSource): FairnessDossier {
  const fieldCode = new Map(source.fields.map((f) => [f.id, f.code]));
  const projects = new Map(source.projects.map((p) => [p.id, p]));
  const judges = new Map(source.judges.map((j) => [j.id, j]));
  const criteria = new Map(source.criteria.map((c) => [c.id, c]));
  const assignments = new Map(source.assignments.map((a) => [a.id, a]));
  const judgeName = (id: string) => judges.get(id)?.displayName ?? id;
  const titleOf = (id: string) => projects.get(id)?.title ?? {};
  const codeOf = (id: string) => fieldCode.get(projects.get(id)?.fieldId ?? '') ?? null;
  const userName = (id: string | null) => (id ? (source.users.get(id) ?? id) : null);

  const runs = [...source.runs].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const latest = new Map<JudgingRound, DossierSource['runs'][number]>();
  for (const run of runs) latest.set(run.round, run);
  const effects = new Map<string, JudgeEffect>();
  for (const [round, run] of latest) {
    for (const effect of (preliminaryOf(run) ?? finalOf(run))?.judges ?? [])
      effects.set(`${round}|${effect.judgeId}`, effect);
  }

  const dossierRuns: DossierRun[] = runs.map((run) => {
    const outcomes = preliminaryOf(run)?.projects ?? finalOf(run)?.projects ?? [];
    const status = run.publishedAt
      ? 'PUBLISHED'
      : latest.get(run.round)?.id !== run.id
        ? 'SUPERSEDED'
        : source.staleRunIds.has(run.id)
          ? 'STALE'
          : 'CURRENT';
    return {
      runId: run.id,
      round: run.round,
      method: run.method,
      status,
      inputHash: run.inputHash,
      createdAt: run.createdAt,
      createdBy: userName(run.createdById),
      publishedAt: run.publishedAt,
      candidates: outcomes.length,
      reviews: outcomes.reduce((sum, o) => sum + o.reviewCount, 0),
      converged: preliminaryOf(run)?.converged ?? null,
      iterations: preliminaryOf(run)?.iterations ?? null,
      settings: JSON.stringify(run.settings),
    };
  });

  const judgeRows: DossierJudge[] = [];
  for (const round of JUDGING_ROUNDS) {
    for (const judge of source.judges) {
      const own = source.assignments.filter((a) => a.round === round && a.judgeId === judge.id);
      const effect = effects.get(`${round}|${judge.id}`);
      if (!own.length && !effect) continue;
      const submitted = own.filter((a) => a.status === 'SUBMITTED');
      judgeRows.push({
        judgeId: judge.id,
        name: judge.displayName,
        email: judge.email,
        affiliation: judge.affiliation,
        status: judge.status,
        round,
        assigned: own.length,
        submitted: submitted.length,
        abstained: own.filter((a) => a.status === 'ABSTAINED').length,
        meanTotal: mean(submitted.map((a) => Number(a.total))),
        runId: effect ? (latest.get(round)?.id ?? null) : null,
        scoreCount: effect?.scoreCount ?? null,
        offset: effect?.offset ?? null,
        scale: effect?.scale ?? null,
        leftRaw: effect?.leftRaw ?? null,
      });
    }
  }

  const assignmentRows = [...source.assignments]
    .sort(
      (a, b) =>
        ROUND_ORDER(a.round) - ROUND_ORDER(b.round) ||
        (codeOf(a.projectId) ?? '').localeCompare(codeOf(b.projectId) ?? '') ||
        a.projectId.localeCompare(b.projectId) ||
        judgeName(a.judgeId).localeCompare(judgeName(b.judgeId)),
    )
    .map((a) => ({
      assignmentId: a.id,
      round: a.round,
      judgeId: a.judgeId,
      judgeName: judgeName(a.judgeId),
      projectId: a.projectId,
      projectTitle: titleOf(a.projectId),
      fieldCode: codeOf(a.projectId),
      status: a.status,
      source: a.source,
      total: a.total,
      abstainReason: a.abstainReason,
      createdAt: a.createdAt,
      submittedAt: a.submittedAt,
    }));
  const order = new Map(assignmentRows.map((a, i) => [a.assignmentId, i]));

  const scoreRows: DossierScore[] = source.scores
    .filter((s) => assignments.has(s.assignmentId) && criteria.has(s.criterionId))
    .sort(
      (a, b) =>
        (order.get(a.assignmentId) ?? 0) - (order.get(b.assignmentId) ?? 0) ||
        (criteria.get(a.criterionId)?.position ?? 0) - (criteria.get(b.criterionId)?.position ?? 0),
    )
    .flatMap((s) => {
      const a = assignments.get(s.assignmentId);
      const c = criteria.get(s.criterionId);
      if (!a || !c) return [];
      const effect = effects.get(`${a.round}|${a.judgeId}`);
      const row: DossierScore = {
        round: a.round,
        assignmentId: a.id,
        assignmentStatus: a.status,
        judgeId: a.judgeId,
        judgeName: judgeName(a.judgeId),
        projectId: a.projectId,
        projectTitle: titleOf(a.projectId),
        fieldCode: codeOf(a.projectId),
        criterionId: c.id,
        criterionName: c.name,
        weight: c.weight,
        maxScore: c.maxScore,
        value: s.value,
        comment: s.comment,
        total: a.total,
        submittedAt: a.submittedAt,
        judgeOffset: effect?.offset ?? null,
        judgeScale: effect?.scale ?? null,
      };
      return [row];
    });

  const preliminary = latest.get('PRELIMINARY');
  const preliminaryOutcomes = new Map(
    (preliminary ? (preliminaryOf(preliminary)?.projects ?? []) : []).map((o) => [o.projectId, o]),
  );
  return {
    competition: source.competition,
    generatedAt: source.generatedAt,
    generatedBy: source.generatedBy,
    timeline: source.timeline,
    criteria: [...source.criteria]
      .sort((a, b) => ROUND_ORDER(a.round) - ROUND_ORDER(b.round) || a.position - b.position)
      .map(({ id, round, name, description, weight, maxScore, position }) => ({
        id,
        round,
        name,
        description,
        weight,
        maxScore,
        position,
      })),
    runs: dossierRuns,
    judges: judgeRows,
    assignments: assignmentRows,
    scores: scoreRows,
    recusals: recusals(source, { judgeName, titleOf }),
    overrides: [...source.overrides]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((o) => {
        const outcome = preliminaryOutcomes.get(o.projectId);
        return {
          projectId: o.projectId,
          projectTitle: titleOf(o.projectId),
          fieldCode: codeOf(o.projectId),
          decision: o.decision,
          reason: o.reason,
          createdBy: userName(o.createdById),
          createdAt: o.createdAt,
          outcomeReason: outcome?.reason ?? null,
          applied:
            outcome?.reason === (o.decision === 'INCLUDE' ? 'SELECTED_BY_OVERRIDE' : 'EXCLUDED_BY_OVERRIDE'),
        };
      }),
    results: results(latest, { titleOf, codeOf, statusOf: (id) => projects.get(id)?.status ?? null }),
  };
}
