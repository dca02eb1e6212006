import { Workbook, Worksheet } from 'exceljs';
import { listHandlerAccess } from '../src/identity/access-audit';
import { GraphQLClient } from './support/graphql-client';
import {
  ADVANCE,
  Edition,
  MY_ASSIGNMENTS,
  SAVE_SCORES,
  SET_CRITERIA,
  activeJudge,
  createEdition,
  submittedProject,
} from './support/edition';
import { TestApp } from './support/test-app';

const RUN = /* GraphQL */ `
  mutation Run($input: RoundInput!) {
    runSelection(input: $input) {
      id
      stale
      judges {
        judgeId
        offset
        scale
      }
    }
  }
`;
const DOSSIER = /* GraphQL */ `
  query Dossier($id: ID!) {
    fairnessDossier(competitionId: $id) {
      year
      settings {
        normalizationMethod
      }
      runs {
        runId
        status
        inputHash
      }
      judges {
        judgeId
        round
        offset
        scale
      }
      scores {
        judgeId
        criterionId
        value
        comment
        judgeOffset
        judgeScale
      }
      recusals {
        kind
        note
        reasons
        assigned
      }
      overrides {
        decision
        reason
        createdBy
        applied
      }
    }
  }
`;

/** The rows of a worksheet as objects keyed by header. */
function rowsOf(sheet: Worksheet | undefined): Array<Record<string, unknown>> {
  if (!sheet) throw new Error('missing worksheet');
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Array<Record<string, unknown>> = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  });
  return rows;
}

/**
 * The fairness dossier of a small judged edition: 4 projects in 2 fields, 3 judges (one declares
 * a conflict, one is affiliated with a start-up, one abstains once), a selection run, an override
 * and a second run; downloaded by the organizer as XLSX and CSV, refused to everyone else.
 */
