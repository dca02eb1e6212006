import { Workbook } from 'exceljs';
import { GraphQLClient } from './support/graphql-client';
import { ADVANCE, CREATE_PROJECT, Edition, createEdition, submittedProject } from './support/edition';
import { TestApp } from './support/test-app';

const ITEM = `id shortlistId projectId note tags addedAt addedByName projectTitle { en ru } project { id title { en } trl }`;
const LIST = `id name description itemCount createdAt updatedAt items { ${ITEM} }`;
const SHORTLISTS = `query { shortlists { ${LIST} } }`;
const SHORTLIST = `query One($id: ID!) { shortlist(id: $id) { ${LIST} } }`;
const ENTRIES = `query Entries($projectId: ID!) { shortlistEntries(projectId: $projectId) { ${ITEM} } }`;
const CREATE = `mutation Create($input: CreateShortlistInput!) { createShortlist(input: $input) { ${LIST} } }`;
const UPDATE = `mutation Update($input: UpdateShortlistInput!) { updateShortlist(input: $input) { ${LIST} } }`;
const DELETE = `mutation Delete($id: ID!) { deleteShortlist(id: $id) }`;
const ADD = `mutation Add($input: AddToShortlistInput!) { addToShortlist(input: $input) { ${ITEM} } }`;
const UPDATE_ITEM = `mutation UpdateItem($input: UpdateShortlistItemInput!) { updateShortlistItem(input: $input) { ${ITEM} } }`;
const REMOVE = `mutation Remove($itemId: ID!) { removeFromShortlist(itemId: $itemId) }`;
const UPDATE_PROJECT = `mutation P($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`;
const WITHDRAW = `mutation W($id: ID!) { withdrawProject(projectId: $id) { id status } }`;

interface Item {
  id: string;
  projectId: string;
  note: string | null;
  tags: string[];
  addedByName: string | null;
  projectTitle: { en: string | null };
  project: { id: string; title: { en: string }; trl: number | null } | null;
}

/**
 * Shortlists of two investor organisations (Northwind: Alice and Bob; Eastgate: Carol) over the
 * projects of one edition in registration: what members share, what strangers cannot see, which
 * projects may be added, and the downloads.
 */
