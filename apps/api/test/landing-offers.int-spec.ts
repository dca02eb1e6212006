import { ADVANCE, Edition, createEdition, submittedProject } from './support/edition';
import { GraphQLClient } from './support/graphql-client';
import { TestApp, TestUser } from './support/test-app';

const OFFER = `id status title { en zh } city spaceSqm spaceType rentFreeMonths rentSubsidyPerSqmMonthByYear
  cashGrantCnyMinor services targetFieldCodes deadline mine applicationCount acceptingApplications park { id }
  rules { maxCompanyAgeYears stages trlMin trlMax fundingUsdMin fundingUsdMax fieldCodes }
  threeYearValue { cnyMinor usdMinor breakdown { key cnyMinor } }`;
const CREATE = `mutation C($input: CreateLandingOfferInput!) { createLandingOffer(input: $input) { ${OFFER} } }`;
const UPDATE = `mutation U($input: UpdateLandingOfferInput!) { updateLandingOffer(input: $input) { ${OFFER} } }`;
const OPEN = `mutation O($id: ID!) { openLandingOffer(id: $id) { ${OFFER} } }`;
const CLOSE = `mutation X($id: ID!) { closeLandingOffer(id: $id) { ${OFFER} } }`;
const ONE = `query One($id: ID!) { landingOffer(id: $id) { ${OFFER} } }`;
const LIST = `query L($status: LandingOfferStatus) { landingOffers(status: $status, first: 50) { totalCount edges { node { id status mine } } } }`;
const MINE = `query M { myLandingOffers(first: 50) { totalCount edges { node { id status } } } }`;
const ELIGIBLE = `query E($projectId: ID!) { eligibleOffers(projectId: $projectId) { offer { id } eligibility { eligible rules { key met params } } } }`;
const ELIGIBILITY = `query E($offerId: ID!, $projectId: ID!) { offerEligibility(offerId: $offerId, projectId: $projectId) { eligible rules { key met params } } }`;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const offerInput = (extra: Record<string, unknown> = {}) => ({
  title: { en: 'Robotics landing programme', zh: '机器人落地计划' },
  city: 'Suzhou',
  spaceSqm: 200,
  spaceType: 'LAB',
  rentFreeMonths: 12,
  rentSubsidyPerSqmMonthByYear: [0, 6000, 3000],
  cashGrantCnyMinor: 50_000_000,
  services: ['COMPANY_REGISTRATION', 'VISAS'],
  targetFieldCodes: ['ROBOTICS'],
  deadline: inDays(30),
  ...extra,
});

interface Party {
  client: GraphQLClient;
  user: TestUser;
}

/**
 * Landing offers of science parks: who may write them, who sees drafts, validation with field
 * keys, eligibility rule by rule, the three-year figure, and the notice a new offer sends.
 */
