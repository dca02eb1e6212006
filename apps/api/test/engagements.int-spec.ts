import { ADVANCE, CREATE_PROJECT, Edition, createEdition, submittedProject } from './support/edition';
import {
  EngagementView,
  LIST,
  MOVE,
  ONE,
  Party,
  START,
  moved,
  notices,
  started,
} from './support/engagements';
import { TestApp } from './support/test-app';

const MOVED = 'notifications.engagement.moved';
const STARTED = 'notifications.engagement.started';

/**
 * Engagement pipelines: starting one by hand (who may, with whom, one open per key), moves forward
 * and back with history, what strangers and organizers see, refused moves, racing moves.
 */
describe('engagements', () => {
  let sut: TestApp;
  let edition: Edition;
  let organizer: Party;
  let agro: Party & { projectId: string };
  let fund: Party;
  let park: Party;
  let lab: Party;
  let stranger: Party;

  beforeAll(async () => {
    sut = await TestApp.start({ ENGAGEMENT_REMINDER_INTERVAL_MS: '0', INTRODUCTION_EXPIRY_INTERVAL_MS: '0' });
    organizer = await sut.signedIn({ kind: 'ORGANIZER' });
    edition = await createEdition(organizer.client);
    await organizer.client.data(ADVANCE, { id: edition.id, from: 'SETUP' });
    const a = await submittedProject(sut, edition, 'ROBOTICS', 'AgroVision');
    agro = { client: a.client, user: a.user, projectId: a.projectId };
    fund = await sut.signedIn({ kind: 'INVESTOR' });
    park = await sut.signedIn({ kind: 'SCIENCE_PARK' });
    lab = await sut.signedIn({ kind: 'RD_PARTNER' });
    stranger = await sut.signedIn({ kind: 'INVESTOR' });
  });
  afterAll(() => sut?.close());

  describe('starting by hand', () => {
    it('lets a start-up start one with a verified organisation of a fitting kind only', async () => {
      const start = (input: Record<string, unknown>) =>
        agro.client.error(START, { input: { projectId: agro.projectId, ...input } });
      expect(
        await start({ kind: 'INVESTMENT', partnerOrganizationId: park.user.organizationId }),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        key: 'errors.engagement.partnerKind',
      });
      expect(await start({ kind: 'LANDING', partnerOrganizationId: fund.user.organizationId })).toMatchObject(
        {
          key: 'errors.engagement.partnerKind',
        },
      );
      const unverified = await sut.createUser({ kind: 'INVESTOR', verificationStatus: 'UNVERIFIED' });
      const otherStartup = await sut.createUser({ kind: 'STARTUP' });
      for (const partner of [unverified.organizationId, otherStartup.organizationId]) {
        expect(await start({ kind: 'INVESTMENT', partnerOrganizationId: partner })).toMatchObject({
          code: 'NOT_FOUND',
          params: { entity: 'organization' },
        });
      }
      expect((await start({ kind: 'INVESTMENT' })).fields).toEqual([
        { field: 'partnerOrganizationId', key: 'validation.required' },
      ]);
      const someoneElse = await submittedProject(sut, edition, 'AI', 'Other');
      expect(
        await agro.client.error(START, {
          input: {
            projectId: someoneElse.projectId,
            kind: 'INVESTMENT',
            partnerOrganizationId: fund.user.organizationId,
          },
        }),
      ).toMatchObject({ code: 'NOT_FOUND', params: { entity: 'project' } });
      expect(
        (
          await organizer.client.error(START, {
            input: {
              projectId: agro.projectId,
              kind: 'INVESTMENT',
              partnerOrganizationId: fund.user.organizationId,
            },
          })
        ).code,
      ).toBe('FORBIDDEN');
      const [{ n }] = await sut.dataSource.query(`SELECT count(*)::int AS n FROM engagements`);
      expect(n).toBe(0);
    });

    it('starts at the first stage, notifies the other side only, and keeps one open per project, partner and kind', async () => {
      const engagement = await started(agro.client, {
        projectId: agro.projectId,
        partnerOrganizationId: fund.user.organizationId,
        kind: 'INVESTMENT',
        note: 'We met at the final.',
      });
      expect(engagement).toMatchObject({
        stage: 'INTRO',
        stages: ['INTRO', 'MEETING', 'DUE_DILIGENCE', 'TERM_SHEET', 'CLOSED_WON', 'CLOSED_LOST'],
        terminal: false,
        side: 'STARTUP',
        origin: 'MANUAL',
        introductionId: null,
        events: [{ fromStage: null, toStage: 'INTRO', note: 'We met at the final.' }],
      });
      expect(await notices(sut, fund.user.userId, STARTED, engagement.id)).toBe(1);
      expect(await notices(sut, agro.user.userId, STARTED, engagement.id)).toBe(0);
      // The same key from either side is refused while it is open.
      expect(
        await agro.client.error(START, {
          input: {
            projectId: agro.projectId,
            partnerOrganizationId: fund.user.organizationId,
            kind: 'INVESTMENT',
          },
        }),
      ).toMatchObject({ code: 'CONFLICT', key: 'errors.engagement.alreadyOpen' });
      expect(
        await fund.client.error(START, { input: { projectId: agro.projectId, kind: 'INVESTMENT' } }),
      ).toMatchObject({ code: 'CONFLICT', key: 'errors.engagement.alreadyOpen' });
      // Another kind is another engagement; a park may not start an investment.
      expect((await started(fund.client, { projectId: agro.projectId, kind: 'PILOT_CUSTOMER' })).side).toBe(
        'PARTNER',
      );
      expect(
        await park.client.error(START, { input: { projectId: agro.projectId, kind: 'INVESTMENT' } }),
      ).toMatchObject({ key: 'errors.engagement.partnerKind' });
    });

    it('lets a market organisation start one with projects it may see only', async () => {
      const draft = (await sut.signedIn({ kind: 'STARTUP' })).client;
      const { createProject } = await draft.data(CREATE_PROJECT, {
        input: { competitionId: edition.id, title: { en: 'Draft' } },
      });
      expect(
        await park.client.error(START, { input: { projectId: createProject.id, kind: 'LANDING' } }),
      ).toMatchObject({ code: 'NOT_FOUND', params: { entity: 'project' } });
      const landing = await started(park.client, { projectId: agro.projectId, kind: 'LANDING' });
      expect(landing).toMatchObject({ stage: 'INTEREST', side: 'PARTNER', origin: 'MANUAL' });
      expect(await notices(sut, agro.user.userId, STARTED, landing.id)).toBe(1);
      expect(await notices(sut, park.user.userId, STARTED, landing.id)).toBe(0);
    });

    it('makes one engagement of two racing starts of the same key', async () => {
      const input = { projectId: agro.projectId, kind: 'RD_PARTNERSHIP' };
      const results = await Promise.all([
        agro.client.request(START, { input: { ...input, partnerOrganizationId: lab.user.organizationId } }),
        lab.client.request(START, { input }),
      ]);
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.['key'])).toEqual([
        'errors.engagement.alreadyOpen',
      ]);
      const [{ n }] = await sut.dataSource.query(
        `SELECT count(*)::int AS n FROM engagements WHERE kind = 'RD_PARTNERSHIP' AND project_id = $1`,
        [agro.projectId],
      );
      expect(n).toBe(1);
    });
  });

  describe('moves', () => {
    let landing: EngagementView;

    beforeAll(async () => {
      const { engagements } = await park.client.data(LIST, { kind: 'LANDING' });
      landing = (await park.client.data(ONE, { id: engagements.edges[0].node.id })).engagement;
    });

    it('lets either party move forward and back with notes, in the history, telling the other side only', async () => {
      let now = await moved(park.client, {
        id: landing.id,
        toStage: 'SITE_VISIT',
        expectedStage: 'INTEREST',
        note: 'Visit on Tuesday at 10:00.',
      });
      now = await moved(agro.client, { id: landing.id, toStage: 'NEGOTIATION', expectedStage: now.stage });
      now = await moved(park.client, {
        id: landing.id,
        toStage: 'SITE_VISIT',
        expectedStage: 'NEGOTIATION',
        expectedVersion: now.version,
        note: 'A second visit with the CTO.',
      });
      expect(now.stage).toBe('SITE_VISIT');
      expect(now.events.map((e) => [e.fromStage, e.toStage, e.note])).toEqual([
        [null, 'INTEREST', null],
        ['INTEREST', 'SITE_VISIT', 'Visit on Tuesday at 10:00.'],
        ['SITE_VISIT', 'NEGOTIATION', null],
        ['NEGOTIATION', 'SITE_VISIT', 'A second visit with the CTO.'],
      ]);
      expect(now.events[2]?.actorName).toMatch(/^User /);
      expect(await notices(sut, agro.user.userId, MOVED, landing.id)).toBe(2);
      expect(await notices(sut, park.user.userId, MOVED, landing.id)).toBe(1);
      const [{ n }] = await sut.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'engagement.moved' AND entity_id = $1`,
        [landing.id],
      );
      expect(n).toBe(3);
      landing = now;
    });

    it('answers NOT_FOUND to another organisation, and shows organizers stages and dates without notes', async () => {
      expect((await stranger.client.error(ONE, { id: landing.id })).code).toBe('NOT_FOUND');
      expect(
        (
          await stranger.client.error(MOVE, {
            input: { id: landing.id, toStage: 'LOST', expectedStage: 'SITE_VISIT' },
          })
        ).code,
      ).toBe('NOT_FOUND');
      expect((await stranger.client.data(LIST, {})).engagements.totalCount).toBe(0);
      const seen: EngagementView = (await organizer.client.data(ONE, { id: landing.id })).engagement;
      expect(seen).toMatchObject({ side: 'ORGANIZER', stage: 'SITE_VISIT', milestones: [] });
      expect(seen.events.map((e) => [e.toStage, e.note, e.actorName])).toEqual([
        ['INTEREST', null, null],
        ['SITE_VISIT', null, null],
        ['NEGOTIATION', null, null],
        ['SITE_VISIT', null, null],
      ]);
      const all = (await organizer.client.data(LIST, { competitionId: edition.id })).engagements;
      expect(all.totalCount).toBe(4);
      expect(all.edges.every((e: { node: { side: string } }) => e.node.side === 'ORGANIZER')).toBe(true);
      expect(
        (await organizer.client.data(LIST, { competitionId: '00000000-0000-4000-8000-000000000000' }))
          .engagements.totalCount,
      ).toBe(0);
      expect(
        await organizer.client.error(MOVE, {
          input: { id: landing.id, toStage: 'LOST', expectedStage: 'SITE_VISIT' },
        }),
      ).toMatchObject({ code: 'FORBIDDEN', key: 'errors.engagement.organizerReadOnly' });
    });

    it('refuses unknown and same stages, a stale expectation, and COMPANY_REGISTERED without the company', async () => {
      const move = (input: Record<string, unknown>) =>
        park.client.error(MOVE, { input: { id: landing.id, expectedStage: 'SITE_VISIT', ...input } });
      expect(await move({ toStage: 'CLOSED_WON' })).toMatchObject({
        code: 'BAD_USER_INPUT',
        key: 'errors.engagement.unknownStage',
      });
      expect(await move({ toStage: 'SITE_VISIT' })).toMatchObject({ key: 'errors.engagement.sameStage' });
      expect(await move({ toStage: 'NEGOTIATION', expectedStage: 'INTEREST' })).toMatchObject({
        code: 'CONFLICT',
        key: 'errors.engagement.stale',
        params: { stage: 'SITE_VISIT' },
      });
      expect((await move({ toStage: 'COMPANY_REGISTERED' })).fields).toEqual([
        { field: 'registeredCompany.name', key: 'validation.required' },
        { field: 'registeredCompany.registrationNumber', key: 'validation.required' },
        { field: 'registeredCompany.registeredOn', key: 'validation.required' },
      ]);
      const bad = { name: ' ', registrationNumber: '91310000MA1K', registeredOn: '2026-02-30' };
      expect((await move({ toStage: 'COMPANY_REGISTERED', registeredCompany: bad })).fields).toEqual([
        { field: 'registeredCompany.name', key: 'validation.required' },
        { field: 'registeredCompany.registeredOn', key: 'validation.invalid' },
      ]);
      expect((await organizer.client.data(ONE, { id: landing.id })).engagement.stage).toBe('SITE_VISIT');
    });

    it('records the registered company, reaches the outcome and never leaves a terminal stage', async () => {
      const company = {
        name: 'AgroVision (Suzhou) Co., Ltd.',
        registrationNumber: '91320594MA1XYZ',
        registeredOn: '2026-03-02',
      };
      const registered = await moved(agro.client, {
        id: landing.id,
        toStage: 'COMPANY_REGISTERED',
        expectedStage: 'SITE_VISIT',
        registeredCompany: company,
      });
      expect(registered.registeredCompany).toEqual(company);
      expect((await organizer.client.data(ONE, { id: landing.id })).engagement.registeredCompany).toEqual(
        company,
      );
      const operating = await moved(park.client, {
        id: landing.id,
        toStage: 'OPERATING',
        expectedStage: 'COMPANY_REGISTERED',
      });
      expect(operating).toMatchObject({ terminal: true, stage: 'OPERATING' });
      for (const toStage of ['LOST', 'NEGOTIATION']) {
        expect(
          await park.client.error(MOVE, { input: { id: landing.id, toStage, expectedStage: 'OPERATING' } }),
        ).toMatchObject({ code: 'BAD_USER_INPUT', key: 'errors.engagement.terminal' });
      }
      // Once it is over, a new one of the kind may start.
      expect((await started(park.client, { projectId: agro.projectId, kind: 'LANDING' })).stage).toBe(
        'INTEREST',
      );
    });

    it('reaches LOST from any open stage', async () => {
      const { engagements } = await fund.client.data(LIST, { kind: 'INVESTMENT' });
      const id = engagements.edges[0].node.id;
      await moved(fund.client, { id, toStage: 'DUE_DILIGENCE', expectedStage: 'INTRO' });
      const lost = await moved(agro.client, {
        id,
        toStage: 'CLOSED_LOST',
        expectedStage: 'DUE_DILIGENCE',
        note: 'Not now.',
      });
      expect(lost).toMatchObject({ stage: 'CLOSED_LOST', terminal: true });
    });

    it('applies exactly one of two racing moves; the other gets CONFLICT and leaves no history', async () => {
      const { engagements } = await fund.client.data(LIST, { kind: 'PILOT_CUSTOMER' });
      const id = engagements.edges[0].node.id;
      for (let round = 0; round < 3; round += 1) {
        const current: EngagementView = (await fund.client.data(ONE, { id })).engagement;
        const [a, b] = await Promise.all([
          fund.client.request(MOVE, {
            input: {
              id,
              toStage: current.stage === 'INTRO' ? 'PILOT_AGREED' : 'INTRO',
              expectedStage: current.stage,
            },
          }),
          agro.client.request(MOVE, {
            input: {
              id,
              toStage: current.stage === 'PILOT_RUNNING' ? 'PILOT_AGREED' : 'PILOT_RUNNING',
              expectedStage: current.stage,
            },
          }),
        ]);
        const errors = [...(a.errors ?? []), ...(b.errors ?? [])];
        expect(errors.map((e) => [e.extensions?.['code'], e.extensions?.['key']])).toEqual([
          ['CONFLICT', 'errors.engagement.stale'],
        ]);
        const after: EngagementView = (await fund.client.data(ONE, { id })).engagement;
        expect(after.version).toBe(current.version + 1);
        expect(after.events.length).toBe(current.events.length + 1);
        const winner = (a.errors ? b : a).data as { moveEngagement: EngagementView };
        expect(after.stage).toBe(winner.moveEngagement.stage);
        expect(after.events.at(-1)?.toStage).toBe(after.stage);
      }
    });
  });
});
