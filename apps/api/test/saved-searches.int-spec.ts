import { waitFor } from './support/wait-for';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { SavedSearchAlerts } from '../src/saved-searches/saved-search-alerts';
import { SearchOutbox } from '../src/search/outbox/search-outbox';
import { SearchOutboxWorker } from '../src/search/outbox/search-outbox.worker';
import { ADVANCE, CREATE_PROJECT, Edition, createEdition, submittedProject } from './support/edition';
import { GraphQLClient } from './support/graphql-client';
import { createProject, insertStartups } from './support/search-world';
import { TestApp, TestUser } from './support/test-app';

const SAVED_SEARCH_FIELDS = `id name input alertsEnabled emailDigest newMatches lastMatchAt createdAt createdByName mine`;
const SAVE_SEARCH = /* GraphQL */ `
  mutation Save($input: SaveSearchInput!) { saveSearch(input: $input) { ${SAVED_SEARCH_FIELDS} } }
`;
const SAVED_SEARCHES = /* GraphQL */ `{ savedSearches { ${SAVED_SEARCH_FIELDS} } }`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateSavedSearchInput!) { updateSavedSearch(input: $input) { ${SAVED_SEARCH_FIELDS} } }
`;
const DELETE = /* GraphQL */ `
  mutation Delete($id: ID!) {
    deleteSavedSearch(id: $id)
  }
`;
const MARK_SEEN = /* GraphQL */ `
  mutation Seen($id: ID!) { markSavedSearchSeen(id: $id) { ${SAVED_SEARCH_FIELDS} } }
`;
const NOTIFICATIONS = /* GraphQL */ `
  {
    notifications(first: 50) {
      edges {
        node {
          key
          params
          link
        }
      }
    }
  }
