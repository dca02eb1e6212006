import { readFileSync } from 'fs';
import { join } from 'path';
import { SCHEMA_FILE, printAppSchema } from '../src/common/graphql/print-schema';
import { pendingSchemaChanges } from '../src/database/schema-drift';
import { listHandlerAccess } from '../src/identity/access-audit';
import { TestApp } from './support/test-app';

describe('platform', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start();
  });
  afterAll(() => sut?.close());

  it('migrates an empty database to exactly the schema the entities describe', async () => {
    const { up } = await pendingSchemaChanges(sut.dataSource);
    expect(up).toEqual([]);
    const applied = await sut.dataSource.query('SELECT name FROM migrations');
    expect(applied.length).toBeGreaterThan(0);
  });

  it('has the committed apps/api/schema.gql (run `npm run schema:generate` after API changes)', () => {
    const committed = readFileSync(join(__dirname, '../../..', SCHEMA_FILE), 'utf8');
    expect(printAppSchema(sut.bridge.app)).toEqual(committed);
  });

  it('gives every resolver and route an access rule: @Allow(...) or @Public()', () => {
    const handlers = listHandlerAccess(sut.bridge.app);
    expect(handlers.length).toBeGreaterThan(60);
    // Field resolvers are covered too, not only queries and mutations.
    expect(handlers.map((h) => h.handler)).toContain('OrganizationsResolver.contacts');
    expect(handlers.filter((h) => h.access === 'NONE').map((h) => h.handler)).toEqual([]);
    // The public surface is small and deliberate. Public field resolvers of Project read what the
    // parent project's access level (decided by the service that loaded it) lets the viewer see.
    expect(handlers.filter((h) => h.access === 'public').map((h) => h.handler)).toEqual([
      'AuthResolver.me',
      'AuthResolver.signIn',
      'AuthResolver.signOut',
      'AuthResolver.signUp',
      'CompetitionsResolver.competition',
      'CompetitionsResolver.competitions',
      'CompetitionsResolver.fields',
      'CompetitionsResolver.timeline',
      'HealthController.health',
      'JudgesResolver.judgeInvitationPreview',
      'JudgesResolver.signUpAsJudge',
      'MembersResolver.invitationPreview',
      'ProjectsResolver.contacts',
      'ProjectsResolver.field',
      'ProjectsResolver.organizationName',
      'ProjectsResolver.project',
      'ProjectsResolver.result',
      'ResultsResolver.finalists',
      'SearchResolver.search',
    ]);
  });

  it('reports the database in GET /health', async () => {
    const res = await fetch(`${sut.url}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; database: { status: string; engine: string } };
    expect(body.status).toBe('ok');
    expect(body.database.status).toBe('up');
    expect(['pglite', 'postgresql']).toContain(body.database.engine);
  });

  it('refuses a GraphQL request a cross-site form could send (CSRF prevention)', async () => {
    const res = await fetch(`${sut.url}/graphql?query=${encodeURIComponent('{ me { user { id } } }')}`, {
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(400);
    const form = await fetch(`${sut.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=mutation{signOut}',
    });
    expect(form.status).toBe(400);
  });

  it('answers a malformed query with BAD_USER_INPUT and a translation key', async () => {
    const error = await sut.client().error('{ me { nonsense } }');
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.key).toBe('errors.validation');
  });

  it('rejects unknown input fields with a clear error', async () => {
    const error = await sut
      .client()
      .error('mutation { signIn(input: { email: "a@b.c", password: "x", isAdmin: true }) { user { id } } }');
    expect(error.code).toBe('BAD_USER_INPUT');
  });
});

describe('production errors', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start({ NODE_ENV: 'production' });
  });
  afterAll(() => sut?.close());

  it('hides stack traces, SQL and internal messages', async () => {
    // Break the database under the app: the next query fails inside a resolver.
    const { client } = await sut.signedIn({ kind: 'INVESTOR' });
    await sut.dataSource.query('ALTER TABLE organizations RENAME TO organizations_gone');
    try {
      const response = await client.request('{ marketDirectory(first: 5) { totalCount } }');
      const text = JSON.stringify(response);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
      expect(response.errors?.[0]?.extensions?.['key']).toBe('errors.internal');
      expect(response.errors?.[0]?.message).toBe('Internal server error');
      expect(text).not.toMatch(/organizations_gone|relation|SELECT|stacktrace|at .*\.js/i);
    } finally {
      await sut.dataSource.query('ALTER TABLE organizations_gone RENAME TO organizations');
    }
  });

  it('turns introspection off', async () => {
    const error = await sut.client().error('{ __schema { types { name } } }');
    expect(error.code).toBe('BAD_USER_INPUT');
  });
});

describe('malformed ids', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start();
  });
  afterAll(() => sut?.close());

  it('answers an id that is not a UUID with BAD_USER_INPUT, not an internal error', async () => {
    const error = await sut.client().error('{ project(id: "not-a-uuid") { id } }');
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual([{ field: 'id', key: 'validation.invalid' }]);
  });
});
