import { waitFor } from './support/wait-for';
import type { ProjectStage, ProjectStatus, SeekingKind } from '@bridge/contracts';
import { DataSource } from 'typeorm';
import { ProjectEntity } from '../src/projects/entities/project.entity';
import { SearchOutbox } from '../src/search/outbox/search-outbox';
import { SearchOutboxWorker } from '../src/search/outbox/search-outbox.worker';
import { ADVANCE, Edition, createEdition, submittedProject } from './support/edition';
import { GraphQLClient } from './support/graphql-client';
import { insertStartups } from './support/search-world';
import { TestApp, TestUser } from './support/test-app';

const PREFERENCES_FIELDS = `fieldCodes stages trlMin trlMax ticketMinUsd ticketMaxUsd offers cities updatedAt`;
const GET_PREFERENCES = /* GraphQL */ `
  query Preferences {
    marketPreferences { ${PREFERENCES_FIELDS} }
  }
`;
const SET_PREFERENCES = /* GraphQL */ `
  mutation SetPreferences($input: MarketPreferencesInput!) {
    setMarketPreferences(input: $input) { ${PREFERENCES_FIELDS} }
  }
`;
const RECOMMENDATIONS = /* GraphQL */ `
  query Recommendations($first: Int, $competitionId: ID) {
    recommendations(first: $first, competitionId: $competitionId) {
      fit
      reasons {
        key
        met
        params
      }
      hit {
        projectId
        status
        score
        rankInField
        trl
        title {
          text
        }
      }
    }
  }
`;

type Recommendation = {
  fit: number;
  reasons: Array<{ key: string; met: boolean; params: Record<string, unknown> }>;
  hit: {
    projectId: string;
    status: string;
    score: number | null;
    rankInField: number | null;
    trl: number | null;
  };
};

/** Everything stated: an investor in AI MVPs at TRL 4–7 with tickets of US$100k–1M, offering money and landing, in Kazan. */
const PREFERENCES = {
  fieldCodes: ['AI'],
  stages: ['MVP'],
  trlMin: 4,
  trlMax: 7,
  ticketMinUsd: 100_000_00,
  ticketMaxUsd: 1_000_000_00,
  offers: ['INVESTMENT', 'LANDING'],
  cities: ['Kazan'],
};

interface ProjectSpec {
  edition: Edition;
  field: string;
  status: ProjectStatus;
  consent?: boolean;
  trl?: number;
  stage?: ProjectStage;
  seeking?: SeekingKind[];
  fundingUsd?: number | null;
  city?: string;
  score?: number | null;
  rank?: number | null;
  award?: number | null;
}

async function insertProject(dataSource: DataSource, title: string, spec: ProjectSpec): Promise<string> {
  const [organizationId] = await insertStartups(dataSource.manager, 1);
  return dataSource.transaction(async (manager) => {
    const { identifiers } = await manager.insert(ProjectEntity, {
      competitionId: spec.edition.id,
      organizationId,
      fieldId: spec.edition.fields[spec.field],
      status: spec.status,
      visibilityConsent: spec.consent ?? true,
      title: { en: title },
      summary: { en: `${title}: summary` },
      trl: spec.trl ?? 5,
      stage: spec.stage ?? 'MVP',
      seeking: spec.seeking ?? ['INVESTMENT'],
      fundingAskAmount: spec.fundingUsd === undefined ? null : spec.fundingUsd,
      fundingAskCurrency: spec.fundingUsd === undefined ? null : 'USD',
      city: spec.city ?? 'Kazan',
      publishedScore: spec.score ?? null,
      publishedRankInField: spec.rank ?? null,
      awardPlace: spec.award ?? null,
    });
    const id = identifiers[0]['id'] as string;
    await SearchOutbox.enqueue(manager, [id]);
    return id;
  });
}