`;

type Notice = { key: string; params: Record<string, string | number>; link: string };

describe('saved searches and alerts', () => {
  let sut: TestApp;
  let dataSource: DataSource;
  let alerts: SavedSearchAlerts;
  let worker: SearchOutboxWorker;
  let dataDir: string;
  let organizer: GraphQLClient;
  let investor: GraphQLClient;
  let investorUser: TestUser;
  let edition: Edition;
  let savedId: string;

  const indexed = () => waitFor(async () => (await worker.backlog()).pending === 0);
  const notices = async (client = investor): Promise<Notice[]> =>
    (await client.data(NOTIFICATIONS)).notifications.edges.map((e: { node: Notice }) => e.node);
  const alertedProjects = async () =>
    (await notices())
      .filter((n) => n.key === 'notifications.savedSearch.match')
      .map((n) => n.link)
      .sort();
  const submitted = async (field: string, title: string) => {
    const { projectId } = await submittedProject(sut, edition, field, title);
    await indexed();
    return projectId;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'bridge-saved-searches-'));
    sut = await TestApp.start({
      DATA_DIR: dataDir,
      SAVED_SEARCH_ALERT_INTERVAL_MS: '0',
      MAIL_WORKER_ENABLED: 'false',
    });
    dataSource = sut.dataSource;
    alerts = sut.bridge.app.get(SavedSearchAlerts);
    worker = sut.bridge.app.get(SearchOutboxWorker);
    worker.configure({ intervalMs: 50 });
    organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
    ({ client: investor, user: investorUser } = await sut.signedIn({ kind: 'INVESTOR' }));
    edition = await createEdition(organizer);
    await organizer.data(ADVANCE, { id: edition.id, from: 'SETUP' });
  });
  afterAll(async () => {
    await sut?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('saves a search without its page; what matches now is a baseline that never alerts', async () => {
    await submitted('ROBOTICS', 'Gripper arm alpha');

    const { saveSearch } = await investor.data(SAVE_SEARCH, {
      input: {
        name: '  Grippers in robotics  ',
        search: { text: 'gripper', fieldCodes: ['ROBOTICS'], first: 5, after: 'opaque' },
      },
    });
    savedId = saveSearch.id;
    await alerts.run();

    expect(saveSearch).toMatchObject({
      name: 'Grippers in robotics',
      input: { text: 'gripper', fieldCodes: ['ROBOTICS'], sort: 'RELEVANCE' },
      alertsEnabled: true,
      emailDigest: true,
      newMatches: 0,
      lastMatchAt: null,
      mine: true,
    });
    expect(saveSearch.input).not.toHaveProperty('first');
    expect(saveSearch.input).not.toHaveProperty('after');
    expect(await alertedProjects()).toEqual([]);
  });

  it('alerts once for a newly submitted matching project, never for a non-matching, draft or non-consenting one', async () => {
    const beta = await submitted('ROBOTICS', 'Robot gripper beta');
    // In the robotics field but without the word (the field alone matches "robot", not "gripper").
    await submitted('ROBOTICS', 'Soy milk press');
    await submitted('AI', 'Gripper in another field');
    const startup = await sut.signedIn({ kind: 'STARTUP' });
    await startup.client.data(CREATE_PROJECT, {
      input: {
        competitionId: edition.id,
        fieldId: edition.fields['ROBOTICS'],
        title: { en: 'Gripper draft' },
      },
    });
    const [organizationId] = await insertStartups(dataSource.manager, 1);
    await createProject(dataSource, organizationId as string, {
      competitionId: edition.id,
      fieldId: edition.fields['ROBOTICS'] as string,
      consent: false,
      title: { en: 'Gripper without consent' },
    });
    await indexed();

    const first = await alerts.run();
    await alerts.run();

    expect(first).toMatchObject({ skipped: false, alerted: 1 });
    expect(await alertedProjects()).toEqual([`/projects/${beta}`]);
    const [notice] = await notices();
    expect(notice?.params).toMatchObject({ search: 'Grippers in robotics', project: 'Robot gripper beta' });
  });

  it("alerts when an edition's publication makes a non-consenting finalist visible", async () => {
    const other = await createEdition(organizer);
    await organizer.data(ADVANCE, { id: other.id, from: 'SETUP' });
    const [organizationId] = await insertStartups(dataSource.manager, 1);
    const finalist = await createProject(dataSource, organizationId as string, {
      competitionId: other.id,
      fieldId: other.fields['ROBOTICS'] as string,
      status: 'FINALIST',
      consent: false,
      title: { en: 'Gripper finalist gamma' },
    });
    await indexed();
    await alerts.run();
    expect(await alertedProjects()).not.toContain(`/projects/${finalist}`);

    await dataSource.transaction(async (manager) => {
      await manager.query('UPDATE competitions SET finalists_published_at = now() WHERE id = $1', [other.id]);
      await SearchOutbox.enqueueCompetition(manager, other.id);
    });
    await indexed();
    await alerts.run();
    await alerts.run();

    const links = await alertedProjects();
    expect(links.filter((l) => l === `/projects/${finalist}`)).toHaveLength(1);
  });

  it('counts the new matches for their creator until marked seen', async () => {
    const [saved] = (await investor.data(SAVED_SEARCHES)).savedSearches;
    expect(saved).toMatchObject({ id: savedId, newMatches: 2, mine: true });
    expect(saved.lastMatchAt).not.toBeNull();

    const { markSavedSearchSeen } = await investor.data(MARK_SEEN, { id: savedId });

    expect(markSavedSearchSeen.newMatches).toBe(0);
    expect((await investor.data(SAVED_SEARCHES)).savedSearches[0].newMatches).toBe(0);
  });

  it('notifies once when two alert runs race, and never again when projects are evaluated twice', async () => {
    const delta = await submitted('ROBOTICS', 'Gripper delta');

    const reports = await Promise.all([alerts.run(), alerts.run(), alerts.run()]);
    // Another process that read the same documents (the watermark moved back): nothing new.
    await dataSource.query(`UPDATE saved_search_alert_state SET watermark = watermark - interval '1 day'`);
    await alerts.run();

    expect(reports.reduce((sum, r) => sum + r.alerted, 0)).toBe(1);
    expect((await alertedProjects()).filter((l) => l === `/projects/${delta}`)).toHaveLength(1);
    expect(await alertedProjects()).toHaveLength(3);
  });

  it('sums many new matches of one run into one notification linking to the search', async () => {
    const { saveSearch } = await investor.data(SAVE_SEARCH, {
      input: { name: 'Medicine', search: { text: 'medicine' }, emailDigest: false },
    });
    for (const i of [1, 2, 3, 4]) await submittedProject(sut, edition, 'AI', `Medicine ${i}`);
    await indexed();

    await alerts.run();

    const summary = (await notices()).filter((n) => n.key === 'notifications.savedSearch.matches');
    expect(summary).toEqual([
      {
        key: 'notifications.savedSearch.matches',
        params: { search: 'Medicine', count: 4, savedSearchId: saveSearch.id },
        link: `/search?saved=${saveSearch.id}`,
      },
    ]);
  });

  it('keeps saved searches private to the organisation; only the creator changes them', async () => {
    const stranger = (await sut.signedIn({ kind: 'SCIENCE_PARK' })).client;
    const colleague = sut.client();
    await sut.signIn(
      colleague,
      await sut.createUser({ organizationId: investorUser.organizationId as string, role: 'MEMBER' }),
    );

    expect((await stranger.data(SAVED_SEARCHES)).savedSearches).toEqual([]);
    for (const [query, variables] of [
      [UPDATE, { input: { id: savedId, name: 'Mine now' } }],
      [DELETE, { id: savedId }],
      [MARK_SEEN, { id: savedId }],
    ] as const)
      expect(await stranger.error(query, variables)).toMatchObject({ code: 'NOT_FOUND' });

    const seen = (await colleague.data(SAVED_SEARCHES)).savedSearches.find(
      (s: { id: string }) => s.id === savedId,
    );
    expect(seen).toMatchObject({ mine: false, newMatches: 0, name: 'Grippers in robotics' });
    expect(seen.createdByName).toMatch(/^User /);
    expect(await colleague.error(DELETE, { id: savedId })).toMatchObject({ code: 'FORBIDDEN' });
    const startup = (await sut.signedIn({ kind: 'STARTUP' })).client;
    expect(await startup.error(SAVED_SEARCHES)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await sut.client().error(SAVED_SEARCHES)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('renames, switches alerts off (no alerts) and deletes', async () => {
    const { updateSavedSearch } = await investor.data(UPDATE, {
      input: { id: savedId, name: ' Grippers ', alertsEnabled: false },
    });
    expect(updateSavedSearch).toMatchObject({ name: 'Grippers', alertsEnabled: false, emailDigest: true });
    const off = await submitted('ROBOTICS', 'Gripper while off');
    await alerts.run();
    expect(await alertedProjects()).not.toContain(`/projects/${off}`);

    // Back on: what matches now (the project found while off included) is the new baseline.
    await investor.data(UPDATE, { input: { id: savedId, alertsEnabled: true } });
    await alerts.run();
    expect(await alertedProjects()).not.toContain(`/projects/${off}`);

    expect((await investor.data(DELETE, { id: savedId })).deleteSavedSearch).toBe(true);
    const names = (await investor.data(SAVED_SEARCHES)).savedSearches.map((s: { name: string }) => s.name);
    expect(names).toEqual(['Medicine']);
    expect(await investor.error(MARK_SEEN, { id: savedId })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('validates the name and the search like the search query', async () => {
    const save = (input: Record<string, unknown>) =>
      investor.error(SAVE_SEARCH, { input: { name: 'Ok', search: {}, ...input } });

    expect(await save({ name: '   ' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'name', key: 'validation.required' }],
    });
    expect((await save({ name: 'x'.repeat(121) })).fields).toEqual([
      expect.objectContaining({ field: 'name', key: 'validation.maxLength' }),
    ]);
    expect((await save({ search: { trlMin: 12 } })).fields).toEqual([
      expect.objectContaining({ field: 'search.trlMin', key: 'validation.range' }),
    ]);
    expect((await save({ search: { trlMin: 7, trlMax: 3 } })).fields).toEqual([
      expect.objectContaining({ field: 'search.trlMax', key: 'validation.range' }),
    ]);
    expect((await save({ search: { statuses: ['DRAFT'] } })).code).toBe('BAD_USER_INPUT');
    expect((await save({ search: { text: 'x'.repeat(201) } })).code).toBe('BAD_USER_INPUT');
    expect((await investor.data(SAVED_SEARCHES)).savedSearches).toHaveLength(1);
  });
});
