import { GraphQLClient } from './support/graphql-client';
import {
  INVITE_MEMBER,
  MARKET_DIRECTORY_PAGE,
  ME,
  ORGANIZATION,
  UPDATE_ORGANIZATION,
  VERIFY_ORGANIZATION,
} from './support/identity-operations';
import { TestApp, TestUser } from './support/test-app';

/** Everything private an organisation has, for each one on a page of the directory. */
const DIRECTORY = /* GraphQL */ `
  query Directory {
    marketDirectory(first: 50) {
      totalCount
      edges {
        node {
          id
          kind
          contacts {
            email
            phone
            messenger
          }
          members {
            role
            user {
              id
              email
            }
          }
          invitations {
            email
          }
          viewerRole
        }
      }
    }
  }
`;

const ORGANIZATIONS = /* GraphQL */ `
  query Organizations($first: Int) {
    organizations(first: $first) {
      totalCount
    }
  }
`;

describe('authorization', () => {
  let sut: TestApp;
  let organizer: GraphQLClient;

  const organizationRow = async (id: string | null) =>
    (await sut.dataSource.query('SELECT * FROM organizations WHERE id = $1', [id]))[0];

  beforeAll(async () => {
    sut = await TestApp.start();
    organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
  });
  afterAll(() => sut?.close());

  describe('market features', () => {
    it.each(['INVESTOR', 'SCIENCE_PARK', 'RD_PARTNER'] as const)(
      'refuses an unverified %s, which still reads and edits its own profile, until an organizer verifies it',
      async (kind) => {
        const { client, user } = await sut.signedIn({ kind, verificationStatus: 'UNVERIFIED' });
        const listed = await sut.createUser({ kind: 'STARTUP' });

        const refused = await client.error(DIRECTORY);
        expect(refused).toMatchObject({ code: 'FORBIDDEN', key: 'errors.identity.notVerified' });
        const before = (await client.data(ME)).me;
        expect(before.capabilities).not.toContain('MARKET');
        expect(before.activeOrganization.contacts.email).toMatch(/@example\.test$/);
        const { updateOrganization } = await client.data(UPDATE_ORGANIZATION, {
          input: { organizationId: user.organizationId, city: 'Suzhou' },
        });
        expect(updateOrganization.city).toBe('Suzhou');

        await organizer.data(VERIFY_ORGANIZATION, { id: user.organizationId, status: 'VERIFIED' });

        // The same session, on its next request.
        expect((await client.data(ME)).me.capabilities).toContain('MARKET');
        const { marketDirectory } = await client.data(DIRECTORY);
        expect(marketDirectory.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
          listed.organizationId,
        );
      },
    );

    it('refuses a rejected investor the same way', async () => {
      const { client, user } = await sut.signedIn({ kind: 'INVESTOR' });
      await organizer.data(VERIFY_ORGANIZATION, { id: user.organizationId, status: 'REJECTED' });
      expect(await client.error(DIRECTORY)).toMatchObject({
        code: 'FORBIDDEN',
        key: 'errors.identity.notVerified',
      });
    });

    it('refuses start-ups the directory: it is for investors, parks and R&D partners', async () => {
      const { client } = await sut.signedIn({ kind: 'STARTUP' });
      const error = await client.error(DIRECTORY);
      expect(error).toMatchObject({ code: 'FORBIDDEN', key: 'errors.identity.marketKindRequired' });
    });

    it('keeps the verification queue and verification itself to organizers', async () => {
      const { client: investor } = await sut.signedIn({ kind: 'INVESTOR' });
      const { user: pending } = await sut.signedIn({
        kind: 'SCIENCE_PARK',
        verificationStatus: 'UNVERIFIED',
      });

      for (const client of [investor, (await sut.signedIn({ kind: 'STARTUP' })).client]) {
        expect(await client.error(ORGANIZATIONS)).toMatchObject({
          code: 'FORBIDDEN',
          key: 'errors.identity.organizerRequired',
        });
        expect(
          await client.error(VERIFY_ORGANIZATION, { id: pending.organizationId, status: 'VERIFIED' }),
        ).toMatchObject({
          code: 'FORBIDDEN',
          key: 'errors.identity.organizerRequired',
        });
      }
      expect((await organizationRow(pending.organizationId)).verification_status).toBe('UNVERIFIED');
      expect((await organizer.data(ORGANIZATIONS)).organizations.totalCount).toBeGreaterThan(1);
    });

    it('asks anonymous callers to sign in', async () => {
      const anonymous = sut.client();
      const { user } = await sut.signedIn({ kind: 'STARTUP' });
      for (const [query, variables] of [
        [DIRECTORY, {}],
        [ORGANIZATIONS, {}],
        [ORGANIZATION, { id: user.organizationId }],
        [UPDATE_ORGANIZATION, { input: { organizationId: user.organizationId, city: 'Nowhere' } }],
        [INVITE_MEMBER, { organizationId: user.organizationId, email: 'x@example.test' }],
      ] as const) {
        expect((await anonymous.error(query, variables)).code).toBe('UNAUTHENTICATED');
      }
      expect((await organizationRow(user.organizationId)).city).toBeNull();
    });
  });

  describe('private data of other organisations', () => {
    let memberOfA: GraphQLClient;
    let ownerOfB: TestUser;
    let memberOfB: TestUser;

    beforeAll(async () => {
      memberOfA = (await sut.signedIn({ kind: 'INVESTOR', contactEmail: 'deals@fund-a.test' })).client;
      ownerOfB = await sut.createUser({ kind: 'STARTUP', contactEmail: 'founders@startup-b.test' });
      memberOfB = await sut.createUser({
        organizationId: ownerOfB.organizationId ?? undefined,
        role: 'MEMBER',
      });
      const ownerClient = sut.client();
      await sut.signIn(ownerClient, ownerOfB);
      await ownerClient.data(INVITE_MEMBER, {
        organizationId: ownerOfB.organizationId,
        email: 'cto@startup-b.test',
      });
    });

    it('shows B to a member of A as a public profile only', async () => {
      const { organization } = await memberOfA.data(ORGANIZATION, { id: ownerOfB.organizationId });

      expect(organization.id).toBe(ownerOfB.organizationId);
      expect(organization.name.en).toMatch(/^Organisation /);
      expect(organization).toMatchObject({
        contacts: null,
        members: null,
        invitations: null,
        viewerRole: null,
      });
    });

    it('does not let a member of A change B', async () => {
      const before = await organizationRow(ownerOfB.organizationId);

      const error = await memberOfA.error(UPDATE_ORGANIZATION, {
        input: {
          organizationId: ownerOfB.organizationId,
          name: { en: 'Taken over' },
          contactEmail: 'evil@a.test',
        },
      });

      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(error.code);
      expect(await organizationRow(ownerOfB.organizationId)).toEqual(before);
    });

    it('reveals nothing private of others through the directory', async () => {
      const { marketDirectory } = await memberOfA.data(DIRECTORY);
      const nodes = marketDirectory.edges.map((e: { node: Record<string, unknown> }) => e.node);

      expect(nodes.map((n: { id: string }) => n.id)).toContain(ownerOfB.organizationId);
      for (const node of nodes) {
        expect(node).toMatchObject({ contacts: null, members: null, invitations: null, viewerRole: null });
      }
      const text = JSON.stringify(marketDirectory);
      for (const secret of [
        'founders@startup-b.test',
        'cto@startup-b.test',
        ownerOfB.email,
        memberOfB.email,
      ]) {
        expect(text).not.toContain(secret);
      }
    });

    it('shows member e-mails to co-members and organizers only', async () => {
      const coMember = sut.client();
      await sut.signIn(coMember, memberOfB);
      const own = (await coMember.data(ME)).me.activeOrganization;
      expect(own.members.map((m: { user: { email: string } }) => m.user.email).sort()).toEqual(
        [ownerOfB.email, memberOfB.email].sort(),
      );
      expect(own.contacts.email).toBe('founders@startup-b.test');

      const { organization: seenByOrganizer } = await organizer.data(ORGANIZATION, {
        id: ownerOfB.organizationId,
      });
      expect(seenByOrganizer.members.map((m: { user: { email: string } }) => m.user.email).sort()).toEqual(
        [ownerOfB.email, memberOfB.email].sort(),
      );
      expect(seenByOrganizer.contacts.email).toBe('founders@startup-b.test');
      expect(seenByOrganizer.invitations).toEqual([expect.objectContaining({ email: 'cto@startup-b.test' })]);

      const { organization: seenByStranger } = await memberOfA.data(ORGANIZATION, {
        id: ownerOfB.organizationId,
      });
      expect(seenByStranger.members).toBeNull();
      expect(JSON.stringify(seenByStranger)).not.toContain(memberOfB.email);
    });

    it('keeps pending invitations from a plain member, and refuses them owner actions', async () => {
      const member = sut.client();
      await sut.signIn(member, memberOfB);
      const before = await organizationRow(ownerOfB.organizationId);

      const { organization } = await member.data(ORGANIZATION, { id: ownerOfB.organizationId });
      expect(organization.viewerRole).toBe('MEMBER');
      expect(organization.invitations).toBeNull();
      const update = await member.error(UPDATE_ORGANIZATION, {
        input: { organizationId: ownerOfB.organizationId, city: 'Kazan' },
      });
      expect(update).toMatchObject({ code: 'FORBIDDEN', key: 'errors.identity.ownerRequired' });
      const invite = await member.error(INVITE_MEMBER, {
        organizationId: ownerOfB.organizationId,
        email: 'friend@b.test',
      });
      expect(invite).toMatchObject({ code: 'FORBIDDEN', key: 'errors.identity.ownerRequired' });

      expect(await organizationRow(ownerOfB.organizationId)).toEqual(before);
      const invitations = await sut.dataSource.query(
        'SELECT email FROM invitations WHERE organization_id = $1',
        [ownerOfB.organizationId],
      );
      expect(invitations).toEqual([{ email: 'cto@startup-b.test' }]);
    });

    it('hides unverified organisations from strangers as if they did not exist', async () => {
      const { user: unverified } = await sut.signedIn({ kind: 'INVESTOR', verificationStatus: 'UNVERIFIED' });

      const hidden = await memberOfA.error(ORGANIZATION, { id: unverified.organizationId });
      const missing = await memberOfA.error(ORGANIZATION, { id: '6f1c1b9e-0000-4000-8000-000000000000' });

      expect(hidden).toMatchObject({ code: 'NOT_FOUND', key: 'errors.notFound' });
      expect(hidden.extensions).toEqual(missing.extensions);
      expect((await organizer.data(ORGANIZATION, { id: unverified.organizationId })).organization.id).toBe(
        unverified.organizationId,
      );
    });

    it('answers an id that is not a UUID with NOT_FOUND, not a server error', async () => {
      expect(await memberOfA.error(ORGANIZATION, { id: 'not-a-uuid' })).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('refuses a null name or description instead of failing', async () => {
      const owner = sut.client();
      await sut.signIn(owner, ownerOfB);
      for (const field of ['name', 'description']) {
        const error = await owner.error(UPDATE_ORGANIZATION, {
          input: { organizationId: ownerOfB.organizationId, [field]: null },
        });
        expect(error.code).toBe('BAD_USER_INPUT');
        expect(error.fields).toEqual([expect.objectContaining({ field, key: 'validation.required' })]);
      }
    });
  });

  describe('query limits', () => {
    let client: GraphQLClient;
    let user: TestUser;

    /** The parts of the database the refused mutations below would change. */
    const state = async () => ({
      user: (await sut.dataSource.query('SELECT display_name FROM users WHERE id = $1', [user.userId]))[0],
      organization: await organizationRow(user.organizationId),
    });

    beforeAll(async () => {
      ({ client, user } = await sut.signedIn({ kind: 'INVESTOR' }));
    });

    /** `members { organization { members { … user { id } } } }`, `levels` lists deep (each assumed 10 long). */
    const nestedMembers = (levels: number): string =>
      levels === 1 ? 'members { user { id } }' : `members { organization { ${nestedMembers(levels - 1)} } }`;

    it('refuses an over-deep document before any resolver runs, mutations included', async () => {
      const before = await state();
      const document = /* GraphQL */ `
        mutation Deep($org: ID!) {
          updateMyProfile(input: { displayName: "Changed by a deep document" }) { id }
          updateOrganization(input: { organizationId: $org, city: "Deep" }) { ${nestedMembers(5)} }
        }
      `;

      const error = await client.error(document, { org: user.organizationId });

      expect(error).toMatchObject({ code: 'QUERY_TOO_COMPLEX', key: 'errors.queryTooDeep' });
      expect(error.data ?? null).toBeNull();
      expect(await state()).toEqual(before);
    });

    it('refuses a document with too many aliases before any resolver runs', async () => {
      const before = await state();
      const aliases = Array.from(
        { length: 16 },
        (_, i) => `a${i}: updateMyProfile(input: { displayName: "Alias ${i}" }) { id }`,
      ).join('\n');

      const error = await client.error(`mutation Aliased { ${aliases} }`);

      expect(error).toMatchObject({ code: 'QUERY_TOO_COMPLEX', key: 'errors.tooManyAliases' });
      expect(await state()).toEqual(before);
    });

    it('refuses an over-costly document before any resolver runs', async () => {
      const before = await state();
      const document = /* GraphQL */ `
        mutation Costly($org: ID!) {
          updateMyProfile(input: { displayName: "Changed by a costly document" }) { id }
          updateOrganization(input: { organizationId: $org, city: "Costly" }) { ${nestedMembers(4)} }
        }
      `;

      const error = await client.error(document, { org: user.organizationId });

      expect(error).toMatchObject({ code: 'QUERY_TOO_COMPLEX', key: 'errors.queryTooCostly' });
      expect(await state()).toEqual(before);
      const query = `{ marketDirectory(first: 100) { edges { node { ${nestedMembers(2)} } } } }`;
      expect(await client.error(query)).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        key: 'errors.queryTooCostly',
      });
    });

    it('runs a smaller document of the same shape', async () => {
      const { updateOrganization } = await client.data(
        /* GraphQL */ `
          mutation Fine($org: ID!) {
            updateOrganization(input: { organizationId: $org, city: "Fine" }) { city ${nestedMembers(1)} }
          }
        `,
        { org: user.organizationId },
      );
      expect(updateOrganization.city).toBe('Fine');
    });

    it('refuses a page of more than 100', async () => {
      for (const first of [101, 0]) {
        const error = await client.error(MARKET_DIRECTORY_PAGE, { first });
        expect(error.code).toBe('BAD_USER_INPUT');
        expect(error.fields).toEqual([expect.objectContaining({ field: 'first', key: 'validation.range' })]);
      }
      const literal = await organizer.error('{ organizations(first: 1000) { totalCount } }');
      expect(literal.code).toBe('BAD_USER_INPUT');
      expect(
        (await client.data(MARKET_DIRECTORY_PAGE, { first: 100 })).marketDirectory.totalCount,
      ).toBeGreaterThan(0);
    });
  });
});