describe('landing offers', () => {
  let sut: TestApp;
  let edition: Edition;
  let park: Party;
  let otherPark: Party;
  let agro: Party & { projectId: string };
  let quiet: Party & { projectId: string };

  const created = async (client: GraphQLClient, extra: Record<string, unknown> = {}) =>
    (await client.data(CREATE, { input: offerInput(extra) })).createLandingOffer;

  beforeAll(async () => {
    sut = await TestApp.start();
    const organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
    edition = await createEdition(organizer);
    await organizer.data(ADVANCE, { id: edition.id, from: 'SETUP' });
    agro = await submittedProject(sut, edition, 'ROBOTICS', 'AgroVision');
    quiet = await submittedProject(sut, edition, 'AI', 'Quiet');
    await sut.dataSource.query(`UPDATE projects SET founded_year = 2023 WHERE id = $1`, [agro.projectId]);
    park = await sut.signedIn({ kind: 'SCIENCE_PARK' });
    otherPark = await sut.signedIn({ kind: 'SCIENCE_PARK' });
  });
  afterAll(() => sut?.close());

  it('lets only verified science parks create offers', async () => {
    const investor = await sut.signedIn({ kind: 'INVESTOR' });
    expect(await investor.client.error(CREATE, { input: offerInput() })).toMatchObject({
      code: 'FORBIDDEN',
      key: 'errors.landing.parkRequired',
    });
    const unverified = await sut.signedIn({ kind: 'SCIENCE_PARK', verificationStatus: 'UNVERIFIED' });
    expect(await unverified.client.error(CREATE, { input: offerInput() })).toMatchObject({
      code: 'FORBIDDEN',
      key: 'errors.identity.notVerified',
    });
    expect((await agro.client.error(CREATE, { input: offerInput() })).code).toBe('FORBIDDEN');
    const [{ n }] = await sut.dataSource.query(`SELECT count(*)::int AS n FROM landing_offers`);
    expect(n).toBe(0);
  });

  it('names each invalid field', async () => {
    const fields = async (extra: Record<string, unknown>) =>
      (await park.client.error(CREATE, { input: offerInput(extra) })).fields;
    expect(await fields({ title: { en: '   ' } })).toEqual([
      expect.objectContaining({ field: 'title', key: 'validation.anyLanguage' }),
    ]);
    expect(await fields({ rules: { trlMin: 0 } })).toEqual([
      expect.objectContaining({ field: 'rules.trlMin', key: 'validation.range' }),
    ]);
    expect(await fields({ spaceSqm: 0 })).toEqual([
      expect.objectContaining({ field: 'spaceSqm', key: 'validation.range' }),
    ]);
    expect(
      await fields({
        rules: { trlMin: 7, trlMax: 3, fundingUsdMin: 500, fundingUsdMax: 100 },
        services: ['SPACESHIP'],
        deadline: inDays(-1),
        rentSubsidyPerSqmMonthByYear: Array.from({ length: 11 }, () => 100),
      }),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'rules.trlMax', key: 'validation.range' }),
        expect.objectContaining({ field: 'rules.fundingUsdMax', key: 'validation.range' }),
        expect.objectContaining({ field: 'services', key: 'validation.oneOf' }),
        expect.objectContaining({ field: 'deadline', key: 'validation.invalid' }),
        expect.objectContaining({ field: 'rentSubsidyPerSqmMonthByYear', key: 'validation.maxItems' }),
      ]),
    );
  });

  it('keeps drafts to their park and lets only the owning park edit, open and close', async () => {
    const draft = await created(park.client);
    expect(draft).toMatchObject({
      status: 'DRAFT',
      mine: true,
      applicationCount: 0,
      acceptingApplications: false,
    });
    for (const outsider of [otherPark.client, agro.client]) {
      expect(await outsider.error(ONE, { id: draft['id'] })).toMatchObject({ code: 'NOT_FOUND' });
      const { landingOffers } = await outsider.data(LIST, {});
      expect(landingOffers.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(draft['id']);
      expect((await outsider.data(LIST, { status: 'DRAFT' })).landingOffers.totalCount).toBe(0);
    }
    expect(
      (await otherPark.client.error(UPDATE, { input: { id: draft['id'], city: 'Elsewhere' } })).code,
    ).toBe('NOT_FOUND');
    expect((await otherPark.client.error(OPEN, { id: draft['id'] })).code).toBe('NOT_FOUND');
    expect((await park.client.data(LIST, { status: 'DRAFT' })).landingOffers.totalCount).toBe(1);

    const open = (await park.client.data(OPEN, { id: draft['id'] })).openLandingOffer;
    expect(open).toMatchObject({ status: 'OPEN', acceptingApplications: true });
    for (const op of [
      [UPDATE, { input: { id: draft['id'], city: 'Elsewhere' } }],
      [CLOSE, { id: draft['id'] }],
    ] as const) {
      expect((await otherPark.client.error(op[0], op[1])).code).toBe('FORBIDDEN');
    }
    const seen = (await agro.client.data(ONE, { id: draft['id'] })).landingOffer;
    expect(seen).toMatchObject({ status: 'OPEN', mine: false, applicationCount: null, city: 'Suzhou' });
    expect((await otherPark.client.data(MINE)).myLandingOffers.totalCount).toBe(0);

    const edited = (
      await park.client.data(UPDATE, { input: { id: draft['id'], city: ' Wuxi ', cashGrantCnyMinor: null } })
    ).updateLandingOffer;
    expect(edited).toMatchObject({ city: 'Wuxi', cashGrantCnyMinor: null, spaceSqm: 200 });
    const closed = (await park.client.data(CLOSE, { id: draft['id'] })).closeLandingOffer;
    expect(closed.status).toBe('CLOSED');
    expect(await park.client.error(UPDATE, { input: { id: draft['id'], city: 'Again' } })).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.landing.offerStatus',
    });
    expect((await park.client.error(OPEN, { id: draft['id'] })).code).toBe('CONFLICT');
    const audit = await sut.dataSource.query(
      `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY created_at, action`,
      [draft['id']],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining([
        'landingOffer.created',
        'landingOffer.open',
        'landingOffer.updated',
        'landingOffer.closed',
      ]),
    );
  });

  it('values the money of an offer over three years', async () => {
    const offer = await created(park.client);
    // 12 free months × CNY 120/m² (lab) × 200 m²; year 2: CNY 60 × 200 × 12; year 3: CNY 30 × 200 × 12; grant
    const cny = 12 * 12_000 * 200 + 6_000 * 200 * 12 + 3_000 * 200 * 12 + 50_000_000;
    expect(offer['threeYearValue']).toEqual({
      cnyMinor: cny,
      usdMinor: Math.round(cny * 0.14),
      breakdown: [
        { key: 'RENT_FREE', cnyMinor: 12 * 12_000 * 200 },
        { key: 'RENT_SUBSIDY_YEAR_1', cnyMinor: 0 },
        { key: 'RENT_SUBSIDY_YEAR_2', cnyMinor: 6_000 * 200 * 12 },
        { key: 'RENT_SUBSIDY_YEAR_3', cnyMinor: 3_000 * 200 * 12 },
        { key: 'CASH_GRANT', cnyMinor: 50_000_000 },
      ],
    });
    const { landingOffer } = await park.client.data(
      `query V($id: ID!) { landingOffer(id: $id) { threeYearValue(spaceSqm: 50) { cnyMinor } } }`,
      { id: offer['id'] },
    );
    expect(landingOffer.threeYearValue.cnyMinor).toBe(
      12 * 12_000 * 50 + 6_000 * 50 * 12 + 3_000 * 50 * 12 + 50_000_000,
    );
  });

  it('explains eligibility rule by rule and lists the offers a project qualifies for first', async () => {
    const rules = {
      maxCompanyAgeYears: 10,
      stages: ['MVP', 'EARLY_REVENUE'],
      trlMin: 4,
      fundingUsdMax: 1_000_000,
      fieldCodes: ['ROBOTICS'],
    };
    const fits = await created(park.client, { rules, deadline: inDays(40) });
    const strict = await created(otherPark.client, { rules: { trlMin: 8 }, deadline: inDays(10) });
    await park.client.data(OPEN, { id: fits['id'] });
    await otherPark.client.data(OPEN, { id: strict['id'] });

    const agroFits = (await agro.client.data(ELIGIBILITY, { offerId: fits['id'], projectId: agro.projectId }))
      .offerEligibility;
    expect(agroFits.eligible).toBe(true);
    expect(agroFits.rules.map((r: { key: string; met: boolean }) => [r.key, r.met])).toEqual([
      ['COMPANY_AGE', true],
      ['STAGE', true],
      ['TRL', true],
      ['FUNDING_ASK', true],
      ['FIELD', true],
    ]);
    // Quiet: AI, no founding year
    const quietFits = (
      await quiet.client.data(ELIGIBILITY, { offerId: fits['id'], projectId: quiet.projectId })
    ).offerEligibility;
    expect(quietFits.eligible).toBe(false);
    expect(quietFits.rules).toEqual(
      expect.arrayContaining([
        { key: 'COMPANY_AGE', met: null, params: { max: 10, actual: null } },
        { key: 'FIELD', met: false, params: { allowed: ['ROBOTICS'], actual: 'AI' } },
        { key: 'FUNDING_ASK', met: true, params: { min: null, max: 1_000_000, actual: 550_000 } },
      ]),
    );
    const list = (await agro.client.data(ELIGIBLE, { projectId: agro.projectId })).eligibleOffers;
    expect(list.map((e: { offer: { id: string } }) => e.offer.id)).toEqual([fits['id'], strict['id']]);
    expect(list[1].eligibility).toEqual({
      eligible: false,
      rules: [{ key: 'TRL', met: false, params: { min: 8, max: null, actual: 5 } }],
    });
    // Someone else's project is not found; so is eligibility for it through someone else's offer.
    expect((await quiet.client.error(ELIGIBLE, { projectId: agro.projectId })).code).toBe('NOT_FOUND');
    expect(
      (await otherPark.client.error(ELIGIBILITY, { offerId: fits['id'], projectId: agro.projectId })).code,
    ).toBe('NOT_FOUND');
    // The offer's park sees the eligibility of a project it may see as the market.
    expect(
      (await park.client.data(ELIGIBILITY, { offerId: fits['id'], projectId: agro.projectId }))
        .offerEligibility.eligible,
    ).toBe(true);
  });

  it('tells the start-ups a new offer qualifies, once', async () => {
    const notices = async (userId: string, offerId: string) => {
      const [{ n }] = await sut.dataSource.query(
        `SELECT count(*)::int AS n FROM notifications
          WHERE user_id = $1 AND key = 'notifications.landing.offerOpened' AND params->>'offerId' = $2`,
        [userId, offerId],
      );
      return n as number;
    };
    const offer = await created(park.client, { rules: { fieldCodes: ['ROBOTICS'], trlMin: 3 } });
    expect(await notices(agro.user.userId, offer['id'])).toBe(0);
    await park.client.data(OPEN, { id: offer['id'] });
    expect(await notices(agro.user.userId, offer['id'])).toBe(1);
    expect(await notices(quiet.user.userId, offer['id'])).toBe(0);
    const [row] = await sut.dataSource.query(
      `SELECT params, link FROM notifications WHERE user_id = $1 AND params->>'offerId' = $2`,
      [agro.user.userId, offer['id']],
    );
    expect(row.params).toMatchObject({ project: 'AgroVision', offer: 'Robotics landing programme' });
    expect(row.link).toBe(`/landing/offers/${offer['id']}`);
    // Opening twice (or racing) sends nothing more.
    const again = await Promise.all([
      park.client.request(OPEN, { id: offer['id'] }),
      park.client.request(OPEN, { id: offer['id'] }),
    ]);
    expect(again.every((r) => r.errors?.[0]?.extensions?.['code'] === 'CONFLICT')).toBe(true);
    expect(await notices(agro.user.userId, offer['id'])).toBe(1);
  });
});
