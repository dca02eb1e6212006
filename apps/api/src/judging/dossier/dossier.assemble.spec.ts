import { assembleDossier } from './dossier.assemble';
import { aDossierSource, ids } from './testing/dossier-source.factory';

describe('assembleDossier', () => {
  const sut = assembleDossier;

  it('lists every criterion score once, with its judge’s offset and scale from the latest run of the round', () => {
    const dossier = sut(aDossierSource());
    expect(dossier.scores).toHaveLength(11);
    const lenient = dossier.scores.filter((s) => s.judgeId === ids.lenient);
    expect(lenient.every((s) => s.judgeOffset === 9.5 && s.judgeScale === 1.25)).toBe(true);
    const final = dossier.scores.find((s) => s.round === 'FINAL');
    expect(final).toMatchObject({
      judgeOffset: 0,
      judgeScale: 1,
      criterionName: { en: 'Pitch' },
      comment: 'Clear pitch',
    });
    // Preliminary first, then by project, judge and criterion position.
    expect(dossier.scores.slice(0, 2).map((s) => s.criterionName.en)).toEqual(['Innovation', 'Team']);
  });

  it('gives each run its status: published, superseded, current or stale', () => {
    expect(sut(aDossierSource()).runs.map((r) => [r.runId, r.status])).toEqual([
      [ids.firstRun, 'SUPERSEDED'],
      [ids.secondRun, 'PUBLISHED'],
      [ids.finalRun, 'PUBLISHED'],
    ]);
    const source = aDossierSource();
    const unpublished = source.runs.map((r) => ({ ...r, publishedAt: null }));
    const fresh = sut({ ...source, runs: unpublished });
    expect(fresh.runs.find((r) => r.runId === ids.secondRun)?.status).toBe('CURRENT');
    const stale = sut({ ...source, runs: unpublished, staleRunIds: new Set([ids.secondRun]) });
    expect(stale.runs.find((r) => r.runId === ids.secondRun)?.status).toBe('STALE');
    expect(stale.runs[0]).toMatchObject({
      candidates: 3,
      reviews: 5,
      converged: true,
      createdBy: 'Wang Lei <organizer@bridge.demo>',
    });
  });

  it('describes each judge per round: workload, raw mean and the fitted habit', () => {
    const judges = sut(aDossierSource()).judges;
    expect(judges.find((j) => j.judgeId === ids.strict && j.round === 'PRELIMINARY')).toMatchObject({
      assigned: 3,
      submitted: 2,
      abstained: 1,
      meanTotal: 60,
      offset: -9.5,
      scale: 0.8,
      runId: ids.secondRun,
    });
    expect(judges.filter((j) => j.round === 'FINAL').map((j) => j.judgeId)).toEqual([ids.strict]);
  });

  it('lists abstentions, declared conflicts and what Bridge detected on its own', () => {
    const recusals = sut(aDossierSource()).recusals;
    expect(recusals.map((r) => r.kind)).toEqual(['ABSTENTION', 'DECLARED_CONFLICT', 'DETECTED_CONFLICT']);
    expect(recusals[0]).toMatchObject({ judgeId: ids.strict, projectId: ids.gamma, round: 'PRELIMINARY' });
    expect(recusals[0].note).toContain('I advised this team');
    expect(recusals[1]).toMatchObject({
      organizationName: { en: 'Beta LLC', ru: 'ООО «Бета»' },
      reasons: ['ORGANIZATION'],
    });
    // The declared organisation is not listed twice; the affiliation match is, with the fact it was assigned.
    expect(recusals[2]).toMatchObject({
      judgeId: ids.strict,
      projectId: ids.gamma,
      reasons: ['AFFILIATION'],
      assigned: true,
    });
  });

  it('shows each override with its reason, author and whether the latest run applied it', () => {
    expect(sut(aDossierSource()).overrides).toEqual([
      expect.objectContaining({
        projectId: ids.beta,
        decision: 'EXCLUDE',
        reason: 'Withdrew from the final',
        createdBy: 'Wang Lei <organizer@bridge.demo>',
        outcomeReason: 'EXCLUDED_BY_OVERRIDE',
        applied: true,
      }),
    ]);
  });

  it('reports the latest outcomes of both rounds', () => {
    const results = sut(aDossierSource()).results;
    expect(results.filter((r) => r.round === 'PRELIMINARY').map((r) => [r.projectId, r.selected])).toEqual([
      [ids.alpha, true],
      [ids.beta, false],
      [ids.gamma, false],
    ]);
    expect(results.find((r) => r.round === 'FINAL')).toMatchObject({
      projectId: ids.alpha,
      place: 1,
      runId: ids.finalRun,
    });
  });
});
