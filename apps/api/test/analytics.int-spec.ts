import { Workbook } from 'exceljs';
import { DEMO_PASSWORD } from '../src/database/seed/demo-accounts';
import { ADVANCE, Edition, createEdition, submittedProject } from './support/edition';
import { GraphQLClient } from './support/graphql-client';
import { TestApp } from './support/test-app';

const FUNNEL_FIELDS = `
  competitionId applications finalists introductionsRequested introductionsAccepted engagements
  landed invested rdAgreements conversion { from to rate }`;
const OUTCOMES = /* GraphQL */ `
  query Outcomes($competitionId: ID) {
    outcomes(competitionId: $competitionId) {
      funnel { ${FUNNEL_FIELDS} }
      byField { key label { en } funnel { ${FUNNEL_FIELDS} } }
      byPark { key label { en } funnel { ${FUNNEL_FIELDS} } }
      stageTimes { kind stage medianDays samples }
    }
  }
`;
const ENGAGEMENTS = /* GraphQL */ `
  query OutcomeEngagements(
    $competitionId: ID
    $fieldCode: String
    $parkId: ID
    $kind: EngagementKind
    $stage: String
    $step: OutcomeStep
    $first: Int!
    $after: String
  ) {
    outcomeEngagements(
      competitionId: $competitionId
      fieldCode: $fieldCode
      parkId: $parkId
      kind: $kind
      stage: $stage
      step: $step
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          engagementId
          projectId
          projectTitle {
            en
          }
          fieldCode
          partnerName {
            en
          }
          kind
          stage
          registeredCompany {
            name
          }
        }
      }
    }
  }
`;

const DAY = 86_400_000;
type Funnel = Record<string, number | string | null | unknown[]>;

/** The funnel of an edition counted straight from the tables, one plain query per figure. */
async function countedFunnel(sut: TestApp, competitionId: string, fieldCode: string | null = null) {
  const q = async (sql: string) =>
    (await sut.dataSource.query(sql, [competitionId, fieldCode]))[0].n as number;
  const projects = `FROM projects p LEFT JOIN competition_fields f ON f.id = p.field_id
    WHERE p.competition_id = $1 AND ($2::text IS NULL OR f.code = $2)`;
  const engagements = (extra: string) =>
    q(
      `SELECT count(*)::int AS n FROM engagements e WHERE ${extra} AND e.project_id IN (SELECT p.id ${projects})`,
    );
  return {
    applications: await q(`SELECT count(*)::int AS n ${projects} AND p.status <> 'DRAFT'`),
    finalists: await q(`SELECT count(*)::int AS n ${projects} AND p.status IN ('FINALIST', 'AWARDED')`),
    introductionsRequested: await q(
      `SELECT count(*)::int AS n FROM introductions i WHERE i.project_id IN (SELECT p.id ${projects})`,
    ),
    introductionsAccepted: await q(
      `SELECT count(*)::int AS n FROM introductions i
       WHERE i.status = 'ACCEPTED' AND i.project_id IN (SELECT p.id ${projects})`,
    ),
    engagements: await engagements('TRUE'),
    landed: await engagements(`e.kind = 'LANDING' AND e.stage IN ('COMPANY_REGISTERED', 'OPERATING')`),
    invested: await engagements(`e.kind = 'INVESTMENT' AND e.stage = 'CLOSED_WON'`),
    rdAgreements: await engagements(
      `e.kind = 'RD_PARTNERSHIP' AND e.stage NOT IN ('INTRO', 'SCOPING', 'LOST')`,
    ),
  };
}

