import type { FinalResult, JudgeEffect, ProjectOutcome, SelectionResult } from '../../selection';
import type { DossierSource } from '../dossier.source';

/**
 * A small judged edition as the dossier reads it: two judges (one lenient), three projects, two
 * preliminary criteria, one abstention, a declared and a detected conflict, an override, two
 * selection runs (the first superseded) and a published final ranking.
 */
export const ids = {
  competition: 'c0000000-0000-4000-8000-000000000001',
  fieldAi: 'f0000000-0000-4000-8000-000000000001',
  lenient: 'j0000000-0000-4000-8000-00000000000a',
  strict: 'j0000000-0000-4000-8000-00000000000b',
  alpha: 'p0000000-0000-4000-8000-000000000001',
  beta: 'p0000000-0000-4000-8000-000000000002',
  gamma: 'p0000000-0000-4000-8000-000000000003',
  orgAlpha: 'o0000000-0000-4000-8000-000000000001',
  orgBeta: 'o0000000-0000-4000-8000-000000000002',
  orgGamma: 'o0000000-0000-4000-8000-000000000003',
  innovation: 'k0000000-0000-4000-8000-000000000001',
  team: 'k0000000-0000-4000-8000-000000000002',
  pitch: 'k0000000-0000-4000-8000-000000000003',
  organizer: 'u0000000-0000-4000-8000-000000000001',
  firstRun: 'r0000000-0000-4000-8000-000000000001',
  secondRun: 'r0000000-0000-4000-8000-000000000002',
  finalRun: 'r0000000-0000-4000-8000-000000000003',
};

const day = (d: number, hour = 8) => new Date(Date.UTC(2020, 8, d, hour));

function outcome(
  projectId: string,
  rank: number | null,
  selected: boolean,
  reason: ProjectOutcome['reason'],
): ProjectOutcome {
  return {
    projectId,
    fieldId: ids.fieldAi,
    reviewCount: rank === null ? 1 : 2,
    rawMean: 70 - (rank ?? 3) * 5,
    quality: 68 - (rank ?? 3) * 5,
    rankInField: rank,
    rankOverall: rank,
    belowMinReviews: rank === null,
    selected,
    reason,
    finalistProbability: selected ? 0.9 : 0.1,
    nearTie: false,
    explanation: [],
  };
}

const effects = (lenient: number, strict: number): JudgeEffect[] => [
  { judgeId: ids.lenient, scoreCount: 3, offset: lenient, scale: 1.25, leftRaw: false },
  { judgeId: ids.strict, scoreCount: 2, offset: strict, scale: 0.8, leftRaw: false },
];

function selection(judges: JudgeEffect[], projects: ProjectOutcome[]): Record<string, unknown> {
  const result: SelectionResult = {
    method: 'JUDGE_EFFECTS',
    converged: true,
    iterations: 12,
    projects,
    judges,
    fields: [],
    tieBreak: [],
  };
  return result as unknown as Record<string, unknown>;
}

