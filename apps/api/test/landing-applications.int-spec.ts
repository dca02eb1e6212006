import { ADVANCE, CREATE_PROJECT, Edition, createEdition, submittedProject } from './support/edition';
import { GraphQLClient } from './support/graphql-client';
import { TestApp, TestUser } from './support/test-app';

const CREATE = `mutation C($input: CreateLandingOfferInput!) { createLandingOffer(input: $input) { id } }`;
const OPEN = `mutation O($id: ID!) { openLandingOffer(id: $id) { id status } }`;
const APP = `id status origin message rejectReason engagementId projectId projectTitle { en } mine
  offer { id mine applicationCount } project { id }`;
const APPLY = `mutation A($input: ApplyToLandingOfferInput!) { applyToLandingOffer(input: $input) { ${APP} } }`;
const INVITE = `mutation I($input: InviteToLandingOfferInput!) { inviteToLandingOffer(input: $input) { ${APP} } }`;
const SHORTLIST = `mutation S($id: ID!) { shortlistLandingApplication(id: $id) { ${APP} } }`;
const REJECT = `mutation R($input: RejectLandingApplicationInput!) { rejectLandingApplication(input: $input) { ${APP} } }`;
const WITHDRAW = `mutation W($id: ID!) { withdrawLandingApplication(id: $id) { ${APP} } }`;
const ACCEPT = `mutation Y($id: ID!) { acceptLandingInvitation(id: $id) { ${APP} } }`;
const ONE = `query One($id: ID!) { landingApplication(id: $id) { ${APP} } }`;
const FOR_PARK = `query P($offerId: ID, $status: LandingApplicationStatus) {
  landingApplications(offerId: $offerId, status: $status, first: 50) { totalCount edges { node { id status projectId } } } }`;
const MINE = `query M { myLandingApplications(first: 50) { totalCount edges { node { id status offer { id } } } } }`;

const MESSAGE = 'We build harvesting robots and want to open a lab and an office in your park next year.';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

interface Party {
  client: GraphQLClient;
  user: TestUser;
}
type Startup = Party & { projectId: string };

/**
 * Applications to landing offers: applying and its checks, who sees which applications, racing
 * park moves, invitations (also of projects found in search) and the LANDING engagement an accepted
 * invitation starts.
 */
