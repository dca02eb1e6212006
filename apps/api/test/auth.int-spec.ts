import { GraphQLClient } from './support/graphql-client';
import { ME, SIGN_UP } from './support/identity-operations';
import { SIGN_IN, TestApp } from './support/test-app';

/** A query only signed-in users may make. */
const SIGNED_IN_QUERY = /* GraphQL */ `
  query Own($id: ID!) {
    organization(id: $id) {
      id
    }
  }
`;

const SIGN_OUT = /* GraphQL */ `
  mutation {
    signOut
  }
`;

const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword })
  }
`;

const UPDATE_MY_PROFILE = /* GraphQL */ `
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      displayName
      locale
      timeZone
    }
  }
`;

const MAX_FAILURES_PER_ACCOUNT = 3;
const MAX_FAILURES_PER_ADDRESS = 5;

describe('authentication', () => {
  let sut: TestApp;
  let addresses = 0;

  /** A new browser, from an address of its own (so one test's failures never throttle another's). */
  const browser = (): GraphQLClient => {
    addresses += 1;
    return sut.client({ 'x-forwarded-for': `198.51.100.${addresses}` });
  };

  const signUpInput = (overrides: Record<string, unknown> = {}) => ({
    email: `founder-${Math.random().toString(36).slice(2)}@example.test`,
    password: 'a long enough password',
    displayName: 'Anna Founder',
    locale: 'EN',
    organizationName: 'Quantum Sensors LLC',
    organizationKind: 'STARTUP',
    ...overrides,
  });

  beforeAll(async () => {
    sut = await TestApp.start({
      SIGN_IN_MAX_FAILURES_PER_ACCOUNT: String(MAX_FAILURES_PER_ACCOUNT),
      SIGN_IN_MAX_FAILURES_PER_ADDRESS: String(MAX_FAILURES_PER_ADDRESS),
      TRUST_PROXY_HOPS: '1',
    });
  });
  afterAll(() => sut?.close());

  describe('sign-up', () => {
    it('creates an unverified organisation of the chosen kind, owned by the new user, and signs them in', async () => {
      const client = browser();
      const input = signUpInput({
        organizationKind: 'INVESTOR',
        organizationName: 'Northern Lights Ventures',
      });

      const { signUp } = await client.data(SIGN_UP, { input });

      expect(signUp.user.email).toBe(input.email);
      expect(signUp.activeOrganization).toMatchObject({
        kind: 'INVESTOR',
        name: { en: 'Northern Lights Ventures' },
        verificationStatus: 'UNVERIFIED',
        viewerRole: 'OWNER',
      });
      expect(signUp.memberships).toEqual([
        { id: expect.any(String), role: 'OWNER', organization: { id: signUp.activeOrganization.id } },
      ]);
      // An unverified investor manages its profile but is not on the market yet.
      expect(signUp.capabilities).toEqual(['MANAGE_ORGANIZATION']);
      const { me } = await client.data(ME);
      expect(me.user.id).toBe(signUp.user.id);
    });

    it('lets a start-up apply straight away', async () => {
      const { signUp } = await browser().data(SIGN_UP, {
        input: signUpInput({ organizationKind: 'STARTUP' }),
      });
      expect(signUp.activeOrganization.kind).toBe('STARTUP');
      expect([...signUp.capabilities].sort()).toEqual(['APPLY', 'MANAGE_ORGANIZATION']);
    });

    it('refuses an e-mail that is already taken, whatever its case', async () => {
      const existing = await sut.createUser();
      const error = await browser().error(SIGN_UP, {
        input: signUpInput({ email: existing.email.toUpperCase() }),
      });
      expect(error).toMatchObject({ code: 'CONFLICT', key: 'errors.identity.emailTaken' });
      const [{ count }] = await sut.dataSource.query(
        'SELECT count(*)::int AS count FROM users WHERE email = $1',
        [existing.email],
      );
      expect(count).toBe(1);
    });

    it('names the fields at fault: a too-short password and a malformed e-mail', async () => {
      const shortPassword = await browser().error(SIGN_UP, { input: signUpInput({ password: 'short' }) });
      expect(shortPassword.code).toBe('BAD_USER_INPUT');
      expect(shortPassword.fields).toEqual([
        expect.objectContaining({
          field: 'password',
          key: 'validation.minLength',
          params: expect.objectContaining({ min: 10 }),
        }),
      ]);

      const badEmail = await browser().error(SIGN_UP, { input: signUpInput({ email: 'not-an-email' }) });
      expect(badEmail.code).toBe('BAD_USER_INPUT');
      expect(badEmail.fields).toEqual([expect.objectContaining({ field: 'email', key: 'validation.email' })]);
    });

    it('does not let anyone sign up as an organizer', async () => {
      const input = signUpInput({ organizationKind: 'ORGANIZER' });
      const error = await browser().error(SIGN_UP, { input });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.fields).toEqual([
        expect.objectContaining({ field: 'organizationKind', key: 'validation.oneOf' }),
      ]);
      const rows = await sut.dataSource.query('SELECT 1 FROM users WHERE email = $1', [input.email]);
      expect(rows).toEqual([]);
    });

    it('requires an organisation name (and kind) without an invitation token', async () => {
      const error = await browser().error(SIGN_UP, {
        input: signUpInput({ organizationName: '   ', organizationKind: null }),
      });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.fields).toEqual([
        expect.objectContaining({ field: 'organizationName', key: 'validation.required' }),
        expect.objectContaining({ field: 'organizationKind', key: 'validation.required' }),
      ]);
    });
  });

  describe('sign-in', () => {
    it('sets an httpOnly, SameSite=Lax session cookie and `me` returns the user', async () => {
      const user = await sut.createUser();
      const client = browser();
      expect((await client.data(ME)).me).toBeNull();

      const response = await client.request(SIGN_IN, { email: user.email, password: user.password });

      expect(response.errors).toBeUndefined();
      const cookie = response.setCookie ?? '';
      expect(cookie).toMatch(/^bridge_session=[A-Za-z0-9_-]{40,};/);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Lax/i);
      expect(cookie).toMatch(/;\s*Path=\//i);
      expect(Number(/Max-Age=(\d+)/i.exec(cookie)?.[1])).toBeGreaterThan(0);
      const { me } = await client.data(ME);
      expect(me.user).toMatchObject({ id: user.userId, email: user.email });
    });

    it('accepts the e-mail in any case and with surrounding spaces', async () => {
      const user = await sut.createUser();
      const { signIn } = await browser().data(SIGN_IN, {
        email: `  ${user.email.toUpperCase()} `,
        password: user.password,
      });
      expect(signIn.user.id).toBe(user.userId);
    });

    it('answers an unknown e-mail exactly like a wrong password', async () => {
      const user = await sut.createUser();
      const wrongPassword = await browser().request(SIGN_IN, {
        email: user.email,
        password: 'not the password',
      });
      const unknownEmail = await browser().request(SIGN_IN, {
        email: 'nobody-here@example.test',
        password: 'not the password',
      });

      expect(wrongPassword.errors?.[0]?.extensions).toEqual({
        code: 'UNAUTHENTICATED',
        key: 'errors.identity.invalidCredentials',
        params: {},
      });
      expect(unknownEmail.status).toBe(wrongPassword.status);
      expect(unknownEmail.data).toEqual(wrongPassword.data);
      expect(unknownEmail.errors).toEqual(wrongPassword.errors);
      expect(wrongPassword.setCookie).toBeNull();
      expect(unknownEmail.setCookie).toBeNull();
    });

    it('shows every browser its own user while many requests and transactions run at once', async () => {
      const browsers = await Promise.all(Array.from({ length: 8 }, () => sut.signedIn({ kind: 'STARTUP' })));

      const answers = await Promise.all([
        ...browsers.flatMap(({ client }) => [client.data(ME), client.data(ME)]),
        ...Array.from({ length: 4 }, () => browser().data(SIGN_UP, { input: signUpInput() })),
      ]);

      browsers.forEach(({ user }, i) => {
        expect(answers[2 * i].me.user.id).toBe(user.userId);
        expect(answers[2 * i + 1].me.user.id).toBe(user.userId);
      });
    });
  });

  describe('throttling repeated failures', () => {
    const failSignIn = async (client: GraphQLClient, email: string) => {
      const error = await client.error(SIGN_IN, { email, password: 'a wrong guess' });
      expect(error.code).toBe('UNAUTHENTICATED');
    };

    const expectThrottled = (error: Awaited<ReturnType<GraphQLClient['error']>>) => {
      expect(error.code).toBe('TOO_MANY_REQUESTS');
      expect(error.key).toBe('errors.tooManyRequests');
      expect(error.extensions['retryAfterSeconds']).toBeGreaterThan(0);
      expect(error.params['retryAfterSeconds']).toBeGreaterThan(0);
    };

    it('throttles an account after repeated failures, even with the right password and from elsewhere', async () => {
      const user = await sut.createUser();
      const attacker = browser();
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await failSignIn(attacker, user.email);

      expectThrottled(await attacker.error(SIGN_IN, { email: user.email, password: user.password }));
      const owner = browser();
      const fromElsewhere = await owner.request(SIGN_IN, { email: user.email, password: user.password });
      expect(fromElsewhere.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_REQUESTS');
      expect(fromElsewhere.setCookie).toBeNull();
      expect((await owner.data(ME)).me).toBeNull();
    });

    it('throttles an unknown e-mail the same way, so throttling does not reveal accounts', async () => {
      const attacker = browser();
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await failSignIn(attacker, 'ghost@example.test');
      expectThrottled(
        await attacker.error(SIGN_IN, { email: 'ghost@example.test', password: 'another guess' }),
      );
    });

    it('does not count failures from before a successful sign-in', async () => {
      const user = await sut.createUser();
      const client = browser();
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await failSignIn(client, user.email);
      await sut.signIn(client, user);
      await failSignIn(client, user.email);
      await sut.signIn(client, user);
    });

    it('throttles one address trying many accounts, but not other addresses', async () => {
      const users = await Promise.all(
        Array.from({ length: MAX_FAILURES_PER_ADDRESS + 1 }, () => sut.createUser()),
      );
      const sprayer = browser();
      for (const user of users.slice(0, MAX_FAILURES_PER_ADDRESS)) await failSignIn(sprayer, user.email);

      const last = users[MAX_FAILURES_PER_ADDRESS];
      expectThrottled(await sprayer.error(SIGN_IN, { email: last.email, password: last.password }));
      // Each account failed once only: from another address, its owner signs in.
      const { signIn } = await browser().data(SIGN_IN, { email: last.email, password: last.password });
      expect(signIn.user.id).toBe(last.userId);
    });
  });

  describe('sign-out', () => {
    it('revokes the session on the server: the old cookie no longer works', async () => {
      const { client, user } = await sut.signedIn({ kind: 'STARTUP' });
      const oldCookie = client.cookie;

      const response = await client.request(SIGN_OUT);

      expect(response.data).toEqual({ signOut: true });
      expect(response.setCookie).toMatch(/^bridge_session=;/);
      expect((await client.data(ME)).me).toBeNull();
      // Someone who kept a copy of the cookie replays it.
      const replay = sut.client();
      replay.cookie = oldCookie;
      expect((await replay.data(ME)).me).toBeNull();
      const error = await replay.error(SIGNED_IN_QUERY, { id: user.organizationId });
      expect(error.code).toBe('UNAUTHENTICATED');
    });

    it('is harmless when already signed out', async () => {
      expect(await browser().data(SIGN_OUT)).toEqual({ signOut: true });
    });
  });

  describe('password change', () => {
    it('ends every session of the user and keeps only the browser that changed it signed in', async () => {
      const user = await sut.createUser({ kind: 'STARTUP' });
      const browserA = browser();
      const browserB = browser();
      await sut.signIn(browserA, user);
      await sut.signIn(browserB, user);
      const oldCookieOfA = browserA.cookie;
      const newPassword = 'a brand new passphrase';

      const response = await browserA.request(CHANGE_PASSWORD, {
        currentPassword: user.password,
        newPassword,
      });

      expect(response.data).toEqual({ changePassword: true });
      expect(browserA.cookie).not.toEqual(oldCookieOfA);
      expect((await browserA.data(ME)).me.user.id).toBe(user.userId);
      expect((await browserA.data(SIGNED_IN_QUERY, { id: user.organizationId })).organization.id).toBe(
        user.organizationId,
      );

      expect((await browserB.data(ME)).me).toBeNull();
      expect((await browserB.error(SIGNED_IN_QUERY, { id: user.organizationId })).code).toBe(
        'UNAUTHENTICATED',
      );
      const replay = sut.client();
      replay.cookie = oldCookieOfA;
      expect((await replay.data(ME)).me).toBeNull();

      const withOld = await browser().error(SIGN_IN, { email: user.email, password: user.password });
      expect(withOld).toMatchObject({ code: 'UNAUTHENTICATED', key: 'errors.identity.invalidCredentials' });
      const { signIn } = await browser().data(SIGN_IN, { email: user.email, password: newPassword });
      expect(signIn.user.id).toBe(user.userId);
    });

    it('refuses a wrong current password or a too-short new one, and keeps the sessions', async () => {
      const { client, user } = await sut.signedIn({ kind: 'STARTUP' });
      const newPassword = 'a brand new passphrase';

      const wrong = await client.error(CHANGE_PASSWORD, { currentPassword: 'not my password', newPassword });
      const short = await client.error(CHANGE_PASSWORD, {
        currentPassword: user.password,
        newPassword: 'short',
      });

      expect(wrong.code).toBe('BAD_USER_INPUT');
      expect(wrong.fields).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
      expect(short.code).toBe('BAD_USER_INPUT');
      expect(short.fields).toEqual([
        expect.objectContaining({ field: 'newPassword', key: 'validation.minLength' }),
      ]);
      expect((await client.data(ME)).me.user.id).toBe(user.userId);
      await sut.signIn(browser(), user);
    });
  });

  describe('profile', () => {
    it('updates name, language and time zone', async () => {
      const { client } = await sut.signedIn({ kind: 'STARTUP' });
      const { updateMyProfile } = await client.data(UPDATE_MY_PROFILE, {
        input: { displayName: '  Ivan Petrov ', locale: 'RU', timeZone: 'Europe/Moscow' },
      });
      expect(updateMyProfile).toEqual({
        displayName: 'Ivan Petrov',
        locale: 'RU',
        timeZone: 'Europe/Moscow',
      });
      expect((await client.data(ME)).me.user).toMatchObject({ locale: 'RU', timeZone: 'Europe/Moscow' });
    });

    it('refuses an unknown time zone and an unknown language, and changes nothing', async () => {
      const { client, user } = await sut.signedIn({ kind: 'STARTUP' });

      const timeZone = await client.error(UPDATE_MY_PROFILE, { input: { timeZone: 'Mars/Olympus_Mons' } });
      expect(timeZone.code).toBe('BAD_USER_INPUT');
      expect(timeZone.fields).toEqual([
        expect.objectContaining({ field: 'timeZone', key: 'validation.invalid' }),
      ]);

      const locale = await client.error(UPDATE_MY_PROFILE, {
        input: { locale: 'DE', displayName: 'Changed' },
      });
      expect(locale).toMatchObject({ code: 'BAD_USER_INPUT', key: 'errors.validation' });

      const [row] = await sut.dataSource.query(
        'SELECT display_name, locale, time_zone FROM users WHERE id = $1',
        [user.userId],
      );
      expect(row).toMatchObject({ locale: 'en', time_zone: 'UTC' });
      expect(row.display_name).not.toBe('Changed');
    });

    it('refuses an explicit null instead of failing', async () => {
      const { client } = await sut.signedIn({ kind: 'STARTUP' });
      for (const field of ['displayName', 'locale', 'timeZone']) {
        const error = await client.error(UPDATE_MY_PROFILE, { input: { [field]: null } });
        expect(error.code).toBe('BAD_USER_INPUT');
        expect(error.fields).toEqual([expect.objectContaining({ field, key: 'validation.required' })]);
      }
    });

    it('is for signed-in users only', async () => {
      const error = await browser().error(UPDATE_MY_PROFILE, { input: { displayName: 'Anonymous' } });
      expect(error.code).toBe('UNAUTHENTICATED');
    });
  });
});
