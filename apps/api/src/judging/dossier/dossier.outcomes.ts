import type { JudgingRound, LocalizedText } from '@bridge/contracts';
import { DossierSource, finalOf, preliminaryOf } from './dossier.source';
import type { DossierRecusal, DossierResult } from './dossier.model';

/** The recusals and results parts of the dossier (see assembleDossier). */

export function recusals(
  source: DossierSource,
  name: { judgeName: (id: string) => string; titleOf: (id: string) => LocalizedText },
): DossierRecusal[] {
  const organizations = new Map(source.organizations.map((o) => [o.id, o.name]));
  const abstentions: DossierRecusal[] = source.assignments
    .filter((a) => a.status === 'ABSTAINED')
    .map((a) => ({
      kind: 'ABSTENTION',
      round: a.round,
      judgeId: a.judgeId,
      judgeName: name.judgeName(a.judgeId),
      projectId: a.projectId,
      projectTitle: name.titleOf(a.projectId),
      organizationId: null,
      organizationName: null,
      personName: null,
      reasons: [],
      note: a.abstainReason,
      assigned: null,
      at: a.submittedAt,
    }));
  const declared: DossierRecusal[] = source.conflicts.map((c) => ({
    kind: 'DECLARED_CONFLICT',
    round: null,
    judgeId: c.judgeId,
    judgeName: name.judgeName(c.judgeId),
    projectId: c.projectId,
    projectTitle: c.projectId ? name.titleOf(c.projectId) : null,
    organizationId: c.organizationId,
    organizationName: c.organizationId ? (organizations.get(c.organizationId) ?? null) : null,
    personName: c.personName,
    reasons: [c.kind],
    note: c.note,
    assigned: null,
    at: c.createdAt,
  }));
  // Declared organisations and projects are listed above; what Bridge matched by itself is listed here.
  const detected: DossierRecusal[] = source.detected
    .map((d) => ({
      ...d,
      reasons: d.reasons.filter((r) => r !== 'DECLARED_ORGANIZATION' && r !== 'DECLARED_PROJECT'),
    }))
    .filter((d) => d.reasons.length)
    .map((d) => ({
      kind: 'DETECTED_CONFLICT',
      round: null,
      judgeId: d.judgeId,
      judgeName: name.judgeName(d.judgeId),
      projectId: d.projectId,
      projectTitle: name.titleOf(d.projectId),
      organizationId: null,
      organizationName: null,
      personName: null,
      reasons: d.reasons,
      note: null,
      assigned: source.assignments.some((a) => a.judgeId === d.judgeId && a.projectId === d.projectId),
      at: null,
    }));
  const byJudge = (a: DossierRecusal, b: DossierRecusal) => a.judgeName.localeCompare(b.judgeName);
  return [...abstentions.sort(byJudge), ...declared.sort(byJudge), ...detected.sort(byJudge)];
}

export function results(
  latest: Map<JudgingRound, DossierSource['runs'][number]>,
  of: {
    titleOf: (id: string) => LocalizedText;
    codeOf: (id: string) => string | null;
    statusOf: (id: string) => string | null;
  },
): DossierResult[] {
  const rows: DossierResult[] = [];
  const preliminary = latest.get('PRELIMINARY');
  for (const o of preliminary ? (preliminaryOf(preliminary)?.projects ?? []) : []) {
    rows.push({
      round: 'PRELIMINARY',
      runId: preliminary?.id ?? '',
      projectId: o.projectId,
      projectTitle: of.titleOf(o.projectId),
      fieldCode: of.codeOf(o.projectId),
      projectStatus: of.statusOf(o.projectId),
      reviewCount: o.reviewCount,
      rawMean: o.rawMean,
      quality: o.quality,
      rankInField: o.rankInField,
      rank: o.rankOverall,
      selected: o.selected,
      reason: o.reason,
      finalistProbability: o.finalistProbability,
      nearTie: o.nearTie,
      place: null,
    });
  }
  const final = latest.get('FINAL');
  for (const o of final ? (finalOf(final)?.projects ?? []) : []) {
    rows.push({
      round: 'FINAL',
      runId: final?.id ?? '',
      projectId: o.projectId,
      projectTitle: of.titleOf(o.projectId),
      fieldCode: of.codeOf(o.projectId),
      projectStatus: of.statusOf(o.projectId),
      reviewCount: o.reviewCount,
      rawMean: null,
      quality: o.quality,
      rankInField: null,
      rank: o.rank,
      selected: null,
      reason: null,
      finalistProbability: null,
      nearTie: null,
      place: o.place,
    });
  }
  return rows;
}
