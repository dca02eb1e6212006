import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../src/database/seed/demo-accounts';
import { seedDemoData } from '../src/database/seed/demo-seed';
import { PasswordService } from '../src/identity/password.service';
import { SearchOutboxWorker } from '../src/search/outbox/search-outbox.worker';
import { GraphQLClient } from './support/graphql-client';
import { TestApp } from './support/test-app';

const EDITIONS = /* GraphQL */ `
  {
    competitions {
      id
      year
      editionNumber
      stage
      finalistsPublishedAt
      awardsPublishedAt
      settings {
        finalistTotal
        perFieldCap
        awardPlaces
        minReviews
        normalizationMethod
      }
      fields {
        id
        code
      }
      timeline {
        stage
        startsOn
      }
    }
  }
`;
const APPLICATIONS = /* GraphQL */ `
  query Applications($id: ID!, $status: ProjectStatus, $after: String) {
    competitionProjects(competitionId: $id, status: $status, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fieldId
          status
          title {
            zh
            en
            ru
          }
        }
      }
    }
  }
`;

/** Row counts of every table the demo seed writes. */
async function counts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables = [
    'users',
    'organizations',
    'memberships',
    'competitions',
    'competition_fields',
    'competition_stage_dates',
    'projects',
    'judges',
    'judge_conflicts',
    'criteria',
    'assignments',
    'scores',
    'selection_runs',
    'selection_overrides',
    'notifications',
    'audit_events',
    'introductions',
    'introduction_notes',
    'conversations',
    'engagements',
    'engagement_events',
    'engagement_milestones',
    'landing_offers',
    'landing_applications',
  ];
  const result: Record<string, number> = {};
  for (const table of tables) {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    result[table] = n;
  }
  return result;
}