describe('outcomes dashboard and reports', () => {
  let sut: TestApp;
  let organizer: GraphQLClient;
  let edition: Edition;
  let park: string;
  let investor: string;
  const projects: Record<string, { id: string; org: string }> = {};

  const download = (path: string, client: GraphQLClient | null) =>
    fetch(`${sut.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  async function engagement(
    project: string,
    partner: string,
    kind: string,
    path: string[],
    start: number,
    daysBetween: number[],
  ): Promise<string> {
    const p = projects[project];
    const entered = new Date(start + daysBetween.reduce((a, b) => a + b, 0) * DAY);
    const [{ id }] = await sut.dataSource.query(
      `INSERT INTO engagements (kind, stage, project_id, startup_organization_id, partner_organization_id,
         origin, stage_entered_at, created_at)
       VALUES ($1, $2, $3, $4, $5, 'MANUAL', $6, $7) RETURNING id`,
      [kind, path.at(-1), p.id, p.org, partner, entered, new Date(start)],
    );
    let at = start;
    for (const [i, stage] of path.entries()) {
      if (i > 0) at += daysBetween[i - 1] * DAY;
      await sut.dataSource.query(
        `INSERT INTO engagement_events (engagement_id, from_stage, to_stage, note, created_at)
         VALUES ($1, $2, $3, 'private note', $4)`,
        [id, i ? path[i - 1] : null, stage, new Date(at)],
      );
    }
    return id;
  }

  async function introduction(project: string, requester: string, status: string) {
    const p = projects[project];
    await sut.dataSource.query(
      `INSERT INTO introductions (requester_organization_id, project_id, startup_organization_id, purpose,
         message, status, expires_at)
       VALUES ($1, $2, $3, 'LANDING', 'A message the organizers never see in outcomes.', $4, now() + interval '14 days')`,
      [requester, p.id, p.org, status],
    );
  }

  beforeAll(async () => {
    sut = await TestApp.start({ SEED_DEMO_DATA: 'true' });
    organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
    edition = await createEdition(organizer);
    await organizer.data(ADVANCE, { id: edition.id, from: 'SETUP' });
    for (const [name, field] of [
      ['a1', 'AI'],
      ['a2', 'AI'],
      ['a3', 'AI'],
      ['r1', 'ROBOTICS'],
      ['r2', 'ROBOTICS'],
    ] as const) {
      const { projectId, user } = await submittedProject(sut, edition, field, `Project ${name}`);
      projects[name] = { id: projectId, org: user.organizationId! };
    }
    const setStatus = (name: string, status: string) =>
      sut.dataSource.query(`UPDATE projects SET status = $2 WHERE id = $1`, [projects[name].id, status]);
    await setStatus('a1', 'AWARDED');
    await setStatus('a2', 'FINALIST');
    await setStatus('r1', 'FINALIST');
    await setStatus('r2', 'DRAFT');
    park = (await sut.createUser({ kind: 'SCIENCE_PARK' })).organizationId!;
    investor = (await sut.createUser({ kind: 'INVESTOR' })).organizationId!;
    await introduction('a1', park, 'ACCEPTED');
    await introduction('a2', park, 'ACCEPTED');
    await introduction('r1', park, 'DECLINED');
    await introduction('a1', investor, 'ACCEPTED');
    await introduction('a3', investor, 'PENDING');
    const t0 = Date.UTC(2026, 0, 5);
    const landing = ['INTEREST', 'SITE_VISIT', 'NEGOTIATION', 'AGREEMENT_SIGNED', 'COMPANY_REGISTERED'];
    await engagement('a1', park, 'LANDING', landing, t0, [2, 10, 20, 30]);
    await engagement('a2', park, 'LANDING', ['INTEREST', 'SITE_VISIT'], t0, [4]);
    await engagement('a1', investor, 'INVESTMENT', ['INTRO', 'MEETING', 'CLOSED_WON'], t0, [1, 8]);
    await engagement('r1', investor, 'RD_PARTNERSHIP', ['INTRO', 'SCOPING', 'AGREEMENT_SIGNED'], t0, [3, 5]);
  }, 240_000);
  afterAll(() => sut?.close());

  it('counts the funnel of an edition as the tables do, with rates', async () => {
    const { outcomes } = await organizer.data(OUTCOMES, { competitionId: edition.id });
    const expected = await countedFunnel(sut, edition.id);
    expect(expected).toEqual({
      applications: 4,
      finalists: 3,
      introductionsRequested: 5,
      introductionsAccepted: 3,
      engagements: 4,
      landed: 1,
      invested: 1,
      rdAgreements: 1,
    });
    expect(outcomes.funnel).toMatchObject({ competitionId: edition.id, ...expected });
    const rate = (from: string, to: string) =>
      outcomes.funnel.conversion.find((c: Funnel) => c['from'] === from && c['to'] === to)?.rate;
    expect(rate('applications', 'finalists')).toBe(0.75);
    expect(rate('requested', 'accepted')).toBe(0.6);
    expect(rate('engagements', 'landed')).toBe(0.25);
  });

  it('breaks the funnel down per field and per park', async () => {
    const { outcomes } = await organizer.data(OUTCOMES, { competitionId: edition.id });
    for (const code of ['AI', 'ROBOTICS']) {
      const field = outcomes.byField.find((b: { key: string }) => b.key === code);
      expect(field.funnel).toMatchObject(await countedFunnel(sut, edition.id, code));
    }
    expect(outcomes.byPark).toHaveLength(1); // the investor is not a park
    expect(outcomes.byPark[0]).toMatchObject({
      key: park,
      funnel: {
        applications: 3, // a1, a2, r1: the projects the park reached
        finalists: 3,
        introductionsRequested: 3,
        introductionsAccepted: 2,
        engagements: 2,
        landed: 1,
        invested: 0,
      },
    });
  });

  it('gives the median days spent in each stage, from the stage history', async () => {
    const { outcomes } = await organizer.data(OUTCOMES, { competitionId: edition.id });
    const time = (kind: string, stage: string) =>
      outcomes.stageTimes.find((s: { kind: string; stage: string }) => s.kind === kind && s.stage === stage);
    expect(time('LANDING', 'INTEREST')).toEqual({
      kind: 'LANDING',
      stage: 'INTEREST',
      medianDays: 3,
      samples: 2,
    });
    expect(time('LANDING', 'SITE_VISIT')).toMatchObject({ medianDays: 10, samples: 1 });
    expect(time('LANDING', 'COMPANY_REGISTERED')).toMatchObject({ medianDays: null, samples: 0 });
    expect(time('INVESTMENT', 'MEETING')).toMatchObject({ medianDays: 8, samples: 1 });
  });

  it('opens the engagements behind a segment: stages and dates, never notes', async () => {
    const landed = await organizer.request(ENGAGEMENTS, {
      competitionId: edition.id,
      step: 'landed',
      first: 10,
    });
    expect(landed.errors).toBeUndefined();
    const page = (
      landed.data as { outcomeEngagements: { totalCount: number; edges: Array<{ node: Funnel }> } }
    ).outcomeEngagements;
    expect(page.totalCount).toBe(1);
    expect(page.edges[0].node).toMatchObject({
      projectId: projects['a1'].id,
      kind: 'LANDING',
      fieldCode: 'AI',
    });
    expect(JSON.stringify(landed.data)).not.toContain('private note');

    const { outcomeEngagements: byPark } = await organizer.data(ENGAGEMENTS, {
      competitionId: edition.id,
      parkId: park,
      first: 1,
    });
    expect(byPark.totalCount).toBe(2);
    const { outcomeEngagements: next } = await organizer.data(ENGAGEMENTS, {
      competitionId: edition.id,
      parkId: park,
      first: 1,
      after: byPark.pageInfo.endCursor,
    });
    expect(next.edges[0].node.engagementId).not.toBe(byPark.edges[0].node.engagementId);
    expect(next.pageInfo.hasNextPage).toBe(false);
    const { outcomeEngagements: robotics } = await organizer.data(ENGAGEMENTS, {
      competitionId: edition.id,
      fieldCode: 'ROBOTICS',
      kind: 'RD_PARTNERSHIP',
      stage: 'AGREEMENT_SIGNED',
      first: 10,
    });
    expect(robotics.totalCount).toBe(1);
  });

  it('refuses everyone but organizers, over GraphQL and for the files', async () => {
    for (const kind of ['SCIENCE_PARK', 'INVESTOR', 'STARTUP'] as const) {
      const { client } = await sut.signedIn({ kind });
      expect((await client.error(OUTCOMES, { competitionId: edition.id })).code).toBe('FORBIDDEN');
      expect((await client.error(ENGAGEMENTS, { first: 5 })).code).toBe('FORBIDDEN');
      expect((await download(`/outcomes/export.csv?competitionId=${edition.id}`, client)).status).toBe(403);
    }
    expect((await sut.client().error(OUTCOMES, {})).code).toBe('UNAUTHENTICATED');
    expect((await download('/outcomes/export.xlsx', null)).status).toBe(401);
  });

  it('exports the funnel and the engagements with the same numbers, and audits it', async () => {
    const csv = await download(
      `/outcomes/export.csv?competitionId=${edition.id}&sheet=funnel&lang=ru`,
      organizer,
    );
    expect(csv.status).toBe(200);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Этап,Количество,Конверсия из,Конверсия');
    expect(lines).toContain('Заявки,4,,');
    expect(lines).toContain('Зарегистрировано компаний,1,Сделки,0.25');

    const engagements = await download(
      `/outcomes/export.csv?competitionId=${edition.id}&sheet=engagements&lang=en`,
      organizer,
    );
    const body = await engagements.text();
    expect(body.trim().split('\r\n')).toHaveLength(1 + 4);
    expect(body).not.toContain('private note');

    const xlsx = await download(`/outcomes/export.xlsx?competitionId=${edition.id}&lang=zh`, organizer);
    expect(xlsx.status).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '转化漏斗',
      '按领域',
      '按园区',
      '各阶段用时',
      '合作进程',
    ]);
    const funnel = workbook.worksheets[0];
    expect(funnel.getRow(2).values).toEqual([undefined, '申报项目', 4]);
    expect(funnel.getRow(3).getCell(2).value).toBe(3);
    expect(workbook.worksheets[4].rowCount).toBe(1 + 4);

    const audits = await sut.dataSource.query(
      `SELECT after FROM audit_events WHERE action = 'outcomes.exported' AND entity_id = $1`,
      [edition.id],
    );
    expect(audits.map((a: { after: { format: string } }) => a.after.format).sort()).toEqual([
      'csv',
      'csv',
      'xlsx',
    ]);
  });

  it('refuses an unknown edition and a bad sheet', async () => {
    const missing = await organizer.error(OUTCOMES, {
      competitionId: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.code).toBe('NOT_FOUND');
    expect((await download(`/outcomes/export.csv?sheet=scores`, organizer)).status).toBe(400);
  });

  it('counts the demo edition as the tables do', async () => {
    const demo = sut.client();
    await sut.signIn(demo, { email: 'organizer@bridge.demo', password: DEMO_PASSWORD });
    const [{ id }] = await sut.dataSource.query(`SELECT id FROM competitions WHERE year = 2020`);
    const { outcomes } = await demo.data(OUTCOMES, { competitionId: id });
    const expected = await countedFunnel(sut, id);
    expect(expected.applications).toBeGreaterThan(100);
    expect(expected.engagements).toBeGreaterThan(0);
    expect(outcomes.funnel).toMatchObject(expected);
    for (const field of outcomes.byField) {
      expect(field.funnel).toMatchObject(await countedFunnel(sut, id, field.key));
    }
    const [{ n }] = await sut.dataSource.query(
      `SELECT (count(*) - count(DISTINCT ev.engagement_id))::int AS n
       FROM engagement_events ev JOIN engagements e ON e.id = ev.engagement_id
       JOIN projects p ON p.id = e.project_id WHERE p.competition_id = $1`,
      [id],
    );
    const samples = outcomes.stageTimes.reduce((sum: number, s: { samples: number }) => sum + s.samples, 0);
    expect(samples).toBe(n);
  });
});
