import { GraphQLClient } from './support/graphql-client';
import { ADVANCE, createEdition, submittedProject } from './support/edition';
import { TestApp, TestUser } from './support/test-app';

const CONTACTS = 'contacts { email phone }';
const REQUEST = `mutation R($input: RequestIntroductionInput!) { requestIntroduction(input: $input) { id } }`;
const ACCEPT = `mutation A($id: ID!) { acceptIntroduction(id: $id) { id status } }`;
const PROJECT = `query P($id: ID!) { project(id: $id) { id ${CONTACTS} } }`;
const FINALISTS = `query F($id: ID!) { competition(id: $id) { finalists { id ${CONTACTS} } } }`;
const ORGANIZATION = `query O($id: ID!) { organization(id: $id) { id ${CONTACTS} members { id } } }`;
const DIRECTORY = `query { marketDirectory(first: 100) { edges { node { id ${CONTACTS} } } } }`;
const SHORTLIST = `mutation S($input: CreateShortlistInput!) { createShortlist(input: $input) { id } }`;
const ADD = `mutation Add($input: AddToShortlistInput!) { addToShortlist(input: $input) { id } }`;
const SHORTLISTS = `query { shortlists { items { project { id ${CONTACTS} } } } }`;
const NESTED = `project { id ${CONTACTS} } requester { id ${CONTACTS} } startup { id ${CONTACTS} }`;
const ONE = `query One($id: ID!) { introduction(id: $id) { ${NESTED} } }`;
const RECEIVED = `query { introductionsReceived(first: 20) { edges { node { ${NESTED} } } } }`;
const SENT = `query { introductionsSent(first: 20) { edges { node { ${NESTED} } } } }`;
const HIT_FIELDS = `query { __type(name: "SearchHit") { fields { name } } }`;

type Contacts = { email: string | null; phone: string | null } | null;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are walked generically
type Json = any;

/** Every `contacts` object anywhere in a GraphQL answer, with the id of the object that holds it. */
function contactsIn(value: Json, found: Array<{ id: string; contacts: Contacts }> = []) {
  if (Array.isArray(value)) value.forEach((v) => contactsIn(v, found));
  else if (value && typeof value === 'object') {
    if ('contacts' in value) found.push({ id: value.id, contacts: value.contacts });
    Object.values(value).forEach((v) => contactsIn(v, found));
  }
  return found;
}

/**
 * The contact reveal (DESIGN.md §4): a project's and its start-up's contacts reach an investor
 * only once the start-up accepted that investor's introduction — and the investor's reach the
 * start-up — through every path that shows a project or an organisation; never anyone else.
 */