describe('shortlists', () => {
  let sut: TestApp;
  let edition: Edition;
  let alice: GraphQLClient;
  let bob: GraphQLClient;
  let carol: GraphQLClient;
  let aliceName: string;
  const projects: Record<string, { id: string; team: GraphQLClient }> = {};

  const newList = async (client: GraphQLClient, name: string, description?: string) =>
    (await client.data(CREATE, { input: { name, description } })).createShortlist;
  const add = (client: GraphQLClient, shortlistId: string, projectId: string, extra = {}) =>
    client.request(ADD, { input: { shortlistId, projectId, ...extra } });
  const download = (client: GraphQLClient | null, path: string) =>
    fetch(`${sut.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  beforeAll(async () => {
    sut = await TestApp.start();
    const organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
    edition = await createEdition(organizer);
    await organizer.data(ADVANCE, { id: edition.id, from: 'SETUP' });
    for (const [key, field, title] of [
      ['agro', 'AI', 'AgroVision'],
      ['arm', 'ROBOTICS', 'RoboArm'],
      ['bio', 'AI', 'BioSense'],
      ['quiet', 'ROBOTICS', 'Quiet Robotics'],
    ] as const) {
      const { client, projectId } = await submittedProject(sut, edition, field, title);
      projects[key] = { id: projectId, team: client };
    }
    // A start-up that withdrew its consent: the market no longer sees its project.
    await projects['quiet']?.team.data(UPDATE_PROJECT, {
      input: { projectId: projects['quiet'].id, visibilityConsent: false },
    });
    const draftTeam = (await sut.signedIn({ kind: 'STARTUP' })).client;
    const { createProject } = await draftTeam.data(CREATE_PROJECT, {
      input: { competitionId: edition.id, title: { en: 'Draft idea' } },
    });
    projects['draft'] = { id: createProject.id, team: draftTeam };

    const northwind = await sut.signedIn({ kind: 'INVESTOR' });
    alice = northwind.client;
    aliceName = (await alice.data(`query { me { user { displayName } } }`)).me.user.displayName;
    bob = sut.client();
    await sut.signIn(
      bob,
      await sut.createUser({ organizationId: northwind.user.organizationId!, role: 'MEMBER' }),
    );
    carol = (await sut.signedIn({ kind: 'SCIENCE_PARK' })).client;
  });
  afterAll(() => sut?.close());

  it('is shared by the members of the organisation: both read and edit the same lists', async () => {
    const list = await newList(alice, '  Seed robotics ', 'Follow-up after the final');
    expect(list).toMatchObject({
      name: 'Seed robotics',
      description: 'Follow-up after the final',
      itemCount: 0,
    });
    const added = await alice.data(ADD, {
      input: {
        shortlistId: list.id,
        projectId: projects['agro']?.id,
        note: 'Strong team',
        tags: [' agri ', 'AGRI', 'ai'],
      },
    });
    expect(added.addToShortlist).toMatchObject({
      note: 'Strong team',
      tags: ['agri', 'ai'],
      addedByName: aliceName,
    });

    await bob.data(ADD, { input: { shortlistId: list.id, projectId: projects['arm']?.id } });
    const { shortlists } = await bob.data(SHORTLISTS);
    const seen = shortlists.find((s: { id: string }) => s.id === list.id);
    expect(seen.itemCount).toBe(2);
    expect(seen.items.map((i: Item) => i.project?.title.en)).toEqual(['RoboArm', 'AgroVision']);
    expect(seen.items[1]).toMatchObject({ note: 'Strong team', project: { trl: 5 } });

    const agroItem = seen.items[1] as Item;
    await bob.data(UPDATE_ITEM, { input: { itemId: agroItem.id, note: 'Met them in Kazan', tags: [] } });
    await bob.data(UPDATE, { input: { id: list.id, description: '' } });
    const { shortlist } = await alice.data(SHORTLIST, { id: list.id });
    expect(shortlist.description).toBeNull();
    expect(shortlist.items[1]).toMatchObject({ note: 'Met them in Kazan', tags: [] });
    const { shortlistEntries } = await alice.data(ENTRIES, { projectId: projects['agro']?.id });
    expect(shortlistEntries).toEqual([expect.objectContaining({ id: agroItem.id, shortlistId: list.id })]);
  });

  it('lists newest first and keeps names unique in the organisation, ignoring case', async () => {
    const first = await newList(alice, 'Parks to visit');
    const second = await newList(bob, 'Landing candidates');
    const ids = (await alice.data(SHORTLISTS)).shortlists.map((s: { id: string }) => s.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    const taken = await bob.error(CREATE, { input: { name: 'PARKS TO VISIT' } });
    expect(taken).toMatchObject({ code: 'CONFLICT', key: 'errors.shortlist.nameTaken' });
    expect((await bob.error(UPDATE, { input: { id: second.id, name: 'parks to visit' } })).code).toBe(
      'CONFLICT',
    );
    // Another organisation may use the same name.
    expect((await newList(carol, 'Parks to visit')).name).toBe('Parks to visit');
  });

  it('does not show another organisation that a list exists, nor let it touch one', async () => {
    const list = await newList(alice, 'Confidential pipeline');
    const item = (await alice.data(ADD, { input: { shortlistId: list.id, projectId: projects['bio']?.id } }))
      .addToShortlist;
    const { shortlists } = await carol.data(SHORTLISTS);
    expect(shortlists.map((s: { id: string }) => s.id)).not.toContain(list.id);
    for (const [query, variables] of [
      [SHORTLIST, { id: list.id }],
      [UPDATE, { input: { id: list.id, name: 'Mine now' } }],
      [DELETE, { id: list.id }],
      [ADD, { input: { shortlistId: list.id, projectId: projects['arm']?.id } }],
      [UPDATE_ITEM, { input: { itemId: item.id, note: 'x' } }],
      [REMOVE, { itemId: item.id }],
    ] as const) {
      expect(await carol.error(query, variables)).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await carol.data(ENTRIES, { projectId: projects['bio']?.id })).shortlistEntries).toEqual([]);
    for (const format of ['csv', 'xlsx']) {
      const res = await download(carol, `/shortlists/${list.id}/export.${format}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await alice.data(SHORTLIST, { id: list.id })).shortlist.itemCount).toBe(1);
  });

  it('refuses visitors, start-ups, organizers and unverified investors', async () => {
    const list = await newList(alice, 'Not for everyone');
    const organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
    const unverified = (await sut.signedIn({ kind: 'INVESTOR', verificationStatus: 'UNVERIFIED' })).client;
    expect((await sut.client().error(SHORTLISTS)).code).toBe('UNAUTHENTICATED');
    expect(await projects['agro']!.team.error(SHORTLISTS)).toMatchObject({
      code: 'FORBIDDEN',
      key: 'errors.identity.marketKindRequired',
    });
    expect((await organizer.error(SHORTLIST, { id: list.id })).code).toBe('FORBIDDEN');
    expect((await unverified.error(CREATE, { input: { name: 'x' } })).key).toBe(
      'errors.identity.notVerified',
    );
    expect((await download(null, `/shortlists/${list.id}/export.csv`)).status).toBe(401);
    expect((await download(organizer, `/shortlists/${list.id}/export.xlsx`)).status).toBe(403);
  });

  it('adds only projects the organisation may see: not drafts, hidden or unknown projects', async () => {
    const list = await newList(alice, 'Visible only');
    for (const projectId of [
      projects['draft']?.id,
      projects['quiet']?.id,
      '00000000-0000-4000-8000-000000000000',
    ]) {
      expect((await add(alice, list.id, projectId!)).errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        params: { entity: 'project' },
      });
    }
    expect((await alice.data(SHORTLIST, { id: list.id })).shortlist.itemCount).toBe(0);
  });

  it('adds a project once: a second add, even a concurrent one, is a CONFLICT', async () => {
    const list = await newList(alice, 'No duplicates');
    await alice.data(ADD, { input: { shortlistId: list.id, projectId: projects['agro']?.id } });
    expect(
      await bob.error(ADD, { input: { shortlistId: list.id, projectId: projects['agro']?.id } }),
    ).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.shortlist.duplicate',
    });
    const answers = await Promise.all([
      add(alice, list.id, projects['arm']!.id),
      add(bob, list.id, projects['arm']!.id),
    ]);
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions?.['key'])).toEqual([
      'errors.shortlist.duplicate',
    ]);
    expect((await alice.data(SHORTLIST, { id: list.id })).shortlist.itemCount).toBe(2);
  });

  it('explains invalid names, notes and tags field by field', async () => {
    const list = await newList(alice, 'Validation');
    const fields = async (query: string, input: Record<string, unknown>) =>
      (await alice.error(query, { input })).fields?.map((f) => [f.field, f.key]);
    expect(await fields(CREATE, { name: '   ', description: 'x'.repeat(2001) })).toEqual([
      ['name', 'validation.required'],
      ['description', 'validation.maxLength'],
    ]);
    expect(await fields(CREATE, { name: 'x'.repeat(121) })).toEqual([['name', 'validation.maxLength']]);
    const agro = projects['agro']!.id;
    expect(await fields(ADD, { shortlistId: list.id, projectId: agro, note: 'n'.repeat(4001) })).toEqual([
      ['note', 'validation.maxLength'],
    ]);
    const tooMany = Array.from({ length: 21 }, (_, i) => `tag${i}`);
    expect(await fields(ADD, { shortlistId: list.id, projectId: agro, tags: tooMany })).toEqual([
      ['tags', 'validation.maxItems'],
    ]);
    expect(
      await fields(ADD, { shortlistId: list.id, projectId: agro, tags: ['ok', 't'.repeat(41), ' '] }),
    ).toEqual([
      ['tags', 'validation.maxLength'],
      ['tags', 'validation.minLength'],
    ]);
    const item = (await alice.data(ADD, { input: { shortlistId: list.id, projectId: agro } })).addToShortlist;
    expect(await fields(UPDATE_ITEM, { itemId: item.id, note: 'n'.repeat(4001) })).toEqual([
      ['note', 'validation.maxLength'],
    ]);
    expect(
      (await alice.error(ADD, { input: { shortlistId: list.id, projectId: agro, rating: 5 } })).code,
    ).toBe('BAD_USER_INPUT');
  });

  it('keeps an item whose project is withdrawn, without the project but with its last title', async () => {
    const { client: team, projectId } = await submittedProject(sut, edition, 'AI', 'FarmBot');
    const list = await newList(alice, 'Watch list');
    await alice.data(ADD, { input: { shortlistId: list.id, projectId, note: 'Ask about the pilot' } });
    await team.data(UPDATE_PROJECT, { input: { projectId, title: { en: 'FarmBot Pro', ru: 'ФармБот' } } });
    const renamed = (await alice.data(SHORTLIST, { id: list.id })).shortlist.items[0];
    expect(renamed).toMatchObject({
      projectTitle: { en: 'FarmBot Pro', ru: 'ФармБот' },
      project: { id: projectId },
    });

    await team.data(WITHDRAW, { id: projectId });
    const { shortlist } = await bob.data(SHORTLIST, { id: list.id });
    expect(shortlist.itemCount).toBe(1);
    expect(shortlist.items[0]).toMatchObject({
      projectId,
      project: null,
      projectTitle: { en: 'FarmBot Pro', ru: 'ФармБот' },
      note: 'Ask about the pilot',
    });
    const csv = await (await download(bob, `/shortlists/${list.id}/export.csv`)).text();
    expect(csv).toContain('FarmBot Pro');
    // Removing and deleting still work; the list is gone for every member.
    expect((await bob.data(REMOVE, { itemId: shortlist.items[0].id })).removeFromShortlist).toBe(true);
    expect((await alice.data(DELETE, { id: list.id })).deleteShortlist).toBe(true);
    expect((await bob.error(SHORTLIST, { id: list.id })).code).toBe('NOT_FOUND');
    const audited: Array<{ action: string }> = await sut.dataSource.query(
      `SELECT action FROM audit_events WHERE entity_type = 'shortlist' AND entity_id = $1 ORDER BY id`,
      [list.id],
    );
    expect(audited.map((a) => a.action)).toEqual([
      'shortlist.created',
      'shortlist.itemAdded',
      'shortlist.exported',
      'shortlist.itemRemoved',
      'shortlist.deleted',
    ]);
  });

  describe('downloads', () => {
    let listId: string;

    beforeAll(async () => {
      listId = (await newList(alice, 'Export me')).id;
      await alice.data(ADD, {
        input: {
          shortlistId: listId,
          projectId: projects['agro']?.id,
          note: '=SUM(A1:A9) call back',
          tags: ['ai'],
        },
      });
      await bob.data(ADD, {
        input: { shortlistId: listId, projectId: projects['arm']?.id, note: 'Line one, "quoted"' },
      });
    });

    it('gives a CSV with a row per project, notes included and formulas neutralised', async () => {
      const res = await download(bob, `/shortlists/${listId}/export.csv?lang=en`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect(res.headers.get('content-disposition')).toContain('bridge-shortlist-Export-me.csv');
      const lines = (await res.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toContain(
        'Project,Field,Status,Award place,Score,Rank in field,TRL,Stage,Seeking,City',
      );
      expect(lines).toHaveLength(3);
      expect(lines[1]).toContain(`RoboArm,`);
      expect(lines[1]).toContain(`"Line one, ""quoted"""`);
      expect(lines[2]).toContain(`AgroVision,`);
      expect(lines[2]).toContain(`'=SUM(A1:A9) call back`);
      expect(lines[2]).toContain(`${sut.url}/projects/${projects['agro']?.id}`);
    });

    it('gives an XLSX in the language asked for, read back with exceljs', async () => {
      const res = await download(alice, `/shortlists/${listId}/export.xlsx?lang=ru`);
      expect(res.status).toBe(200);
      const workbook = new Workbook();
      await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      const sheet = workbook.worksheets[0]!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      expect(headers.slice(0, 3)).toEqual(['Проект', 'Направление', 'Статус']);
      const rows = [2, 3].map((n) =>
        Object.fromEntries(headers.map((h, i) => [h, (sheet.getRow(n).values as unknown[])[i + 1] ?? null])),
      );
      expect(rows).toEqual([
        expect.objectContaining({ Проект: 'RoboArm', Заметка: 'Line one, "quoted"', 'УГТ (TRL)': 5 }),
        expect.objectContaining({ Проект: 'AgroVision', Заметка: '=SUM(A1:A9) call back', Теги: 'ai' }),
      ]);
      expect(rows[1]?.['Кто добавил']).toBe(aliceName);
    });

    it('refuses an unknown language and audits every download', async () => {
      expect((await download(alice, `/shortlists/${listId}/export.csv?lang=de`)).status).toBe(400);
      const audited: Array<{ action: string; after: { format: string } }> = await sut.dataSource.query(
        `SELECT action, after FROM audit_events WHERE entity_type = 'shortlist' AND entity_id = $1 ORDER BY id`,
        [listId],
      );
      expect(audited.map((a) => a.action)).toEqual([
        'shortlist.created',
        'shortlist.itemAdded',
        'shortlist.itemAdded',
        'shortlist.exported',
        'shortlist.exported',
      ]);
      expect(audited.slice(3).map((a) => a.after.format)).toEqual(['csv', 'xlsx']);
    });
  });
});