describe('the demo data (SEED_DEMO_DATA=true)', () => {
  let sut: TestApp;
  let organizer: GraphQLClient;
  let edition: { id: string; fields: Array<{ id: string; code: string }> };
  const signIn = async (email: string) => {
    const client = sut.client();
    await sut.signIn(client, { email, password: DEMO_PASSWORD });
    return client;
  };

  beforeAll(async () => {
    sut = await TestApp.start({ SEED_DEMO_DATA: 'true' });
    organizer = await signIn('organizer@bridge.demo');
  });
  afterAll(() => sut?.close());

  it('has the complete 2020 edition, in matchmaking, and a current edition open for registration', async () => {
    const { competitions } = await organizer.data(EDITIONS);
    const past = competitions.find((c: { year: number }) => c.year === 2020);
    expect(past).toMatchObject({
      editionNumber: 6,
      stage: 'MATCHMAKING',
      settings: {
        finalistTotal: 18,
        perFieldCap: 6,
        awardPlaces: 3,
        minReviews: 3,
        normalizationMethod: 'JUDGE_EFFECTS',
      },
    });
    expect(past.fields.map((f: { code: string }) => f.code)).toEqual(['AI', 'ROBOTICS', 'BIOTECH']);
    expect(past.timeline[0]).toEqual({ stage: 'REGISTRATION', startsOn: '2020-06-01' });
    expect(new Date(past.finalistsPublishedAt).getUTCFullYear()).toBe(2020);
    expect(new Date(past.awardsPublishedAt).getUTCFullYear()).toBe(2020);
    edition = past;
    const current = competitions.find((c: { year: number }) => c.year === 2026);
    expect(current).toMatchObject({ editionNumber: 12, stage: 'REGISTRATION', finalistsPublishedAt: null });
  });

  it('has about 120 trilingual applications, 18 finalists (at most 6 per field) and 3 award places', async () => {
    type Application = { id: string; fieldId: string; status: string; title: Record<string, string | null> };
    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: Array<{ node: Application }>;
    };
    const nodes: Application[] = [];
    let after: string | null = null;
    do {
      const response: { competitionProjects: Page } = await organizer.data(APPLICATIONS, {
        id: edition.id,
        after,
      });
      const page = response.competitionProjects;
      expect(page.totalCount).toBe(120);
      nodes.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(nodes).toHaveLength(120);
    const finalists = nodes.filter((p) => p.status === 'FINALIST' || p.status === 'AWARDED');
    expect(finalists).toHaveLength(18);
    for (const field of edition.fields) {
      expect(finalists.filter((p) => p.fieldId === field.id).length).toBeLessThanOrEqual(6);
    }
    expect(nodes.filter((p) => p.status === 'AWARDED')).toHaveLength(3);
    expect(nodes.filter((p) => p.status === 'NOT_SELECTED').length).toBeGreaterThan(90);
    expect(nodes.filter((p) => p.title.zh && p.title.en && p.title.ru).length).toBeGreaterThan(50);
    expect(
      nodes.filter((p) => [p.title.zh, p.title.en, p.title.ru].filter(Boolean).length === 1).length,
    ).toBeGreaterThan(0);
  });

  it('keeps the published selection and final runs current, with the judges’ fitted habits and the override', async () => {
    const RUN = `query($id: ID!, $round: JudgingRound!) { selectionRun(competitionId: $id, round: $round) { id stale publishedAt method outcomes { selected belowMinReviews reason } finalOutcomes { place } judges { judgeName offset scale } overrides { decision reason } } }`;
    const { selectionRun: preliminary } = await organizer.data(RUN, { id: edition.id, round: 'PRELIMINARY' });
    expect(preliminary).toMatchObject({ stale: false, method: 'JUDGE_EFFECTS' });
    expect(preliminary.publishedAt).not.toBeNull();
    expect(preliminary.outcomes.filter((o: { selected: boolean }) => o.selected)).toHaveLength(18);
    expect(
      preliminary.outcomes.filter((o: { belowMinReviews: boolean }) => o.belowMinReviews).length,
    ).toBeGreaterThan(0);
    expect(preliminary.overrides).toEqual([
      { decision: 'EXCLUDE', reason: expect.stringContaining('withdrew') },
    ]);
    expect(preliminary.judges).toHaveLength(12);
    const offsets = preliminary.judges.map((j: { offset: number }) => j.offset);
    expect(Math.max(...offsets)).toBeGreaterThan(6);
    expect(Math.min(...offsets)).toBeLessThan(-6);
    const { selectionRun: final } = await organizer.data(RUN, { id: edition.id, round: 'FINAL' });
    expect(final.stale).toBe(false);
    expect(
      final.finalOutcomes
        .map((o: { place: number | null }) => o.place)
        .filter(Boolean)
        .sort(),
    ).toEqual([1, 2, 3]);
  });

  it('shows a visitor the finalists and winners as public cards, nothing private', async () => {
    const { competition } = await sut
      .client()
      .data(
        `query($id: ID!) { competition(id: $id) { finalists { status title { en zh ru } description { en } contacts { email } result { score finalist awardPlace } } } }`,
        { id: edition.id },
      );
    expect(competition.finalists).toHaveLength(18);
    expect(
      competition.finalists.slice(0, 3).map((p: { result: { awardPlace: number } }) => p.result.awardPlace),
    ).toEqual([1, 2, 3]);
    for (const card of competition.finalists) {
      expect(card).toMatchObject({
        description: null,
        contacts: null,
        result: { score: null, finalist: true },
      });
    }
  });

  it('indexes the demo editions for search on first start: a visitor finds the 2020 finalists in Chinese', async () => {
    const SEARCH = `query($input: SearchInput!) { search(input: $input) { total hits { projectId status } } }`;
    const worker = sut.bridge.app.get(SearchOutboxWorker);
    await worker.drain();
    const visitor = sut.client();
    const all = (await visitor.data(SEARCH, { input: { competitionIds: [edition.id], first: 50 } })).search;
    expect(all.total).toBe(18);
    const robots = (await visitor.data(SEARCH, { input: { text: '机器人', competitionIds: [edition.id] } }))
      .search;
    expect(robots.total).toBeGreaterThan(0);
    expect(robots.total).toBeLessThan(18);
    // An investor finds the consenting applications of the current edition too, never its drafts.
    const [current] = await sut.dataSource.query(
      `SELECT c.id, count(p.id) FILTER (WHERE p.status = 'SUBMITTED' AND p.visibility_consent)::int AS visible,
              count(p.id) FILTER (WHERE p.status = 'DRAFT')::int AS drafts
         FROM competitions c JOIN projects p ON p.competition_id = c.id WHERE c.year = 2026 GROUP BY c.id`,
    );
    expect(current.drafts).toBeGreaterThan(0);
    const investor = await signIn('investor@bridge.demo');
    const market = (await investor.data(SEARCH, { input: { competitionIds: [current.id], first: 50 } }))
      .search;
    expect(market.total).toBe(current.visible);
    expect(market.hits.every((h: { status: string }) => h.status === 'SUBMITTED')).toBe(true);
  });

  it('gives judge@bridge.demo real assignments of their own, with scores, and no contacts', async () => {
    const judge = await signIn('judge@bridge.demo');
    const { myAssignments } = await judge.data(
      `query($id: ID) { myAssignments(competitionId: $id) { id projectId round status total } }`,
      { id: edition.id },
    );
    expect(myAssignments.length).toBeGreaterThan(20);
    expect(myAssignments.filter((a: { status: string }) => a.status === 'SUBMITTED').length).toBeGreaterThan(
      20,
    );
    const { assignments: all } = await organizer.data(
      `query($id: ID!) { assignments(competitionId: $id, round: PRELIMINARY) { id } }`,
      { id: edition.id },
    );
    expect(all.length).toBeGreaterThan(myAssignments.length);
    const { project } = await judge.data(`query($id: ID!) { project(id: $id) { id contacts { email } } }`, {
      id: myAssignments[0].projectId,
    });
    expect(project.contacts).toBeNull();
  });

  it('makes AgroVision a finalist of 2020 and leaves it a draft in the current edition', async () => {
    const startup = await signIn('startup@bridge.demo');
    const { myProjects } = await startup.data(
      `{ myProjects { competitionId status title { en } result { finalist rankInField } } }`,
    );
    const past = myProjects.find((p: { competitionId: string }) => p.competitionId === edition.id);
    expect(past.title.en).toBe('Computer-vision harvesting robot for greenhouses');
    expect(['FINALIST', 'AWARDED']).toContain(past.status);
    expect(past.result.finalist).toBe(true);
    expect(myProjects.filter((p: { status: string }) => p.status === 'DRAFT')).toHaveLength(1);
    const { notifications } = await startup.data(`{ notifications(first: 5) { edges { node { key } } } }`);
    expect(notifications.edges.map((e: { node: { key: string } }) => e.node.key)).toContain(
      'notifications.selection.finalist',
    );
  });

  it('creates nothing new when the seed runs again', async () => {
    const before = await counts(sut.dataSource);
    const created = await seedDemoData(sut.dataSource, sut.bridge.app.get(PasswordService));
    expect(created).toEqual([]);
    expect(await counts(sut.dataSource)).toEqual(before);
  });
});

describe('the demo data seeded by two processes at once', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start({ SEED_DEMO_DATA: 'false' });
  });
  afterAll(() => sut?.close());

  it('is written exactly once', async () => {
    const passwords = sut.bridge.app.get(PasswordService);
    const [first, second] = await Promise.all([
      seedDemoData(sut.dataSource, passwords),
      seedDemoData(sut.dataSource, passwords),
    ]);
    expect([...first, ...second].filter((e) => e === 'judge01@bridge.demo')).toHaveLength(1);
    const editions = await sut.dataSource.query(
      `SELECT c.year, count(p.id)::int AS projects FROM competitions c LEFT JOIN projects p ON p.competition_id = c.id GROUP BY c.year ORDER BY c.year`,
    );
    expect(editions).toEqual([
      { year: 2020, projects: 120 },
      { year: 2026, projects: 7 },
    ]);
    const [{ judges }] = await sut.dataSource.query(`SELECT count(*)::int AS judges FROM judges`);
    expect(judges).toBe(12 + 3);
  });
});