describe('contacts revealed by an accepted introduction', () => {
  let sut: TestApp;
  let editionId: string;
  let startup: { client: GraphQLClient; user: TestUser; projectId: string };
  let otherProjectId: string;
  let fund: { client: GraphQLClient; user: TestUser };
  let third: { client: GraphQLClient; user: TestUser };
  let introductionId: string;

  /** Every path by which `client` can reach the start-up's project or an organisation of the pair. */
  async function everyPath(client: GraphQLClient, { market }: { market: boolean }) {
    const answers: Json[] = [
      await client.data(PROJECT, { id: startup.projectId }),
      await client.data(PROJECT, { id: otherProjectId }),
      await client.data(FINALISTS, { id: editionId }),
      await client.data(ORGANIZATION, { id: startup.user.organizationId }),
    ];
    if (market) answers.push(await client.data(DIRECTORY), await client.data(SHORTLISTS));
    return answers;
  }

  beforeAll(async () => {
    sut = await TestApp.start({ INTRODUCTION_EXPIRY_INTERVAL_MS: '0' });
    const organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
    const edition = await createEdition(organizer);
    editionId = edition.id;
    await organizer.data(ADVANCE, { id: edition.id, from: 'SETUP' });
    const agro = await submittedProject(sut, edition, 'ROBOTICS', 'AgroVision');
    startup = { client: agro.client, user: agro.user, projectId: agro.projectId };
    otherProjectId = (await submittedProject(sut, edition, 'AI', 'RoboArm')).projectId;
    // Both finalists, published: the edition's finalists list is one more path to the project.
    await sut.dataSource.query(`UPDATE projects SET status = 'FINALIST' WHERE competition_id = $1`, [
      edition.id,
    ]);
    await sut.dataSource.query(`UPDATE competitions SET finalists_published_at = now() WHERE id = $1`, [
      edition.id,
    ]);
    fund = await sut.signedIn({ kind: 'INVESTOR', contactEmail: 'deals@fund.example.test' });
    third = await sut.signedIn({ kind: 'INVESTOR' });
    for (const investor of [fund, third]) {
      const { createShortlist } = await investor.client.data(SHORTLIST, { input: { name: 'Robotics' } });
      for (const projectId of [startup.projectId, otherProjectId])
        await investor.client.data(ADD, { input: { shortlistId: createShortlist.id, projectId } });
    }
    introductionId = (
      await fund.client.data(REQUEST, {
        input: {
          projectId: startup.projectId,
          purpose: 'INVESTMENT',
          message: 'We would like to discuss a seed investment in AgroVision.',
        },
      })
    ).requestIntroduction.id;
    // Another investor's request stays pending: it reveals nothing.
    await third.client.data(REQUEST, {
      input: {
        projectId: startup.projectId,
        purpose: 'INVESTMENT',
        message: 'We are curious about your robots.',
      },
    });
  });
  afterAll(() => sut?.close());

  it('shows no contacts before acceptance, through any path, to either side', async () => {
    const fundSees = [
      ...(await everyPath(fund.client, { market: true })),
      await fund.client.data(ONE, { id: introductionId }),
      await fund.client.data(SENT),
    ];
    const found = contactsIn(fundSees);
    expect(found.length).toBeGreaterThanOrEqual(12);
    // Only its own organisation's contacts (it is a member).
    expect(found.filter((f) => f.contacts !== null).map((f) => f.id)).toEqual(
      found.filter((f) => f.id === fund.user.organizationId).map((f) => f.id),
    );
    expect(found.filter((f) => f.id === fund.user.organizationId && f.contacts === null)).toEqual([]);
    expect(found.map((f) => f.id)).toEqual(
      expect.arrayContaining([startup.projectId, startup.user.organizationId, fund.user.organizationId]),
    );

    const startupSees = [
      await startup.client.data(ORGANIZATION, { id: fund.user.organizationId }),
      await startup.client.data(RECEIVED),
    ];
    const requesters = contactsIn(startupSees).filter(
      (f) => f.id !== startup.user.organizationId && f.id !== startup.projectId,
    );
    expect(requesters.length).toBeGreaterThanOrEqual(3);
    expect(requesters.filter((f) => f.contacts !== null)).toEqual([]);
  });

  it('reveals both sides to each other after acceptance, and to nobody else', async () => {
    expect((await startup.client.data(ACCEPT, { id: introductionId })).acceptIntroduction.status).toBe(
      'ACCEPTED',
    );

    const fundSees = contactsIn([
      ...(await everyPath(fund.client, { market: true })),
      await fund.client.data(ONE, { id: introductionId }),
      await fund.client.data(SENT),
    ]);
    const projectContacts = fundSees.filter((f) => f.id === startup.projectId);
    expect(projectContacts.length).toBeGreaterThanOrEqual(4); // project, finalists, shortlist, introduction
    expect(projectContacts.every((f) => f.contacts?.email?.startsWith('founder-'))).toBe(true);
    const startupOrg = fundSees.filter((f) => f.id === startup.user.organizationId);
    expect(startupOrg.length).toBeGreaterThanOrEqual(3); // organization, directory, introduction
    expect(startupOrg.every((f) => f.contacts?.email?.startsWith('contact-'))).toBe(true);
    // Another project of the edition stays private.
    expect(fundSees.filter((f) => f.id === otherProjectId).every((f) => f.contacts === null)).toBe(true);
    // Contacts, not the member list.
    expect(
      (await fund.client.data(ORGANIZATION, { id: startup.user.organizationId })).organization.members,
    ).toBeNull();

    const startupSees = contactsIn([
      await startup.client.data(ORGANIZATION, { id: fund.user.organizationId }),
      await startup.client.data(ONE, { id: introductionId }),
    ]).filter((f) => f.id === fund.user.organizationId);
    expect(startupSees).toHaveLength(2);
    expect(startupSees.every((f) => f.contacts?.email === 'deals@fund.example.test')).toBe(true);
    // The other requester's organisation stays private to the start-up.
    const received = contactsIn(await startup.client.data(RECEIVED)).filter(
      (f) => f.id === third.user.organizationId,
    );
    expect(received.length).toBe(1);
    expect(received[0]?.contacts).toBeNull();

    const thirdSees = contactsIn([
      ...(await everyPath(third.client, { market: true })),
      await third.client.data(ORGANIZATION, { id: fund.user.organizationId }),
      await third.client.data(SENT),
    ]).filter((f) => f.id !== third.user.organizationId);
    expect(thirdSees.length).toBeGreaterThanOrEqual(8);
    expect(thirdSees.filter((f) => f.contacts !== null)).toEqual([]);
    const visitor = contactsIn([
      await sut.client().data(PROJECT, { id: startup.projectId }),
      await sut.client().data(FINALISTS, { id: editionId }),
    ]);
    expect(visitor.filter((f) => f.contacts !== null)).toEqual([]);
  });

  it('gives search hits and recommendations no contacts field at all', async () => {
    const { __type } = await fund.client.data(HIT_FIELDS);
    const names = __type.fields.map((f: { name: string }) => f.name);
    expect(names).toContain('projectId');
    expect(names.filter((n: string) => /contact|email|phone|messenger/i.test(n))).toEqual([]);
  });
});
