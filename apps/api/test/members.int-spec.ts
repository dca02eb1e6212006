import { createHash } from 'crypto';
import { GraphQLClient } from './support/graphql-client';
import {
  ACCEPT_INVITATION,
  INVITE_MEMBER,
  MARKET_DIRECTORY_PAGE,
  ME,
  ORGANIZATION,
  SIGN_UP,
  SWITCH_ORGANIZATION,
  VERIFY_ORGANIZATION,
} from './support/identity-operations';
import { TestApp, TestUser } from './support/test-app';

const PREVIEW = /* GraphQL */ `
  query Preview($token: String!) {
    invitationPreview(token: $token) {
      organizationName {
        en
      }
      organizationKind
      email
      role
    }
  }
`;

const REVOKE = /* GraphQL */ `
  mutation Revoke($id: ID!) {
    revokeInvitation(id: $id) {
      status
    }
  }
`;

const CHANGE_ROLE = /* GraphQL */ `
  mutation ChangeRole($membershipId: ID!, $role: MembershipRole!) {
    changeMemberRole(input: { membershipId: $membershipId, role: $role }) {
      role
    }
  }
`;

const REMOVE = /* GraphQL */ `
  mutation Remove($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`;

describe('members and invitations', () => {
  let sut: TestApp;
  let n = 0;
  const newEmail = () => `invitee-${++n}-${Date.now()}@example.test`;

  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await sut.dataSource.query(`SELECT count(*)::int AS count FROM ${sql}`, params))[0].count);

  const membershipOf = async (user: TestUser | { userId: string }, organizationId: string) =>
    (
      await sut.dataSource.query(
        'SELECT id, role FROM memberships WHERE user_id = $1 AND organization_id = $2',
        [user.userId, organizationId],
      )
    )[0] as { id: string; role: string } | undefined;

  /** Sign-up variables of someone who follows an invitation link. */
  const invitedSignUp = (email: string, invitationToken: string) => ({
    input: {
      email,
      password: 'a long enough password',
      displayName: 'Invited',
      locale: 'EN',
      invitationToken,
    },
  });

  /** A signed-in owner of a start-up, and an invitation from it. */
  const invitation = async (email = newEmail(), role: 'OWNER' | 'MEMBER' = 'MEMBER') => {
    const { client: owner, user } = await sut.signedIn({ kind: 'STARTUP' });
    const { inviteMember } = await owner.data(INVITE_MEMBER, {
      organizationId: user.organizationId,
      email,
      role,
    });
    return { owner, organizationId: user.organizationId ?? '', email, ...inviteMember };
  };

  beforeAll(async () => {
    sut = await TestApp.start();
  });
  afterAll(() => sut?.close());

  describe('inviting', () => {
    it('gives the owner a token once; the database keeps only its hash', async () => {
      const sent = await invitation('New.Person@Example.test');
      const { owner, organizationId, token, invitation: created } = sent;

      expect(created).toMatchObject({ email: 'new.person@example.test', role: 'MEMBER', status: 'PENDING' });
      expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      const [row] = await sut.dataSource.query('SELECT * FROM invitations WHERE id = $1', [created.id]);
      expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(JSON.stringify(row)).not.toContain(token);
      // The owner sees the pending invitation afterwards, but never its token again.
      const { organization } = await owner.data(ORGANIZATION, { id: organizationId });
      expect(organization.invitations).toEqual([
        { id: created.id, email: 'new.person@example.test', status: 'PENDING' },
      ]);
      const askForToken = '{ organization(id: "%") { invitations { token } } }'.replace('%', organizationId);
      expect((await owner.error(askForToken)).code).toBe('BAD_USER_INPUT');
    });

    it('shows anyone holding the link what it offers', async () => {
      const { token, email, organizationId } = await invitation(undefined, 'OWNER');
      const [org] = await sut.dataSource.query('SELECT name FROM organizations WHERE id = $1', [
        organizationId,
      ]);

      const { invitationPreview } = await sut.client().data(PREVIEW, { token });

      expect(invitationPreview).toEqual({
        organizationName: { en: org.name.en },
        organizationKind: 'STARTUP',
        email,
        role: 'OWNER',
      });
      expect((await sut.client().data(PREVIEW, { token: 'made-up-token' })).invitationPreview).toBeNull();
    });

    it('refuses a second pending invitation to the same e-mail', async () => {
      const { owner, organizationId, email } = await invitation();
      const error = await owner.error(INVITE_MEMBER, { organizationId, email: email.toUpperCase() });
      expect(error).toMatchObject({ code: 'CONFLICT', key: 'errors.identity.invitationPending' });
      expect(await count('invitations WHERE email = $1', [email])).toBe(1);
    });
  });

  describe('joining by sign-up', () => {
    it('makes the invitee a member of the inviting organisation, with no organisation of its own', async () => {
      const { token, email, organizationId } = await invitation();
      const organizationsBefore = await count('organizations');
      const client = sut.client();

      const { signUp } = await client.data(SIGN_UP, invitedSignUp(email, token));

      expect(signUp.memberships).toEqual([
        expect.objectContaining({ role: 'MEMBER', organization: { id: organizationId } }),
      ]);
      expect(signUp.activeOrganization.id).toBe(organizationId);
      expect(signUp.capabilities).toEqual(['APPLY']);
      expect(await count('organizations')).toBe(organizationsBefore);
      expect((await sut.client().data(PREVIEW, { token })).invitationPreview).toBeNull();
    });

    it('does not let a token be used twice', async () => {
      const { token, email } = await invitation();
      await sut.client().data(SIGN_UP, invitedSignUp(email, token));

      const someoneElse = newEmail();

      const again = await sut.client().error(SIGN_UP, invitedSignUp(someoneElse, token));

      expect(again).toMatchObject({ code: 'BAD_USER_INPUT', key: 'errors.identity.invitationInvalid' });
      expect(await count('users WHERE email = $1', [someoneElse])).toBe(0);
    });

    it('lets exactly one of two racing sign-ups with the same token through', async () => {
      const { token, email, organizationId } = await invitation();

      const results = await Promise.all(
        [1, 2].map(() => sut.client().request(SIGN_UP, invitedSignUp(email, token))),
      );

      expect(results.filter((r) => !r.errors).length).toBe(1);
      const loser = results.find((r) => r.errors);
      expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(loser?.errors?.[0]?.extensions?.['code']);
      expect(await count('users WHERE email = $1', [email])).toBe(1);
      expect(await count('memberships WHERE organization_id = $1', [organizationId])).toBe(2);
    });

    it('does not let a different e-mail use the invitation', async () => {
      const { token, email } = await invitation();
      const intruder = newEmail();

      const error = await sut.client().error(SIGN_UP, invitedSignUp(intruder, token));

      expect(error).toMatchObject({ code: 'FORBIDDEN', key: 'errors.identity.invitationEmailMismatch' });
      expect(await count('users WHERE email = $1', [intruder])).toBe(0);
      expect((await sut.client().data(PREVIEW, { token })).invitationPreview.email).toBe(email);
    });

    it('makes a revoked invitation dead', async () => {
      const { owner, token, email, invitation: created } = await invitation();
      const existing = await sut.signedIn({ kind: null });

      expect((await owner.data(REVOKE, { id: created.id })).revokeInvitation.status).toBe('REVOKED');

      expect((await sut.client().data(PREVIEW, { token })).invitationPreview).toBeNull();
      const signUp = await sut.client().error(SIGN_UP, invitedSignUp(email, token));
      expect(signUp).toMatchObject({ code: 'BAD_USER_INPUT', key: 'errors.identity.invitationInvalid' });
      const accept = await existing.client.error(ACCEPT_INVITATION, { token });
      expect(accept).toMatchObject({ code: 'BAD_USER_INPUT', key: 'errors.identity.invitationInvalid' });
      expect(await count('users WHERE email = $1', [email])).toBe(0);
    });
  });

  describe('an existing user', () => {
    it('accepts an invitation and acts for the organisation it switches to', async () => {
      const { user: investorOwner, client: investor } = await sut.signedIn({ kind: 'INVESTOR' });
      const { client, user } = await sut.signedIn({ kind: 'STARTUP' });
      const { inviteMember } = await investor.data(INVITE_MEMBER, {
        organizationId: investorOwner.organizationId,
        email: user.email,
      });

      const { acceptInvitation } = await client.data(ACCEPT_INVITATION, { token: inviteMember.token });

      expect(acceptInvitation.activeOrganization.id).toBe(investorOwner.organizationId);
      expect(acceptInvitation.capabilities).toEqual(['MARKET']);
      expect(acceptInvitation.memberships).toHaveLength(2);
      expect((await client.data(MARKET_DIRECTORY_PAGE)).marketDirectory.totalCount).toBeGreaterThan(0);

      const { switchOrganization } = await client.data(SWITCH_ORGANIZATION, {
        organizationId: user.organizationId,
      });
      expect([...switchOrganization.capabilities].sort()).toEqual(['APPLY', 'MANAGE_ORGANIZATION']);
      expect((await client.data(ME)).me.activeOrganization.id).toBe(user.organizationId);
      expect(await client.error(MARKET_DIRECTORY_PAGE)).toMatchObject({ code: 'FORBIDDEN' });

      const stranger = await sut.createUser({ kind: 'STARTUP' });
      const notMine = await client.error(SWITCH_ORGANIZATION, { organizationId: stranger.organizationId });
      expect(notMine).toMatchObject({ code: 'FORBIDDEN', key: 'errors.identity.notMember' });
      expect((await client.data(ME)).me.activeOrganization.id).toBe(user.organizationId);
    });

    it('accepts exactly once when two browsers race', async () => {
      const user = await sut.createUser({ kind: null });
      const { token, organizationId } = await invitation(user.email);
      const browsers = [sut.client(), sut.client()];
      for (const browser of browsers) await sut.signIn(browser, user);

      const results = await Promise.all(browsers.map((b) => b.request(ACCEPT_INVITATION, { token })));

      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(
        await count('memberships WHERE user_id = $1 AND organization_id = $2', [user.userId, organizationId]),
      ).toBe(1);
    });
  });

  describe('managing members', () => {
    let owner: { client: GraphQLClient; user: TestUser };
    let organizationId: string;

    beforeEach(async () => {
      owner = await sut.signedIn({ kind: 'STARTUP' });
      organizationId = owner.user.organizationId ?? '';
    });

    const membershipIdOf = async (user: TestUser) => {
      const membership = await membershipOf(user, organizationId);
      if (!membership) throw new Error(`${user.email} is not a member`);
      return membership.id;
    };

    const member = async (role: 'OWNER' | 'MEMBER' = 'MEMBER') => {
      const user = await sut.createUser({ organizationId, role });
      const client = sut.client();
      await sut.signIn(client, user);
      return { user, client, membershipId: await membershipIdOf(user) };
    };

    it('lets the owner change a role: capabilities follow', async () => {
      const { client, membershipId, user } = await member();
      expect((await client.data(ME)).me.capabilities).toEqual(['APPLY']);

      const { changeMemberRole } = await owner.client.data(CHANGE_ROLE, { membershipId, role: 'OWNER' });

      expect(changeMemberRole.role).toBe('OWNER');
      expect(await membershipOf(user, organizationId)).toMatchObject({ role: 'OWNER' });
      expect([...(await client.data(ME)).me.capabilities].sort()).toEqual(['APPLY', 'MANAGE_ORGANIZATION']);
    });

    it('lets the owner remove a member, who then no longer sees the organisation', async () => {
      const { client, membershipId, user } = await member();

      expect(await owner.client.data(REMOVE, { membershipId })).toEqual({ removeMember: true });

      expect(await membershipOf(user, organizationId)).toBeUndefined();
      expect((await client.data(ME)).me).toMatchObject({
        memberships: [],
        activeOrganization: null,
        capabilities: [],
      });
    });

    it('lets a member leave, but not remove others', async () => {
      const first = await member();
      const second = await member();

      const refused = await first.client.error(REMOVE, { membershipId: second.membershipId });
      expect(refused).toMatchObject({ code: 'FORBIDDEN', key: 'errors.identity.ownerRequired' });
      expect(await first.client.data(REMOVE, { membershipId: first.membershipId })).toEqual({
        removeMember: true,
      });

      expect(await membershipOf(first.user, organizationId)).toBeUndefined();
      expect(await membershipOf(second.user, organizationId)).toBeDefined();
    });

    it('never removes or demotes the last owner', async () => {
      const ownMembershipId = await membershipIdOf(owner.user);

      const leave = await owner.client.error(REMOVE, { membershipId: ownMembershipId });
      const demote = await owner.client.error(CHANGE_ROLE, { membershipId: ownMembershipId, role: 'MEMBER' });

      for (const error of [leave, demote]) {
        expect(error).toMatchObject({ code: 'CONFLICT', key: 'errors.identity.lastOwner' });
      }
      expect(await membershipOf(owner.user, organizationId)).toMatchObject({ role: 'OWNER' });
    });

    it('keeps an owner when two owners demote each other at once', async () => {
      const ownerMembershipId = await membershipIdOf(owner.user);
      const second = await member('OWNER');

      const results = await Promise.all([
        owner.client.request(CHANGE_ROLE, { membershipId: second.membershipId, role: 'MEMBER' }),
        second.client.request(CHANGE_ROLE, { membershipId: ownerMembershipId, role: 'MEMBER' }),
      ]);

      expect(results.filter((r) => !r.errors).length).toBe(1);
      // The loser finds the other one the last owner, or itself demoted already.
      const loser = results.find((r) => r.errors)?.errors?.[0]?.extensions;
      expect(['errors.identity.lastOwner', 'errors.identity.ownerRequired']).toContain(loser?.['key']);
      expect(await count("memberships WHERE organization_id = $1 AND role = 'OWNER'", [organizationId])).toBe(
        1,
      );
    });

    it('keeps an owner when two owners leave at once', async () => {
      const ownerMembershipId = await membershipIdOf(owner.user);
      const second = await member('OWNER');

      const results = await Promise.all([
        owner.client.request(REMOVE, { membershipId: ownerMembershipId }),
        second.client.request(REMOVE, { membershipId: second.membershipId }),
      ]);

      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.find((r) => r.errors)?.errors?.[0]?.extensions?.['key']).toBe(
        'errors.identity.lastOwner',
      );

      expect(await count("memberships WHERE organization_id = $1 AND role = 'OWNER'", [organizationId])).toBe(
        1,
      );
    });

    it('does not let an owner of another organisation touch these members', async () => {
      const { membershipId } = await member();
      const outsider = await sut.signedIn({ kind: 'STARTUP' });

      for (const error of [
        await outsider.client.error(REMOVE, { membershipId }),
        await outsider.client.error(CHANGE_ROLE, { membershipId, role: 'OWNER' }),
        await outsider.client.error(INVITE_MEMBER, { organizationId, email: newEmail() }),
      ]) {
        expect(['NOT_FOUND', 'FORBIDDEN']).toContain(error.code);
      }
      expect(await count('memberships WHERE id = $1 AND role = $2', [membershipId, 'MEMBER'])).toBe(1);
      expect(await count('invitations WHERE organization_id = $1', [organizationId])).toBe(0);
    });

    it('answers ids that are not UUIDs with NOT_FOUND, not a server error', async () => {
      expect(await owner.client.error(REMOVE, { membershipId: 'nope' })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await owner.client.error(REVOKE, { id: 'nope' })).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('verification', () => {
    it('records who verified an organisation, with the status before and after', async () => {
      const { client: organizer, user: organizerUser } = await sut.signedIn({ kind: 'ORGANIZER' });
      const { user } = await sut.signedIn({ kind: 'SCIENCE_PARK', verificationStatus: 'UNVERIFIED' });

      await organizer.data(VERIFY_ORGANIZATION, { id: user.organizationId, status: 'VERIFIED' });

      const events = await sut.dataSource.query(
        `SELECT actor_user_id, actor_organization_id, before, after FROM audit_events
          WHERE action = 'organization.verification_changed' AND entity_type = 'organization' AND entity_id = $1`,
        [user.organizationId],
      );
      expect(events).toEqual([
        {
          actor_user_id: organizerUser.userId,
          actor_organization_id: organizerUser.organizationId,
          before: { verificationStatus: 'UNVERIFIED' },
          after: { verificationStatus: 'VERIFIED' },
        },
      ]);
      const [row] = await sut.dataSource.query(
        'SELECT verification_status, verified_by_id, verified_at FROM organizations WHERE id = $1',
        [user.organizationId],
      );
      expect(row).toMatchObject({ verification_status: 'VERIFIED', verified_by_id: organizerUser.userId });
      expect(row.verified_at).not.toBeNull();
    });
  });
});
