import { ENGAGEMENT_STAGES } from '@bridge/contracts';
import { DEMO_PASSWORD } from '../src/database/seed/demo-accounts';
import { demoConversationIds } from '../src/database/seed/demo-introductions';
import { TestApp } from './support/test-app';

/** The market side of the demo data: introductions, engagements and landing offers in every state. */
describe('the demo market data (SEED_DEMO_DATA=true)', () => {
  let sut: TestApp;
  const signIn = async (email: string) => {
    const client = sut.client();
    await sut.signIn(client, { email, password: DEMO_PASSWORD });
    return client;
  };

  beforeAll(async () => {
    sut = await TestApp.start({ SEED_DEMO_DATA: 'true' });
  });
  afterAll(() => sut?.close());

  it('has introductions from the demo investor and park in every state; AgroVision accepted two, with conversations and engagements', async () => {
    const states = new Set<string>();
    for (const email of ['investor@bridge.demo', 'park@bridge.demo']) {
      const requester = await signIn(email);
      const { introductionsSent } = await requester.data(
        `{ introductionsSent(first: 50) { edges { node { status projectTitle { en } } } } }`,
      );
      introductionsSent.edges.forEach((e: { node: { status: string } }) => states.add(e.node.status));
    }
    expect([...states].sort()).toEqual(['ACCEPTED', 'DECLINED', 'EXPIRED', 'PENDING', 'WITHDRAWN']);

    const startup = await signIn('startup@bridge.demo');
    const { introductionsReceived } = await startup.data(
      `{ introductionsReceived(first: 50) { edges { node { status purpose conversationId engagementId notes { side }
          requester { contacts { email } } project { contacts { email } } } } } }`,
    );
    const nodes = introductionsReceived.edges.map((e: { node: Record<string, unknown> }) => e.node);
    const accepted = nodes.filter((n: { status: string }) => n.status === 'ACCEPTED');
    expect(accepted.map((n: { purpose: string }) => n.purpose).sort()).toEqual(['INVESTMENT', 'LANDING']);
    for (const node of accepted) {
      expect(node).toMatchObject({
        conversationId: expect.any(String),
        engagementId: expect.any(String),
        requester: { contacts: { email: expect.stringContaining('@') } },
      });
    }
    const pending = nodes.find((n: { status: string }) => n.status === 'PENDING');
    expect(pending).toMatchObject({
      conversationId: null,
      notes: [{ side: 'STARTUP' }, { side: 'REQUESTER' }],
    });
    expect(await demoConversationIds(sut.dataSource)).toEqual(
      expect.arrayContaining(accepted.map((n: { conversationId: string }) => n.conversationId)),
    );
    const stages = await sut.dataSource.query(
      `SELECT e.kind, e.stage, e.origin FROM engagements e JOIN introductions i ON i.id = e.introduction_id ORDER BY e.kind`,
    );
    expect(stages).toEqual([
      { kind: 'INVESTMENT', stage: 'INTRO', origin: 'INTRODUCTION' },
      { kind: 'LANDING', stage: 'INTEREST', origin: 'INTRODUCTION' },
    ]);
  });

  it('has engagements at every stage of every kind, with histories over past months, registered companies and milestones', async () => {
    const rows: Array<{ kind: string; stage: string; n: number }> = await sut.dataSource.query(
      `SELECT kind, stage, count(*)::int AS n FROM engagements WHERE origin = 'MANUAL' GROUP BY kind, stage`,
    );
    const seeded = new Map(rows.map((r) => [`${r.kind}/${r.stage}`, r.n]));
    for (const [kind, stages] of Object.entries(ENGAGEMENT_STAGES))
      for (const stage of stages)
        expect([`${kind}/${stage}`, seeded.get(`${kind}/${stage}`) ?? 0]).not.toEqual([
          `${kind}/${stage}`,
          0,
        ]);
    expect(seeded.get('INVESTMENT/CLOSED_WON')).toBe(2);
    expect(seeded.get('LANDING/COMPANY_REGISTERED')).toBe(2);
    expect(seeded.get('LANDING/OPERATING')).toBe(2);
    const landed: Array<{
      name: string | null;
      number: string | null;
      registered_on: string | null;
      at: string;
    }> = await sut.dataSource.query(
      `SELECT e.registered_company_name AS name, e.registration_number AS number, e.registered_on::text AS registered_on,
                (SELECT to_char(v.created_at, 'YYYY-MM-DD') FROM engagement_events v
                  WHERE v.engagement_id = e.id AND v.to_stage = 'COMPANY_REGISTERED') AS at
           FROM engagements e WHERE e.kind = 'LANDING' AND e.stage IN ('COMPANY_REGISTERED', 'OPERATING')`,
    );
    expect(landed).toHaveLength(4);
    for (const company of landed) {
      expect(company.name).toMatch(/Co\., Ltd\.$/);
      expect(company.number).toMatch(/^91320594MA/);
      expect(company.registered_on).toBe(company.at);
    }
    // Each history is the path to the stage, in order, and spread over months.
    const histories: Array<{ stage: string; last: string; moves: number; version: number; days: number }> =
      await sut.dataSource.query(
        `SELECT e.stage, (array_agg(v.to_stage ORDER BY v.created_at DESC))[1] AS last, count(v.id)::int AS moves,
                e.version, extract(day FROM now() - min(v.created_at))::int AS days
           FROM engagements e JOIN engagement_events v ON v.engagement_id = e.id
          WHERE e.origin = 'MANUAL' GROUP BY e.id`,
      );
    for (const history of histories) {
      expect(history.last).toBe(history.stage);
      expect(history.version).toBe(history.moves);
    }
    expect(Math.max(...histories.map((h) => h.days))).toBeGreaterThan(180);
    const [{ milestones, done }] = await sut.dataSource.query(
      `SELECT count(*)::int AS milestones, count(done_at)::int AS done FROM engagement_milestones`,
    );
    expect(milestones).toBeGreaterThanOrEqual(5);
    expect(done).toBeGreaterThan(0);

    const park = await signIn('park@bridge.demo');
    const { engagements } = await park.data(
      `{ engagements(kind: LANDING, first: 50) { totalCount edges { node { stage side events { note } } } } }`,
    );
    // nine seeded and AgroVision's from its accepted introduction, which its accepted landing
    // invitation continues rather than duplicating
    expect(engagements.totalCount).toBe(10);
    expect(engagements.edges.every((e: { node: { side: string } }) => e.node.side === 'PARTNER')).toBe(true);
  });

  it('has the demo park’s landing offers (two OPEN, one CLOSED) with applications in every status; AgroVision accepted', async () => {
    const park = await signIn('park@bridge.demo');
    const { myLandingOffers } = await park.data(
      `{ myLandingOffers(first: 10) { edges { node { status title { zh en ru } threeYearValue { cnyMinor } } } } }`,
    );
    const offers: Array<{ status: string; title: unknown; threeYearValue: { cnyMinor: number } }> =
      myLandingOffers.edges.map((e: { node: unknown }) => e.node);
    expect(offers.map((o: { status: string }) => o.status).sort()).toEqual(['CLOSED', 'OPEN', 'OPEN']);
    for (const offer of offers) {
      expect(offer.title).toEqual({ zh: expect.any(String), en: expect.any(String), ru: expect.any(String) });
      expect(offer.threeYearValue.cnyMinor).toBeGreaterThan(0);
    }
    const { landingApplications } = await park.data(
      `{ landingApplications(first: 50) { edges { node { status origin projectTitle { en } engagementId } } } }`,
    );
    const applications: Array<{ status: string }> = landingApplications.edges.map(
      (e: { node: { status: string } }) => e.node,
    );
    expect(applications.map((a: { status: string }) => a.status).sort()).toEqual([
      'ACCEPTED',
      'INVITED',
      'REJECTED',
      'SHORTLISTED',
      'SUBMITTED',
      'WITHDRAWN',
    ]);
    const startup = await signIn('startup@bridge.demo');
    const { myLandingApplications } = await startup.data(
      `{ myLandingApplications(first: 10) { edges { node { status engagementId offer { status } } } } }`,
    );
    expect(myLandingApplications.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { status: 'ACCEPTED', engagementId: expect.any(String), offer: { status: 'OPEN' } },
    ]);
    const [engagement] = await sut.dataSource.query(
      `SELECT kind, stage, origin, (SELECT count(*)::int FROM engagement_events v WHERE v.engagement_id = e.id) AS events
         FROM engagements e WHERE id = $1`,
      [myLandingApplications.edges[0].node.engagementId],
    );
    // The accepted invitation continues the LANDING engagement AgroVision's accepted introduction began.
    expect(engagement).toEqual({ kind: 'LANDING', stage: 'INTEREST', origin: 'INTRODUCTION', events: 1 });
  });
});
