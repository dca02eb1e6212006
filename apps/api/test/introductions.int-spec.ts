import { IntroductionExpiry } from '../src/matchmaking/introductions/introduction-expiry';
import { GraphQLClient } from './support/graphql-client';
import { ADVANCE, CREATE_PROJECT, Edition, createEdition, submittedProject } from './support/edition';
import { TestApp, TestUser } from './support/test-app';

const INTRO = `id purpose status message side projectId projectTitle { en } expiresAt answeredAt declineReason declineNote
  proposedSlots { startsAt minutes } requesterName fit fitReasons { key met } conversationId engagementId
  notes { side body authorName } requester { id } startup { id }`;
const REQUEST = `mutation R($input: RequestIntroductionInput!) { requestIntroduction(input: $input) { ${INTRO} } }`;
const ACCEPT = `mutation A($id: ID!) { acceptIntroduction(id: $id) { ${INTRO} } }`;
const DECLINE = `mutation D($input: DeclineIntroductionInput!) { declineIntroduction(input: $input) { ${INTRO} } }`;
const WITHDRAW = `mutation W($id: ID!) { withdrawIntroduction(id: $id) { ${INTRO} } }`;
const NOTE = `mutation N($input: AddIntroductionNoteInput!) { addIntroductionNote(input: $input) { ${INTRO} } }`;
const ONE = `query One($id: ID!) { introduction(id: $id) { ${INTRO} } }`;
const FOR_PROJECT = `query For($projectId: ID!) { introductionFor(projectId: $projectId) { id status side } }`;
const RECEIVED = `query In($status: IntroductionStatus) { introductionsReceived(status: $status, first: 50) { totalCount edges { node { ${INTRO} } } } }`;
const SENT = `query Out($status: IntroductionStatus) { introductionsSent(status: $status, first: 50) { totalCount edges { node { id status projectId } } } }`;
const PREFERENCES = `mutation P($input: MarketPreferencesInput!) { setMarketPreferences(input: $input) { fieldCodes } }`;

const MESSAGE = 'We invest in agritech robotics at seed stage and would like to meet your team.';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

interface Party {
  client: GraphQLClient;
  user: TestUser;
}

/**
 * Introduction requests between verified investors and parks and the start-ups of one edition: who
 * may ask, what is checked, the start-up's inbox and the requester's list, the "more information"
 * thread, racing answers, withdrawal and expiry.
 */