export function aDossierSource(overrides: Partial<DossierSource> = {}): DossierSource {
  const review = (
    id: string,
    judgeId: string,
    projectId: string,
    total: number | null,
    round: 'PRELIMINARY' | 'FINAL' = 'PRELIMINARY',
  ) => ({
    id,
    round,
    judgeId,
    projectId,
    status: total === null ? ('ABSTAINED' as const) : ('SUBMITTED' as const),
    source: 'AUTO',
    total,
    abstainReason: total === null ? '=HYPERLINK("x") I advised this team, "Gamma", in 2019' : null,
    createdAt: day(1),
    submittedAt: day(10),
  });
  const finalResult: FinalResult = {
    projects: [{ projectId: ids.alpha, quality: 81.5, rank: 1, place: 1, reviewCount: 1 }],
    judges: [{ judgeId: ids.strict, scoreCount: 1, offset: 0, scale: 1, leftRaw: false }],
  };
  return {
    competition: {
      id: ids.competition,
      name: { en: 'Test edition 2020', zh: '测试赛 2020' },
      year: 2020,
      editionNumber: 6,
      stage: 'AWARDS',
      method: 'JUDGE_EFFECTS',
      applicationTarget: 120,
      finalistTotal: 1,
      perFieldCap: 1,
      unfilledSlotRule: 'REDISTRIBUTE',
      minReviews: 2,
      awardPlaces: 1,
      reviewsPerProject: 2,
      judgeLoadLimit: 40,
      zscoreMinScores: 5,
      bootstrapRounds: 50,
      preliminaryClosedAt: day(20),
      finalClosedAt: day(28),
      finalistsPublishedAt: day(22),
      awardsPublishedAt: day(30),
    },
    generatedAt: new Date(Date.UTC(2021, 0, 5, 12)),
    generatedBy: 'Wang Lei <organizer@bridge.demo>',
    timeline: [{ stage: 'REGISTRATION', startsOn: '2020-06-01', endsOn: '2020-08-31' }],
    fields: [{ id: ids.fieldAi, code: 'AI' }],
    criteria: [
      {
        id: ids.team,
        round: 'PRELIMINARY',
        name: { en: 'Team', ru: 'Команда' },
        description: {},
        weight: 1,
        maxScore: 10,
        position: 1,
      },
      {
        id: ids.innovation,
        round: 'PRELIMINARY',
        name: { en: 'Innovation', zh: '创新性' },
        description: {},
        weight: 2,
        maxScore: 10,
        position: 0,
      },
      {
        id: ids.pitch,
        round: 'FINAL',
        name: { en: 'Pitch' },
        description: {},
        weight: 1,
        maxScore: 10,
        position: 0,
      },
    ],
    judges: [
      {
        id: ids.strict,
        displayName: 'Boris Strict',
        email: 'strict@example.test',
        affiliation: 'Gamma Labs',
        status: 'ACTIVE',
      },
      {
        id: ids.lenient,
        displayName: 'Anna Lenient',
        email: 'lenient@example.test',
        affiliation: null,
        status: 'ACTIVE',
      },
    ],
    projects: [
      {
        id: ids.alpha,
        title: { en: 'Alpha robot', zh: '阿尔法机器人' },
        fieldId: ids.fieldAi,
        status: 'AWARDED',
        organizationId: ids.orgAlpha,
      },
      {
        id: ids.beta,
        title: { ru: 'Бета-сервис' },
        fieldId: ids.fieldAi,
        status: 'NOT_SELECTED',
        organizationId: ids.orgBeta,
      },
      {
        id: ids.gamma,
        title: { en: 'Gamma, "the" platform' },
        fieldId: ids.fieldAi,
        status: 'NOT_SELECTED',
        organizationId: ids.orgGamma,
      },
    ],
    organizations: [{ id: ids.orgBeta, name: { en: 'Beta LLC', ru: 'ООО «Бета»' } }],
    assignments: [
      review('a0000000-0000-4000-8000-000000000001', ids.lenient, ids.alpha, 90),
      review('a0000000-0000-4000-8000-000000000002', ids.strict, ids.alpha, 70),
      review('a0000000-0000-4000-8000-000000000003', ids.lenient, ids.beta, 80),
      review('a0000000-0000-4000-8000-000000000004', ids.strict, ids.beta, 50),
      review('a0000000-0000-4000-8000-000000000005', ids.lenient, ids.gamma, 60),
      review('a0000000-0000-4000-8000-000000000006', ids.strict, ids.gamma, null),
      review('a0000000-0000-4000-8000-000000000007', ids.strict, ids.alpha, 80, 'FINAL'),
    ],
    scores: [
      ...['1', '2', '3', '4', '5'].flatMap((n) => [
        {
          assignmentId: `a0000000-0000-4000-8000-00000000000${n}`,
          criterionId: ids.team,
          value: 7,
          comment: null,
        },
        {
          assignmentId: `a0000000-0000-4000-8000-00000000000${n}`,
          criterionId: ids.innovation,
          value: 8,
          comment: n === '1' ? '-2 for the market, "but" strong' : null,
        },
      ]),
      {
        assignmentId: 'a0000000-0000-4000-8000-000000000007',
        criterionId: ids.pitch,
        value: 8,
        comment: 'Clear pitch',
      },
    ],
    conflicts: [
      {
        judgeId: ids.lenient,
        kind: 'ORGANIZATION',
        organizationId: ids.orgBeta,
        projectId: null,
        personName: null,
        note: 'Former adviser',
        createdAt: day(1),
      },
    ],
    detected: [
      { judgeId: ids.lenient, projectId: ids.beta, reasons: ['DECLARED_ORGANIZATION'] },
      { judgeId: ids.strict, projectId: ids.gamma, reasons: ['AFFILIATION'] },
    ],
    overrides: [
      {
        projectId: ids.beta,
        decision: 'EXCLUDE',
        reason: 'Withdrew from the final',
        createdById: ids.organizer,
        createdAt: day(21),
      },
    ],
    runs: [
      {
        id: ids.secondRun,
        round: 'PRELIMINARY',
        method: 'JUDGE_EFFECTS',
        inputHash: 'b'.repeat(64),
        settings: { seed: 7, bootstrapRounds: 50 },
        result: selection(effects(9.5, -9.5), [
          outcome(ids.alpha, 1, true, 'SELECTED'),
          outcome(ids.beta, 2, false, 'EXCLUDED_BY_OVERRIDE'),
          outcome(ids.gamma, null, false, 'BELOW_MIN_REVIEWS'),
        ]),
        createdById: ids.organizer,
        createdAt: day(21, 10),
        publishedAt: day(22),
      },
      {
        id: ids.firstRun,
        round: 'PRELIMINARY',
        method: 'JUDGE_EFFECTS',
        inputHash: 'a'.repeat(64),
        settings: { seed: 7, bootstrapRounds: 50 },
        result: selection(effects(9, -9), [
          outcome(ids.beta, 1, true, 'SELECTED'),
          outcome(ids.alpha, 2, false, 'FIELD_CAP_REACHED'),
          outcome(ids.gamma, null, false, 'BELOW_MIN_REVIEWS'),
        ]),
        createdById: ids.organizer,
        createdAt: day(20, 10),
        publishedAt: null,
      },
      {
        id: ids.finalRun,
        round: 'FINAL',
        method: 'JUDGE_EFFECTS',
        inputHash: 'c'.repeat(64),
        settings: { awardPlaces: 1 },
        result: finalResult as unknown as Record<string, unknown>,
        createdById: null,
        createdAt: day(29),
        publishedAt: day(30),
      },
    ],
    staleRunIds: new Set(),
    users: new Map([[ids.organizer, 'Wang Lei <organizer@bridge.demo>']]),
    ...overrides,
  };
}