describe('the fairness dossier', () => {
  let sut: TestApp;
  let organizer: GraphQLClient;
  let edition: Edition;
  let latestRun: { id: string; judges: Array<{ judgeId: string; offset: number; scale: number }> };
  let submittedReviews = 0;
  const judges: Array<{ client: GraphQLClient; judgeId: string }> = [];
  const projects: Array<{ client: GraphQLClient; projectId: string }> = [];
  const OVERRIDE_REASON = 'The team did not confirm its place in the final, "by" the deadline';
  const ABSTAIN_REASON = 'I consulted for a direct competitor in 2019';

  const download = (path: string, client?: GraphQLClient) =>
    fetch(`${sut.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  beforeAll(async () => {
    sut = await TestApp.start();
    organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
    edition = await createEdition(
      organizer,
      {
        finalistTotal: 2,
        perFieldCap: 1,
        minReviews: 1,
        reviewsPerProject: 2,
        awardPlaces: 1,
        bootstrapRounds: 20,
      },
      2020,
    );
    await organizer.data(ADVANCE, { id: edition.id, from: 'SETUP' });
    for (const [i, field] of ['AI', 'AI', 'ROBOTICS', 'ROBOTICS'].entries()) {
      projects.push(await submittedProject(sut, edition, field, `${field} project ${i + 1}`));
    }
    const { project } = await organizer.data(
      `query($id: ID!) { project(id: $id) { organizationName { en } } }`,
      {
        id: projects[0].projectId,
      },
    );
    judges.push(await activeJudge(sut, organizer, edition));
    judges.push(await activeJudge(sut, organizer, edition));
    // Bridge detects this judge's conflict with the first start-up from the declared affiliation.
    judges.push(
      await activeJudge(sut, organizer, edition, { affiliation: `Adviser, ${project.organizationName.en}` }),
    );
    const { setCriteria: criteria } = await organizer.data(SET_CRITERIA, {
      input: {
        competitionId: edition.id,
        round: 'PRELIMINARY',
        criteria: [
          { name: { en: 'Innovation', zh: '创新性', ru: 'Инновационность' }, weight: 2, maxScore: 10 },
          { name: { en: 'Team' }, weight: 1, maxScore: 10 },
        ],
      },
    });
    await organizer.data(ADVANCE, { id: edition.id, from: 'REGISTRATION' });
    await organizer.data(`mutation($input: RoundInput!) { autoAssign(input: $input) { created } }`, {
      input: { competitionId: edition.id, round: 'PRELIMINARY' },
    });
    for (const [j, judge] of judges.entries()) {
      const { myAssignments } = await judge.client.data(MY_ASSIGNMENTS, { competitionId: edition.id });
      for (const [i, assignment] of myAssignments.entries()) {
        if (j === 1 && i === 0) {
          await judge.client.data(`mutation($input: AbstainInput!) { abstain(input: $input) { id } }`, {
            input: { assignmentId: assignment.id, reason: ABSTAIN_REASON },
          });
          continue;
        }
        await judge.client.data(SAVE_SCORES, {
          input: {
            assignmentId: assignment.id,
            submit: true,
            scores: criteria.map((c: { id: string }, k: number) => ({
              criterionId: c.id,
              value: Math.min(10, 4 + j * 2 + k + (i % 2)),
              comment: k === 0 ? `=SUM(A1) judge ${j + 1}, review ${i + 1}` : null,
            })),
          },
        });
        submittedReviews += 1;
      }
    }
    await judges[0].client.data(
      `mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }`,
      {
        input: {
          judgeId: judges[0].judgeId,
          kind: 'PERSON',
          personName: 'Ivan Petrov',
          note: 'Former colleague',
        },
      },
    );
    await organizer.data(RUN, { input: { competitionId: edition.id, round: 'PRELIMINARY' } });
    await organizer.data(`mutation($input: RoundInput!) { closeRound(input: $input) { id } }`, {
      input: { competitionId: edition.id, round: 'PRELIMINARY' },
    });
    await organizer.data(`mutation($input: OverrideInput!) { setSelectionOverride(input: $input) { id } }`, {
      input: {
        competitionId: edition.id,
        projectId: projects[3].projectId,
        decision: 'EXCLUDE',
        reason: OVERRIDE_REASON,
      },
    });
    latestRun = (await organizer.data(RUN, { input: { competitionId: edition.id, round: 'PRELIMINARY' } }))
      .runSelection;
  });
  afterAll(() => sut?.close());

  it('is an organizers-only route the access audit sees', () => {
    const routes = listHandlerAccess(sut.bridge.app).filter((h) =>
      h.handler.startsWith('DossierController.'),
    );
    expect(routes.map((h) => h.handler)).toEqual([
      'DossierController.csv',
      'DossierController.file',
      'DossierController.xlsx',
    ]);
    for (const route of routes) expect(route.access).toEqual(['RUN_COMPETITIONS']);
  });

  it('gives the organizer an XLSX with every score, each judge’s offset and scale, recusals, the override and the runs', async () => {
    const res = await download(`/competitions/${edition.id}/dossier.xlsx`, organizer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="bridge-fairness-dossier-2020-edition-\d+\.xlsx"$/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const workbook = new Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Assignments',
      'Scores',
      'Judges',
      'Recusals',
      'Overrides',
      'Runs',
      'Results',
    ]);

    const scores = rowsOf(workbook.getWorksheet('Scores'));
    expect(submittedReviews).toBe(7);
    expect(scores).toHaveLength(submittedReviews * 2);
    for (const row of scores) {
      const effect = latestRun.judges.find((j) => j.judgeId === row['Judge ID']);
      expect(row['Judge offset']).toBeCloseTo(effect?.offset ?? NaN, 9);
      expect(row['Judge scale']).toBeCloseTo(effect?.scale ?? NaN, 9);
      expect(row['Score']).toEqual(expect.any(Number));
    }
    expect(scores.filter((r) => String(r['Comment']).startsWith('=SUM(A1)'))).toHaveLength(submittedReviews);
    expect(new Set(scores.map((r) => r['Criterion']))).toEqual(new Set(['Innovation', 'Team']));

    const judgesSheet = rowsOf(workbook.getWorksheet('Judges'));
    expect(judgesSheet).toHaveLength(3);
    expect(judgesSheet.every((r) => typeof r['Offset (leniency)'] === 'number')).toBe(true);

    const recusals = rowsOf(workbook.getWorksheet('Recusals'));
    expect(recusals.find((r) => r['Kind'] === 'ABSTENTION')?.['Reason or note']).toBe(ABSTAIN_REASON);
    expect(recusals.find((r) => r['Kind'] === 'DECLARED_CONFLICT')).toMatchObject({
      Person: 'Ivan Petrov',
      'Reason or note': 'Former colleague',
    });
    expect(recusals.find((r) => r['Kind'] === 'DETECTED_CONFLICT')).toMatchObject({
      'Judge ID': judges[2].judgeId,
      'Project ID': projects[0].projectId,
      Reasons: 'AFFILIATION',
      'Assigned anyway': false,
    });

    const overrides = rowsOf(workbook.getWorksheet('Overrides'));
    expect(overrides).toEqual([
      expect.objectContaining({
        'Project ID': projects[3].projectId,
        Decision: 'EXCLUDE',
        Reason: OVERRIDE_REASON,
        Applied: true,
      }),
    ]);
    expect(overrides[0]['Decided at (UTC)']).toEqual(expect.any(Date));

    const runs = rowsOf(workbook.getWorksheet('Runs'));
    expect(runs.map((r) => r['Status'])).toEqual(['SUPERSEDED', 'CURRENT']);
    expect(runs[1]['Run ID']).toBe(latestRun.id);
    expect(runs[1]['Input hash (SHA-256)']).toMatch(/^[0-9a-f]{64}$/);

    const summary = rowsOf(workbook.getWorksheet('Summary'));
    expect(summary.find((r) => r['Item'] === 'Criterion scores')?.['Value']).toBe(submittedReviews * 2);
    expect(summary.find((r) => r['Item'] === 'Organizer overrides')?.['Value']).toBe(1);
  });

  it('gives the scores as CSV, one line per criterion score, and other sheets on request', async () => {
    const res = await download(`/competitions/${edition.id}/dossier.csv?sheet=scores`, organizer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /filename="bridge-fairness-dossier-2020-edition-\d+-scores\.csv"/,
    );
    const text = await res.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(1 + submittedReviews * 2);
    expect(lines[0]).toContain('Judge offset');
    // A comment that looks like a formula is written as text.
    expect(lines.slice(1).filter((l) => l.includes(`'=SUM(A1)`))).toHaveLength(submittedReviews);

    const zh = await download(
      `/competitions/${edition.id}/dossier?format=csv&sheet=judges&lang=zh`,
      organizer,
    );
    expect((await zh.text()).split('\r\n')[0]).toContain('偏移（宽严度）');
    const overrides = await (
      await download(`/competitions/${edition.id}/dossier.csv?sheet=overrides`, organizer)
    ).text();
    expect(overrides).toContain('"The team did not confirm its place in the final, ""by"" the deadline"');
  });

  it('answers wrong requests with a clear error', async () => {
    const sheet = await download(`/competitions/${edition.id}/dossier.csv?sheet=everything`, organizer);
    expect(sheet.status).toBe(400);
    expect(await sheet.json()).toMatchObject({ code: 'BAD_USER_INPUT', key: 'errors.validation' });
    const missing = await download(
      `/competitions/00000000-0000-4000-8000-000000000000/dossier.xlsx`,
      organizer,
    );
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'NOT_FOUND', params: { entity: 'competition' } });
    expect((await download(`/competitions/not-a-uuid/dossier.xlsx`, organizer)).status).toBe(400);
  });

  it('returns the same data through GraphQL for the printable page', async () => {
    const { fairnessDossier } = await organizer.data(DOSSIER, { id: edition.id });
    expect(fairnessDossier.year).toBe(2020);
    expect(fairnessDossier.scores).toHaveLength(submittedReviews * 2);
    for (const score of fairnessDossier.scores) {
      const effect = latestRun.judges.find((j) => j.judgeId === score.judgeId);
      expect(score.judgeOffset).toBeCloseTo(effect?.offset ?? NaN, 9);
    }
    expect(fairnessDossier.runs.map((r: { status: string }) => r.status)).toEqual(['SUPERSEDED', 'CURRENT']);
    expect(fairnessDossier.overrides).toEqual([
      {
        decision: 'EXCLUDE',
        reason: OVERRIDE_REASON,
        createdBy: expect.stringContaining('@example.test'),
        applied: true,
      },
    ]);
    expect(fairnessDossier.recusals.map((r: { kind: string }) => r.kind)).toEqual([
      'ABSTENTION',
      'DECLARED_CONFLICT',
      'DETECTED_CONFLICT',
    ]);
  });

  it('records who exported it', async () => {
    const rows = await sut.dataSource.query(
      `SELECT after FROM audit_events WHERE action = 'dossier.exported' AND entity_id = $1 ORDER BY id`,
      [edition.id],
    );
    expect(rows.map((r: { after: { format: string } }) => r.after.format)).toEqual([
      'xlsx',
      'csv',
      'csv',
      'csv',
    ]);
  });

  it('is refused to judges, start-ups and visitors', async () => {
    for (const client of [judges[0].client, projects[0].client]) {
      const res = await download(`/competitions/${edition.id}/dossier.xlsx`, client);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'FORBIDDEN', key: 'errors.identity.organizerRequired' });
      expect((await download(`/competitions/${edition.id}/dossier.csv?sheet=scores`, client)).status).toBe(
        403,
      );
      expect((await client.error(DOSSIER, { id: edition.id })).code).toBe('FORBIDDEN');
    }
    const visitor = await download(`/competitions/${edition.id}/dossier.xlsx`);
    expect(visitor.status).toBe(401);
    expect(await visitor.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await download(`/competitions/${edition.id}/dossier.csv`)).status).toBe(401);
    expect((await sut.client().error(DOSSIER, { id: edition.id })).code).toBe('UNAUTHENTICATED');
  });
});