describe('recommendations: market preferences and the visible projects that fit them', () => {
  let sut: TestApp;
  let dataSource: DataSource;
  let investor: GraphQLClient;
  let investorUser: TestUser;
  let edition: Edition;
  let other: Edition;
  const ids: Record<string, string> = {};

  const recommend = async (client: GraphQLClient, variables: Record<string, unknown> = {}) =>
    (await client.data(RECOMMENDATIONS, { first: 50, ...variables })).recommendations as Recommendation[];
  const byId = (list: Recommendation[], id: string) => list.find((r) => r.hit.projectId === id);
  const reasonKeys = (r: Recommendation | undefined) => r?.reasons.map((x) => `${x.key}:${x.met}`);

  beforeAll(async () => {
    sut = await TestApp.start();
    dataSource = sut.dataSource;
    const worker = sut.bridge.app.get(SearchOutboxWorker);
    worker.configure({ intervalMs: 50 });
    const organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
    ({ client: investor, user: investorUser } = await sut.signedIn({ kind: 'INVESTOR' }));
    edition = await createEdition(organizer);
    other = await createEdition(organizer);
    for (const e of [edition, other]) await organizer.data(ADVANCE, { id: e.id, from: 'SETUP' });

    // Through the API: an AI MVP at TRL 5 in Kazan seeking investment, asking 500,000 RUB (US$5,500).
    ids['submitted'] = (await submittedProject(sut, edition, 'AI', 'Kazan vision')).projectId;
    ids['best'] = await insertProject(dataSource, 'Best fit finalist', {
      edition,
      field: 'AI',
      status: 'FINALIST',
      trl: 6,
      fundingUsd: 500_000_00,
      score: 88,
      rank: 2,
    });
    ids['weak'] = await insertProject(dataSource, 'Weak fit', {
      edition,
      field: 'AI',
      status: 'NOT_SELECTED',
      trl: 3,
      stage: 'IDEA',
      seeking: ['CUSTOMERS'],
      fundingUsd: 5_000_000_00,
      city: 'Tomsk',
      score: 50,
    });
    // Awarded without consent: the market sees its card (field, city, status, award), nothing gated.
    ids['card'] = await insertProject(dataSource, 'Robot winner', {
      edition,
      field: 'ROBOTICS',
      status: 'AWARDED',
      consent: false,
      city: 'Moscow',
      score: 95,
      rank: 1,
      award: 1,
    });
    ids['draft'] = await insertProject(dataSource, 'Draft', { edition, field: 'AI', status: 'DRAFT' });
    ids['withdrawn'] = await insertProject(dataSource, 'Withdrawn', {
      edition,
      field: 'AI',
      status: 'WITHDRAWN',
    });
    ids['private'] = await insertProject(dataSource, 'Private', {
      edition,
      field: 'AI',
      status: 'SUBMITTED',
      consent: false,
    });
    ids['elsewhere'] = await insertProject(dataSource, 'Other edition', {
      edition: other,
      field: 'AI',
      status: 'SUBMITTED',
    });
    await dataSource.transaction(async (manager) => {
      await manager.query(
        'UPDATE competitions SET finalists_published_at = now(), awards_published_at = now() WHERE id = $1',
        [edition.id],
      );
      await SearchOutbox.enqueueCompetition(manager, edition.id);
    });
    await waitFor(async () => (await worker.backlog()).pending === 0);
  });
  afterAll(() => sut?.close());

  it('has no preferences and no recommendations until they are set', async () => {
    expect((await investor.data(GET_PREFERENCES)).marketPreferences).toBeNull();
    expect(await recommend(investor)).toEqual([]);
  });

  it('lists the visible projects best fit first, with the reasons the investor may see', async () => {
    const saved = (await investor.data(SET_PREFERENCES, { input: PREFERENCES })).setMarketPreferences;
    expect(saved).toMatchObject(PREFERENCES);
    const list = await recommend(investor);
    expect(list.map((r) => r.hit.projectId)).toEqual([
      ids['best'],
      ids['elsewhere'],
      ids['submitted'],
      ids['weak'],
      ids['card'],
    ]);
    // 85 × met weights / stated weights, plus bonuses; equal fits without scores: the newest first.
    expect(list.map((r) => r.fit)).toEqual([93, 68, 68, 26, 11]);

    const best = byId(list, ids['best']);
    expect(best?.reasons).toEqual([
      { key: 'recommendations.reason.field', met: true, params: { field: 'AI' } },
      { key: 'recommendations.reason.stage', met: true, params: { stage: 'MVP' } },
      { key: 'recommendations.reason.trl', met: true, params: { trl: 6, min: 4, max: 7 } },
      {
        key: 'recommendations.reason.ticket',
        met: true,
        params: { amount: 500_000_00, min: 100_000_00, max: 1_000_000_00 },
      },
      { key: 'recommendations.reason.offers', met: true, params: { kinds: ['INVESTMENT'] } },
      { key: 'recommendations.reason.city', met: true, params: { city: 'Kazan' } },
      { key: 'recommendations.reason.finalist', met: true, params: {} },
      { key: 'recommendations.reason.rank', met: true, params: { rank: 2, field: 'AI' } },
    ]);
    expect(reasonKeys(byId(list, ids['weak']))).toEqual([
      'recommendations.reason.field:true',
      'recommendations.reason.stage:false',
      'recommendations.reason.trl:false',
      'recommendations.reason.ticket:false',
      'recommendations.reason.offers:false',
      'recommendations.reason.city:false',
    ]);
    // An ask below the range is a miss; a project without an ask shows no ticket reason at all.
    expect(byId(list, ids['submitted'])?.reasons).toContainEqual({
      key: 'recommendations.reason.ticket',
      met: false,
      params: { amount: 5_500_00, min: 100_000_00, max: 1_000_000_00 },
    });
    expect(reasonKeys(byId(list, ids['elsewhere']))).toEqual([
      'recommendations.reason.field:true',
      'recommendations.reason.stage:true',
      'recommendations.reason.trl:true',
      'recommendations.reason.offers:true',
      'recommendations.reason.city:true',
    ]);

    // The non-consenting winner: its score, rank and TRL are hidden, so no reason uses them.
    const card = byId(list, ids['card']);
    expect(card?.hit).toMatchObject({ score: null, rankInField: null, trl: null });
    expect(reasonKeys(card)).toEqual([
      'recommendations.reason.field:false',
      'recommendations.reason.city:false',
      'recommendations.reason.finalist:true',
      'recommendations.reason.award:true',
    ]);
  });

  it('never recommends drafts, withdrawn or non-consenting projects', async () => {
    const shown = (await recommend(investor)).map((r) => r.hit.projectId);
    for (const hidden of ['draft', 'withdrawn', 'private']) expect(shown).not.toContain(ids[hidden]);
  });

  it('keeps to one edition and to the number asked for', async () => {
    const inEdition = await recommend(investor, { competitionId: edition.id, first: 2 });
    expect(inEdition.map((r) => r.hit.projectId)).toEqual([ids['best'], ids['submitted']]);
    expect(inEdition.map((r) => r.fit)).toEqual([93, 68]);
    const inOther = await recommend(investor, { competitionId: other.id });
    expect(inOther.map((r) => r.hit.projectId)).toEqual([ids['elsewhere']]);
    expect((await investor.error(RECOMMENDATIONS, { first: 51 })).code).toBe('BAD_USER_INPUT');
    expect((await investor.error(RECOMMENDATIONS, { competitionId: 'nope' })).code).toBe('BAD_USER_INPUT');
  });

  it('shares preferences within the organisation, audits changes, and keeps other organisations apart', async () => {
    const colleague = sut.client();
    const member = await sut.createUser({
      organizationId: investorUser.organizationId as string,
      role: 'MEMBER',
    });
    await sut.signIn(colleague, member);
    expect((await colleague.data(GET_PREFERENCES)).marketPreferences).toMatchObject(PREFERENCES);
    await colleague.data(SET_PREFERENCES, { input: { ...PREFERENCES, cities: ['Kazan', 'Innopolis'] } });
    expect((await investor.data(GET_PREFERENCES)).marketPreferences.cities).toEqual(['Kazan', 'Innopolis']);
    const audit = await dataSource.query(
      `SELECT actor_user_id, before, after FROM audit_events
        WHERE action = 'market_preferences.set' AND entity_id = $1 ORDER BY id`,
      [investorUser.organizationId],
    );
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({
      actor_user_id: member.userId,
      before: { cities: ['Kazan'] },
      after: { cities: ['Kazan', 'Innopolis'] },
    });

    const park = (await sut.signedIn({ kind: 'SCIENCE_PARK' })).client;
    expect((await park.data(GET_PREFERENCES)).marketPreferences).toBeNull();
    expect(await recommend(park)).toEqual([]);
    await park.data(SET_PREFERENCES, {
      input: { fieldCodes: ['ROBOTICS'], stages: [], offers: ['LANDING'], cities: [] },
    });
    // Its field first (field met, what it seeks hidden: 85 × 30 / 45, plus finalist and award);
    // the other visible projects (of other fields) follow, none left out.
    const forPark = await recommend(park);
    expect(forPark[0]).toMatchObject({ hit: { projectId: ids['card'] }, fit: 57 + 11 });
    expect(forPark.map((r) => r.hit.projectId).sort()).toEqual(
      [ids['best'], ids['submitted'], ids['elsewhere'], ids['weak'], ids['card']].sort(),
    );
    expect((await investor.data(GET_PREFERENCES)).marketPreferences.fieldCodes).toEqual(['AI']);
  });

  it('refuses visitors, start-ups and unverified investors', async () => {
    expect((await sut.client().error(RECOMMENDATIONS)).code).toBe('UNAUTHENTICATED');
    expect((await sut.client().error(GET_PREFERENCES)).code).toBe('UNAUTHENTICATED');
    const startup = (await sut.signedIn({ kind: 'STARTUP' })).client;
    expect((await startup.error(RECOMMENDATIONS)).code).toBe('FORBIDDEN');
    expect((await startup.error(SET_PREFERENCES, { input: PREFERENCES })).code).toBe('FORBIDDEN');
    const unverified = (await sut.signedIn({ kind: 'INVESTOR', verificationStatus: 'UNVERIFIED' })).client;
    expect((await unverified.error(GET_PREFERENCES)).code).toBe('FORBIDDEN');
  });

  it('refuses invalid preferences with field errors and keeps the saved ones', async () => {
    const before = (await investor.data(GET_PREFERENCES)).marketPreferences;
    const set = (input: Record<string, unknown>) =>
      investor.error(SET_PREFERENCES, { input: { ...PREFERENCES, ...input } });
    expect((await set({ trlMin: 8, trlMax: 2 })).fields).toEqual([
      { field: 'trlMax', key: 'validation.range', params: { min: 8, max: 2 } },
    ]);
    expect((await set({ ticketMinUsd: 5, ticketMaxUsd: 4 })).fields).toEqual([
      { field: 'ticketMaxUsd', key: 'validation.range', params: { min: 5, max: 4 } },
    ]);
    expect((await set({ trlMin: 0 })).fields).toEqual([
      { field: 'trlMin', key: 'validation.range', params: { min: 1, max: 9 } },
    ]);
    expect((await set({ ticketMinUsd: -1 })).fields?.[0]).toMatchObject({
      field: 'ticketMinUsd',
      key: 'validation.range',
    });
    const many = Array.from({ length: 21 }, (_, i) => `F${i}`);
    expect((await set({ fieldCodes: many })).fields?.[0]).toMatchObject({ field: 'fieldCodes' });
    expect((await set({ cities: many })).fields?.[0]).toMatchObject({ field: 'cities' });
    expect((await set({ stages: ['SOMEDAY'] })).code).toBe('BAD_USER_INPUT');
    expect((await set({ offers: ['MONEY'] })).code).toBe('BAD_USER_INPUT');
    expect((await set({ audience: 'ORGANIZER' })).code).toBe('BAD_USER_INPUT');
    expect((await investor.data(GET_PREFERENCES)).marketPreferences).toEqual(before);
  });
});