describe('landing applications', () => {
  let sut: TestApp;
  let edition: Edition;
  let park: Party;
  let otherPark: Party;
  let agro: Startup;
  let arm: Startup;
  let quiet: Startup;
  let offerId: string;
  let otherOfferId: string;

  const offer = async (client: GraphQLClient, extra: Record<string, unknown> = {}) => {
    const { createLandingOffer } = await client.data(CREATE, {
      input: { title: { en: 'Robotics landing' }, spaceSqm: 100, deadline: inDays(30), ...extra },
    });
    await client.data(OPEN, { id: createLandingOffer.id });
    return createLandingOffer.id as string;
  };
  const applied = async (startup: Startup, to = offerId) =>
    (
      await startup.client.data(APPLY, {
        input: { offerId: to, projectId: startup.projectId, message: MESSAGE },
      })
    ).applyToLandingOffer;
  const ids = (connection: { edges: Array<{ node: { id: string } }> }) =>
    connection.edges.map((e) => e.node.id);

  beforeAll(async () => {
    sut = await TestApp.start();
    const organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
    edition = await createEdition(organizer);
    await organizer.data(ADVANCE, { id: edition.id, from: 'SETUP' });
    agro = await submittedProject(sut, edition, 'ROBOTICS', 'AgroVision');
    arm = await submittedProject(sut, edition, 'ROBOTICS', 'RoboArm');
    quiet = await submittedProject(sut, edition, 'AI', 'Quiet');
    park = await sut.signedIn({ kind: 'SCIENCE_PARK' });
    otherPark = await sut.signedIn({ kind: 'SCIENCE_PARK' });
    offerId = await offer(park.client);
    otherOfferId = await offer(otherPark.client);
  });
  afterAll(() => sut?.close());

  it('checks the message, the project and the offer, and takes one application per project', async () => {
    const error = (client: GraphQLClient, input: Record<string, unknown>) =>
      client.error(APPLY, { input: { offerId, projectId: agro.projectId, message: MESSAGE, ...input } });
    expect((await error(agro.client, { message: '  too short  ' })).fields).toEqual([
      expect.objectContaining({ field: 'message', key: 'validation.minLength' }),
    ]);
    expect((await error(quiet.client, {})).code).toBe('NOT_FOUND'); // not its project
    expect((await error(park.client, {})).code).toBe('FORBIDDEN'); // not a start-up
    const draft = await sut.signedIn({ kind: 'STARTUP' });
    const { createProject } = await draft.client.data(CREATE_PROJECT, {
      input: { competitionId: edition.id, title: { en: 'Draft' } },
    });
    expect(await error(draft.client, { projectId: createProject.id })).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.landing.projectNotApplicable',
    });
    const { createLandingOffer: draftOffer } = await park.client.data(CREATE, {
      input: { title: { en: 'Soon' } },
    });
    expect((await error(agro.client, { offerId: draftOffer.id })).code).toBe('NOT_FOUND');
    const late = await offer(park.client);
    await sut.dataSource.query(
      `UPDATE landing_offers SET deadline = now() - interval '1 day' WHERE id = $1`,
      [late],
    );
    expect(await error(agro.client, { offerId: late })).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.landing.deadlinePassed',
    });

    const application = await applied(agro);
    expect(application).toMatchObject({
      status: 'SUBMITTED',
      origin: 'STARTUP',
      mine: true,
      message: MESSAGE,
      projectTitle: { en: 'AgroVision' },
      offer: { id: offerId, mine: false, applicationCount: null },
    });
    expect(await error(agro.client, {})).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.landing.alreadyApplied',
    });
    const [{ n }] = await sut.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE key = 'notifications.landing.applied' AND user_id = $1`,
      [park.user.userId],
    );
    expect(n).toBe(1);
  });

  it('shows a start-up only its own applications and a park only those to its offers', async () => {
    const own = await applied(arm);
    const elsewhere = await applied(arm, otherOfferId);
    expect(ids((await arm.client.data(MINE)).myLandingApplications).sort()).toEqual(
      [own['id'], elsewhere['id']].sort(),
    );
    expect(ids((await quiet.client.data(MINE)).myLandingApplications)).toEqual([]);
    expect((await quiet.client.error(ONE, { id: own['id'] })).code).toBe('NOT_FOUND');
    expect((await otherPark.client.error(ONE, { id: own['id'] })).code).toBe('NOT_FOUND');

    const parkSees = ids((await park.client.data(FOR_PARK, {})).landingApplications);
    expect(parkSees).toContain(own['id']);
    expect(parkSees).not.toContain(elsewhere['id']);
    expect(ids((await otherPark.client.data(FOR_PARK, {})).landingApplications)).toEqual([elsewhere['id']]);
    expect((await otherPark.client.error(FOR_PARK, { offerId })).code).toBe('FORBIDDEN');
    expect((await agro.client.error(FOR_PARK, { offerId })).code).toBe('FORBIDDEN');
    const seen = (await park.client.data(ONE, { id: own['id'] })).landingApplication;
    expect(seen).toMatchObject({ mine: false, project: { id: arm.projectId }, offer: { mine: true } });
    expect(seen.offer.applicationCount).toBeGreaterThanOrEqual(2);
    // Moves belong to their side.
    expect((await arm.client.error(SHORTLIST, { id: own['id'] })).code).toBe('FORBIDDEN');
    expect((await park.client.error(WITHDRAW, { id: own['id'] })).code).toBe('FORBIDDEN');
    expect((await otherPark.client.error(SHORTLIST, { id: own['id'] })).code).toBe('NOT_FOUND');
  });

  it('lets exactly one of racing park decisions win, and never loses one', async () => {
    const to = await offer(park.client);
    const { id } = await applied(quiet, to);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? park.client.request(REJECT, { input: { id, reason: 'Not our field this year.' } })
          : park.client.request(INVITE, {
              input: { offerId: to, projectId: quiet.projectId, message: MESSAGE },
            }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(
      results.filter((r) => r.errors?.[0]?.extensions?.['key'] === 'errors.landing.applicationStatus'),
    ).toHaveLength(19);
    const [row] = await sut.dataSource.query(`SELECT status FROM landing_applications WHERE id = $1`, [id]);
    const notice =
      row.status === 'INVITED' ? 'notifications.landing.invited' : 'notifications.landing.rejected';
    const [{ n }] = await sut.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE key = $1 AND params->>'applicationId' = $2`,
      [notice, id],
    );
    expect(n).toBe(1);

    // Shortlisting and rejecting at once: each request wins or gets CONFLICT, and every win is one
    // audited move in order (a decision taken on a stale view never lands).
    const next = await applied(quiet, await offer(park.client));
    const mixed = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2
          ? park.client.request(REJECT, { input: { id: next['id'], reason: 'Not our field this year.' } })
          : park.client.request(SHORTLIST, { id: next['id'] }),
      ),
    );
    const wins = mixed.filter((r) => !r.errors);
    expect(wins.length).toBeGreaterThanOrEqual(1);
    expect(
      mixed.filter((r) => r.errors).every((r) => r.errors?.[0]?.extensions?.['code'] === 'CONFLICT'),
    ).toBe(true);
    const moves = await sut.dataSource.query(
      `SELECT action, before->>'status' AS before FROM audit_events
        WHERE entity_id = $1 AND action <> 'landingApplication.submitted' ORDER BY created_at`,
      [next['id']],
    );
    expect(moves).toHaveLength(wins.length);
    expect(moves[0].before).toBe('SUBMITTED');
    if (moves.length === 2)
      expect(moves.map((m: { action: string }) => m.action)).toEqual([
        'landingApplication.shortlisted',
        'landingApplication.rejected',
      ]);
  });

  it('rejects with a reason the start-up reads, and lets the start-up withdraw', async () => {
    const to = await offer(park.client);
    const { id } = await applied(agro, to);
    expect((await park.client.error(REJECT, { input: { id, reason: '   ' } })).fields).toEqual([
      expect.objectContaining({ field: 'reason', key: 'validation.required' }),
    ]);
    await park.client.data(SHORTLIST, { id });
    await park.client.data(REJECT, { input: { id, reason: 'Our lab space is full until 2027.' } });
    const seen = (await agro.client.data(ONE, { id })).landingApplication;
    expect(seen).toMatchObject({ status: 'REJECTED', rejectReason: 'Our lab space is full until 2027.' });
    expect((await agro.client.error(WITHDRAW, { id })).code).toBe('CONFLICT');
    const other = await applied(arm, to);
    expect((await arm.client.data(WITHDRAW, { id: other['id'] })).withdrawLandingApplication.status).toBe(
      'WITHDRAWN',
    );
    expect((await park.client.error(SHORTLIST, { id: other['id'] })).code).toBe('CONFLICT');
  });

  it('invites an applicant or a project found in search; an accepted invitation starts a LANDING engagement', async () => {
    const to = await offer(park.client, { rules: { fieldCodes: ['ROBOTICS'] } });
    const submitted = await applied(arm, to);
    const invited = (
      await park.client.data(INVITE, { input: { offerId: to, projectId: arm.projectId, message: MESSAGE } })
    ).inviteToLandingOffer;
    expect(invited).toMatchObject({ id: submitted['id'], status: 'INVITED', origin: 'STARTUP' });
    // Not eligible (AI), and a project the park may not see.
    expect(
      await park.client.error(INVITE, {
        input: { offerId: to, projectId: quiet.projectId, message: MESSAGE },
      }),
    ).toMatchObject({ code: 'CONFLICT', key: 'errors.landing.notEligible' });
    await sut.dataSource.query(`UPDATE projects SET visibility_consent = false WHERE id = $1`, [
      quiet.projectId,
    ]);
    const hidden = await park.client.error(INVITE, {
      input: { offerId: to, projectId: quiet.projectId, message: MESSAGE },
    });
    expect(hidden.code).toBe('NOT_FOUND');
    expect(
      (
        await otherPark.client.error(INVITE, {
          input: { offerId: to, projectId: agro.projectId, message: MESSAGE },
        })
      ).code,
    ).toBe('FORBIDDEN');

    const fresh = (
      await park.client.data(INVITE, { input: { offerId: to, projectId: agro.projectId, message: MESSAGE } })
    ).inviteToLandingOffer;
    expect(fresh).toMatchObject({ status: 'INVITED', origin: 'PARK', engagementId: null });
    const [{ n: invitedNotices }] = await sut.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE key = 'notifications.landing.invited' AND user_id = $1`,
      [agro.user.userId],
    );
    expect(invitedNotices).toBe(1);
    expect((await park.client.error(ACCEPT, { id: fresh.id })).code).toBe('FORBIDDEN');

    const accepted = (await agro.client.data(ACCEPT, { id: fresh.id })).acceptLandingInvitation;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.engagementId).toEqual(expect.any(String));
    const [engagement] = await sut.dataSource.query(
      `SELECT kind, stage, origin, project_id, partner_organization_id, startup_organization_id FROM engagements WHERE id = $1`,
      [accepted.engagementId],
    );
    expect(engagement).toEqual({
      kind: 'LANDING',
      stage: 'INTEREST',
      origin: 'LANDING_APPLICATION',
      project_id: agro.projectId,
      partner_organization_id: park.user.organizationId,
      startup_organization_id: agro.user.organizationId,
    });
    const events = await sut.dataSource.query(
      `SELECT from_stage, to_stage, actor_user_id FROM engagement_events WHERE engagement_id = $1`,
      [accepted.engagementId],
    );
    expect(events).toEqual([{ from_stage: null, to_stage: 'INTEREST', actor_user_id: agro.user.userId }]);
    // A second accept (or a racing one) changes nothing.
    expect((await agro.client.error(ACCEPT, { id: fresh.id })).code).toBe('CONFLICT');
    const [{ n }] = await sut.dataSource.query(
      `SELECT count(*)::int AS n FROM engagements WHERE origin = 'LANDING_APPLICATION' AND project_id = $1`,
      [agro.projectId],
    );
    expect(n).toBe(1);
    expect((await park.client.data(ONE, { id: fresh.id })).landingApplication.engagementId).toBe(
      accepted.engagementId,
    );
  });
  it('continues the open LANDING engagement between the park and the project instead of starting a second one', async () => {
    const { startEngagement } = await park.client.data(
      `mutation S($input: StartEngagementInput!) { startEngagement(input: $input) { id stage } }`,
      { input: { projectId: arm.projectId, kind: 'LANDING', note: 'Met at the demo day' } },
    );
    const laterOffer = await offer(park.client, { title: { en: 'Second landing programme' } });
    const invited = (
      await park.client.data(INVITE, {
        input: { offerId: laterOffer, projectId: arm.projectId, message: MESSAGE },
      })
    ).inviteToLandingOffer;
    const accepted = (await arm.client.data(ACCEPT, { id: invited.id })).acceptLandingInvitation;
    expect(accepted.engagementId).toBe(startEngagement.id);
    const [{ n }] = await sut.dataSource.query(
      `SELECT count(*)::int AS n FROM engagements WHERE kind = 'LANDING' AND project_id = $1 AND partner_organization_id = $2`,
      [arm.projectId, park.user.organizationId],
    );
    expect(n).toBe(1);
  });
});