describe('introduction requests', () => {
  let sut: TestApp;
  let edition: Edition;
  let fund: Party;
  let park: Party;
  let other: Party;
  let agro: { team: Party; projectId: string };
  const projects: Record<string, string> = {};

  const request = (client: GraphQLClient, projectId: string, extra: Record<string, unknown> = {}) =>
    client.request(REQUEST, { input: { projectId, purpose: 'INVESTMENT', message: MESSAGE, ...extra } });
  const requested = async (client: GraphQLClient, projectId: string, extra: Record<string, unknown> = {}) => {
    const response = await request(client, projectId, extra);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return (response.data as { requestIntroduction: { id: string } }).requestIntroduction;
  };
  const notices = async (userId: string, key: string, introductionId: string) => {
    const [{ n }] = await sut.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND key = $2 AND params->>'introductionId' = $3`,
      [userId, key, introductionId],
    );
    return n as number;
  };
  const member = async (organizationId: string): Promise<Party> => {
    const user = await sut.createUser({ organizationId, role: 'MEMBER' });
    const client = sut.client();
    await sut.signIn(client, user);
    return { client, user };
  };

  beforeAll(async () => {
    sut = await TestApp.start({ INTRODUCTION_EXPIRY_INTERVAL_MS: '0' });
    const organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
    edition = await createEdition(organizer);
    await organizer.data(ADVANCE, { id: edition.id, from: 'SETUP' });
    const a = await submittedProject(sut, edition, 'ROBOTICS', 'AgroVision');
    agro = { team: { client: a.client, user: a.user }, projectId: a.projectId };
    projects['arm'] = (await submittedProject(sut, edition, 'AI', 'RoboArm')).projectId;
    const quiet = await submittedProject(sut, edition, 'AI', 'Quiet');
    projects['quiet'] = quiet.projectId;
    await quiet.client.data(
      `mutation Q($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`,
      {
        input: { projectId: quiet.projectId, visibilityConsent: false },
      },
    );
    const draft = (await sut.signedIn({ kind: 'STARTUP' })).client;
    projects['draft'] = (
      await draft.data(CREATE_PROJECT, { input: { competitionId: edition.id, title: { en: 'Draft' } } })
    ).createProject.id;
    fund = await sut.signedIn({ kind: 'INVESTOR' });
    park = await sut.signedIn({ kind: 'SCIENCE_PARK' });
    other = await sut.signedIn({ kind: 'INVESTOR' });
  });
  afterAll(() => sut?.close());

  it('refuses a start-up and an unverified investor, and hides projects the requester may not see', async () => {
    const unverified = await sut.signedIn({ kind: 'INVESTOR', verificationStatus: 'UNVERIFIED' });
    expect(
      await unverified.client.error(REQUEST, {
        input: { projectId: agro.projectId, purpose: 'INVESTMENT', message: MESSAGE },
      }),
    ).toMatchObject({
      code: 'FORBIDDEN',
      key: 'errors.identity.notVerified',
    });
    const startup = await sut.signedIn({ kind: 'STARTUP' });
    expect(
      (
        await startup.client.error(REQUEST, {
          input: { projectId: agro.projectId, purpose: 'INVESTMENT', message: MESSAGE },
        })
      ).code,
    ).toBe('FORBIDDEN');
    for (const hidden of [projects['quiet'], projects['draft'], '00000000-0000-4000-8000-000000000000']) {
      const { errors } = await request(fund.client, hidden as string);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', params: { entity: 'project' } });
    }
    const [{ n }] = await sut.dataSource.query(`SELECT count(*)::int AS n FROM introductions`);
    expect(n).toBe(0);
  });

  it('checks the message and the proposed slots, naming each field', async () => {
    const fields = async (extra: Record<string, unknown>) =>
      (
        await fund.client.error(REQUEST, {
          input: { projectId: agro.projectId, purpose: 'INVESTMENT', message: MESSAGE, ...extra },
        })
      ).fields;
    expect(await fields({ message: '   too short, sorry   ' })).toEqual([
      { field: 'message', key: 'validation.minLength', params: { min: 20 } },
    ]);
    expect(await fields({ message: 'x'.repeat(4001) })).toEqual([
      { field: 'message', key: 'validation.maxLength', params: { max: 4000 } },
    ]);
    expect(await fields({ proposedSlots: [{ startsAt: inDays(-1), minutes: 30 }] })).toEqual([
      { field: 'proposedSlots.0.startsAt', key: 'validation.invalid', params: { index: 0 } },
    ]);
    expect(await fields({ proposedSlots: [{ startsAt: inDays(2), minutes: 10 }] })).toEqual([
      { field: 'proposedSlots.0.minutes', key: 'validation.range', params: { min: 15, max: 480, index: 0 } },
    ]);
    const six = Array.from({ length: 6 }, (_, i) => ({ startsAt: inDays(i + 1), minutes: 30 }));
    expect(await fields({ proposedSlots: six })).toEqual([
      { field: 'proposedSlots', key: 'validation.maxItems', params: { max: 5 } },
    ]);
  });

  it('opens one request per organisation, project and purpose, notifies the start-up, and allows a new one after a decline', async () => {
    const slots = [
      { startsAt: inDays(3), minutes: 45 },
      { startsAt: inDays(2), minutes: 30 },
    ];
    const first = await requested(fund.client, agro.projectId, {
      message: `  ${MESSAGE}  `,
      proposedSlots: slots,
    });
    expect(first).toMatchObject({
      status: 'PENDING',
      side: 'REQUESTER',
      message: MESSAGE,
      proposedSlots: [slots[1], slots[0]].map((s) => ({
        ...s,
        startsAt: new Date(s.startsAt).toISOString(),
      })),
      projectTitle: { en: 'AgroVision' },
      requester: { id: fund.user.organizationId },
      startup: { id: agro.team.user.organizationId },
      conversationId: null,
    });
    expect(new Date((first as unknown as { expiresAt: string }).expiresAt).getTime()).toBeGreaterThan(
      Date.now() + 13 * 86_400_000,
    );
    expect(await notices(agro.team.user.userId, 'notifications.introduction.requested', first.id)).toBe(1);

    const again = await fund.client.error(REQUEST, {
      input: { projectId: agro.projectId, purpose: 'INVESTMENT', message: MESSAGE },
    });
    expect(again).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.introduction.alreadyOpen',
      params: { purpose: 'INVESTMENT' },
    });
    const pilot = await requested(fund.client, agro.projectId, { purpose: 'PILOT_CUSTOMER' });
    await fund.client.data(WITHDRAW, { id: pilot.id });
    expect(await notices(agro.team.user.userId, 'notifications.introduction.withdrawn', pilot.id)).toBe(1);

    const { declineIntroduction } = await agro.team.client.data(DECLINE, {
      input: { id: first.id, reason: 'TIMING', note: ' Come back after our harvest season. ' },
    });
    expect(declineIntroduction).toMatchObject({
      status: 'DECLINED',
      side: 'STARTUP',
      declineReason: 'TIMING',
      declineNote: 'Come back after our harvest season.',
    });
    expect(await notices(fund.user.userId, 'notifications.introduction.declined', first.id)).toBe(1);
    const second = await requested(fund.client, agro.projectId);
    expect(second.id).not.toBe(first.id);
    const { introductionFor } = await fund.client.data(FOR_PROJECT, { projectId: agro.projectId });
    expect(introductionFor.map((i: { status: string }) => i.status)).toEqual([
      'PENDING',
      'WITHDRAWN',
      'DECLINED',
    ]);
    // A page of search results asks once for all its projects; other organisations' requests stay out.
    const many = `query Many($ids: [ID!]!) { introductionsFor(projectIds: $ids) { id projectId status } }`;
    const { introductionsFor } = await fund.client.data(many, {
      ids: [agro.projectId, projects['arm'], 'not-a-uuid'],
    });
    expect(introductionsFor.map((i: { id: string }) => i.id)).toEqual(
      introductionFor.map((i: { id: string }) => i.id),
    );
    expect((await park.client.data(many, { ids: [agro.projectId] })).introductionsFor).toEqual([]);
    const tooMany = await fund.client.error(many, {
      ids: Array.from({ length: 51 }, () => agro.projectId),
    });
    expect(tooMany.fields).toEqual([
      expect.objectContaining({ field: 'projectIds', key: 'validation.maxItems' }),
    ]);
  });

  it("shows each organisation only its own requests; the start-up sees the fit with the requester's preferences", async () => {
    await park.client.data(PREFERENCES, {
      input: {
        fieldCodes: ['ROBOTICS'],
        stages: ['MVP'],
        offers: ['LANDING'],
        cities: [],
        trlMin: 4,
        trlMax: 9,
      },
    });
    const landing = await requested(park.client, agro.projectId, { purpose: 'LANDING' });
    const armRequest = await requested(other.client, projects['arm'] as string);

    const inbox = (await agro.team.client.data(RECEIVED, { status: 'PENDING' })).introductionsReceived;
    expect(inbox.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      landing.id,
      expect.any(String), // the investor's second request
    ]);
    expect(inbox.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(armRequest.id);
    const fromPark = inbox.edges[0].node;
    expect(fromPark.fit).toBeGreaterThan(50);
    expect(fromPark.fitReasons.map((r: { key: string }) => r.key)).toContain('recommendations.reason.field');
    expect(inbox.edges[1].node).toMatchObject({ fit: null, fitReasons: null });
    expect((await park.client.data(ONE, { id: landing.id })).introduction).toMatchObject({
      side: 'REQUESTER',
      fit: null,
    });

    const sent = (await other.client.data(SENT, {})).introductionsSent;
    expect(sent.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([armRequest.id]);
    expect((await park.client.data(RECEIVED, {})).introductionsReceived.totalCount).toBe(0);
    const organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
    for (const stranger of [other.client, organizer]) {
      expect((await stranger.error(ONE, { id: landing.id })).code).toBe('NOT_FOUND');
      expect((await stranger.error(ACCEPT, { id: landing.id })).code).toBe('NOT_FOUND');
    }
    expect((await park.client.error(ACCEPT, { id: landing.id })).key).toBe('errors.introduction.wrongSide');
  });

  it('lets the start-up ask for more information and the requester answer, while the request is open', async () => {
    const ask = await requested(park.client, agro.projectId, { purpose: 'RD_PARTNERSHIP' });
    await agro.team.client.data(NOTE, { input: { id: ask.id, body: 'Which lab would we share?' } });
    expect(await notices(park.user.userId, 'notifications.introduction.note', ask.id)).toBe(1);
    const { addIntroductionNote } = await park.client.data(NOTE, {
      input: { id: ask.id, body: 'The robotics lab, building 3.' },
    });
    expect(addIntroductionNote.notes).toEqual([
      { side: 'STARTUP', body: 'Which lab would we share?', authorName: expect.stringMatching(/^User /) },
      {
        side: 'REQUESTER',
        body: 'The robotics lab, building 3.',
        authorName: expect.stringMatching(/^User /),
      },
    ]);
    expect((await other.client.error(NOTE, { input: { id: ask.id, body: 'Hello?' } })).code).toBe(
      'NOT_FOUND',
    );
    expect((await park.client.error(NOTE, { input: { id: ask.id, body: '   ' } })).fields).toEqual([
      { field: 'body', key: 'validation.required' },
    ]);
    await park.client.data(WITHDRAW, { id: ask.id });
    expect(await agro.team.client.error(NOTE, { input: { id: ask.id, body: 'Still there?' } })).toMatchObject(
      {
        code: 'CONFLICT',
        key: 'errors.introduction.notPending',
      },
    );
  });

  it('lets exactly one of 50 racing accepts and declines win: one engagement, one conversation, one notice', async () => {
    const { client, user, projectId } = await submittedProject(sut, edition, 'AI', 'Race');
    const team = { client, user };
    const colleague = await member(user.organizationId as string);
    const race = await requested(fund.client, projectId);

    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        i % 2
          ? team.client.request(ACCEPT, { id: race.id })
          : colleague.client.request(DECLINE, { input: { id: race.id, reason: 'NOT_A_FIT' } }),
      ),
    );
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.['code'] === 'CONFLICT')).toHaveLength(49);
    const [row] = await sut.dataSource.query(
      `SELECT i.status, (SELECT count(*)::int FROM engagements e WHERE e.introduction_id = i.id) AS engagements,
              (SELECT count(*)::int FROM conversations c WHERE c.introduction_id = i.id) AS conversations
         FROM introductions i WHERE i.id = $1`,
      [race.id],
    );
    const accepted = row.status === 'ACCEPTED';
    expect(row).toMatchObject({ engagements: accepted ? 1 : 0, conversations: accepted ? 1 : 0 });
    const key = accepted ? 'notifications.introduction.accepted' : 'notifications.introduction.declined';
    expect(await notices(fund.user.userId, key, race.id)).toBe(1);
    const [{ answers }] = await sut.dataSource.query(
      `SELECT count(*)::int AS answers FROM notifications WHERE params->>'introductionId' = $1 AND key IN ($2, $3)`,
      [race.id, 'notifications.introduction.accepted', 'notifications.introduction.declined'],
    );
    expect(answers).toBe(1);
  });

  it('starts the engagement of the purpose at its first stage on acceptance, audited, and refuses a withdrawal after it', async () => {
    const { introductionsReceived } = await agro.team.client.data(RECEIVED, { status: 'PENDING' });
    const landing = introductionsReceived.edges.find(
      (e: { node: { purpose: string } }) => e.node.purpose === 'LANDING',
    ).node;
    const { acceptIntroduction } = await agro.team.client.data(ACCEPT, { id: landing.id });
    expect(acceptIntroduction).toMatchObject({
      status: 'ACCEPTED',
      conversationId: expect.any(String),
      engagementId: expect.any(String),
    });
    const [engagement] = await sut.dataSource.query(
      `SELECT e.kind, e.stage, e.origin, (SELECT array_agg(to_stage) FROM engagement_events v WHERE v.engagement_id = e.id) AS events
         FROM engagements e WHERE e.id = $1`,
      [acceptIntroduction.engagementId],
    );
    expect(engagement).toEqual({
      kind: 'LANDING',
      stage: 'INTEREST',
      origin: 'INTRODUCTION',
      events: ['INTEREST'],
    });
    const audits = await sut.dataSource.query(
      `SELECT action, after FROM audit_events WHERE entity_id = $1 ORDER BY created_at, action`,
      [landing.id],
    );
    expect(audits.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['introduction.requested', 'introduction.accepted', 'contacts.revealed']),
    );
    expect(audits.find((a: { action: string }) => a.action === 'contacts.revealed').after).toMatchObject({
      startupOrganizationId: agro.team.user.organizationId,
      requesterOrganizationId: park.user.organizationId,
    });
    expect(await park.client.error(WITHDRAW, { id: landing.id })).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.introduction.notPending',
    });
    expect((await agro.team.client.error(ACCEPT, { id: landing.id })).code).toBe('CONFLICT');
  });

  it('expires an overdue request once, tells the requester once, and no longer lets anyone answer it', async () => {
    const late = await requested(park.client, agro.projectId, { purpose: 'PILOT_CUSTOMER' });
    await sut.dataSource.query(
      `UPDATE introductions SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [late.id],
    );
    expect((await agro.team.client.data(ONE, { id: late.id })).introduction.status).toBe('EXPIRED');
    expect(await agro.team.client.error(ACCEPT, { id: late.id })).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.introduction.notPending',
    });
    const expiry = sut.bridge.app.get(IntroductionExpiry);
    const runs = await Promise.all([expiry.run(), expiry.run()]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await expiry.run()).toBe(0);
    expect(await notices(park.user.userId, 'notifications.introduction.expired', late.id)).toBe(1);
    const { introductionsSent } = await park.client.data(SENT, { status: 'EXPIRED' });
    expect(introductionsSent.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([late.id]);
    expect((await agro.team.client.error(ACCEPT, { id: late.id })).code).toBe('CONFLICT');
    // The key is free again: a new request for the same purpose is allowed.
    expect((await requested(park.client, agro.projectId, { purpose: 'PILOT_CUSTOMER' })).id).not.toBe(
      late.id,
    );
  });
});
