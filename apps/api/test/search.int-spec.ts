import { waitFor } from './support/wait-for';
import { DataSource } from 'typeorm';
import { SearchDocumentBuilder } from '../src/search/document/search-document.builder';
import { SearchOutbox } from '../src/search/outbox/search-outbox';
import { SearchOutboxWorker } from '../src/search/outbox/search-outbox.worker';
import { SearchEngines } from '../src/search/search-engines';
import { ADVANCE, Edition, createEdition, submittedProject } from './support/edition';
import { GraphQLClient } from './support/graphql-client';
import { MemorySearchPort } from './support/memory-search-port';
import {
  createProject,
  deleteProject,
  insertStartups,
  updateProject,
  visibleInDatabase,
} from './support/search-world';
import { Hit, SEARCH } from './support/search-queries';
import { TestApp } from './support/test-app';

describe('search: outbox, engines and the GraphQL API', () => {
  let sut: TestApp;
  let dataSource: DataSource;
  let engines: SearchEngines;
  let worker: SearchOutboxWorker;
  let organizer: GraphQLClient;
  let investor: GraphQLClient;
  let visitor: GraphQLClient;
  let edition: Edition;

  const searchAs = async (client: GraphQLClient, input: Record<string, unknown> = {}) =>
    (await client.data(SEARCH, { input: { first: 50, ...input } })).search;
  const hitIds = (result: { hits: Hit[] }) => result.hits.map((h) => h.projectId).sort();
  const indexedIds = async () =>
    (await dataSource.query('SELECT project_id FROM project_search_documents ORDER BY project_id')).map(
      (r: { project_id: string }) => r.project_id,
    );
  const pending = async () => (await worker.backlog()).pending;

  beforeAll(async () => {
    sut = await TestApp.start();
    dataSource = sut.dataSource;
    engines = sut.bridge.app.get(SearchEngines);
    worker = sut.bridge.app.get(SearchOutboxWorker);
    worker.configure({ intervalMs: 50, retryBaseMs: 20, retryMaxMs: 200 });
    organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
    investor = (await sut.signedIn({ kind: 'INVESTOR' })).client;
    visitor = sut.client();
    edition = await createEdition(organizer);
    await organizer.data(ADVANCE, { id: edition.id, from: 'SETUP' });
  });
  afterAll(() => sut?.close());

  it('keeps the index equal to the database after a burst of writes, some while the engine fails', async () => {
    const external = new MemorySearchPort();
    engines.useExternal(external);
    const startups = await insertStartups(dataSource.manager, 30);
    const ids: string[] = [];
    const field = edition.fields['AI'];
    for (const [i, organizationId] of startups.slice(0, 12).entries()) {
      ids.push(
        await createProject(sut.dataSource, organizationId, {
          competitionId: edition.id,
          fieldId: field,
          consent: i % 3 !== 0,
        }),
      );
    }
    external.failing = true;
    for (const organizationId of startups.slice(12, 24)) {
      ids.push(
        await createProject(dataSource, organizationId, {
          competitionId: edition.id,
          fieldId: field,
          status: 'DRAFT',
        }),
      );
    }
    for (const id of ids.slice(0, 6))
      await updateProject(dataSource, id, { title: { en: `Renamed ${id.slice(0, 6)}` } });
    for (const id of ids.slice(12, 16)) await updateProject(dataSource, id, { status: 'SUBMITTED' });
    for (const id of ids.slice(6, 8)) await updateProject(dataSource, id, { status: 'WITHDRAWN' });
    for (const id of ids.slice(8, 11)) await deleteProject(dataSource, id);
    await waitFor(async () => external.failures > 3);

    // While the engine is down, writes commit, searches answer from PostgreSQL and say so.
    const degraded = await searchAs(organizer, { text: 'renamed' });
    expect(degraded.degraded).toBe(true);
    expect(degraded.engine).toBe('postgres');
    const failing = await dataSource.query(
      'SELECT attempts, last_error FROM search_outbox WHERE attempts > 0 LIMIT 1',
    );
    expect(failing[0]?.last_error).toContain('unreachable');

    external.failing = false;
    for (const organizationId of startups.slice(24)) {
      ids.push(
        await createProject(dataSource, organizationId, { competitionId: edition.id, fieldId: field }),
      );
    }
    await waitFor(async () => (await pending()) === 0);

    const expected = (await visibleInDatabase(dataSource)).ORGANIZER;
    expect([...external.docs.keys()].sort()).toEqual(expected);
    expect(await indexedIds()).toEqual(expected);
    for (const id of ids.slice(0, 6))
      expect(external.docs.get(id)?.title.en).toBe(`Renamed ${id.slice(0, 6)}`);
    engines.useExternal(null);
  });

  it('indexes what the API writers change: a submitted project becomes findable, a withdrawn one is marked', async () => {
    const title = `Borscht fermentation lab ${Date.now()}`;
    const { client, projectId } = await submittedProject(sut, edition, 'BIOTECH', title);
    await waitFor(async () => (await pending()) === 0 && (await indexedIds()).includes(projectId));
    const found = await searchAs(organizer, { text: title, competitionIds: [edition.id] });
    expect(hitIds(found)).toEqual([projectId]);
    expect(found.hits[0].status).toBe('SUBMITTED');

    await client.data(
      /* GraphQL */ `
        mutation Withdraw($id: ID!) {
          withdrawProject(projectId: $id) {
            id
          }
        }
      `,
      { id: projectId },
    );
    await waitFor(async () => {
      const after = await searchAs(organizer, { text: title, competitionIds: [edition.id] });
      return after.hits[0]?.status === 'WITHDRAWN';
    });
    // The market never finds a withdrawn project.
    expect(hitIds(await searchAs(investor, { text: title, competitionIds: [edition.id] }))).toEqual([]);
  });

  it('lets two workers drain one outbox without losing or doubling work', async () => {
    const startups = await insertStartups(dataSource.manager, 40);
    await worker.stop();
    const ids: string[] = [];
    for (const organizationId of startups) {
      ids.push(
        await createProject(dataSource, organizationId, {
          competitionId: edition.id,
          fieldId: edition.fields['ROBOTICS'],
        }),
      );
    }
    for (const id of ids.slice(0, 20))
      await updateProject(dataSource, id, { summary: { en: 'Updated twice' } });
    const second = new SearchOutboxWorker(dataSource, engines, sut.bridge.app.get(SearchDocumentBuilder));
    second.configure({ batchSize: 7 });
    worker.configure({ batchSize: 5 });
    const [a, b] = await Promise.all([worker.drain(), second.drain()]);
    // Rows of a project the other worker held are left for a later pass, never done twice.
    const rest = await worker.drain();
    expect(a.failed + b.failed + rest.failed).toBe(0);
    expect(a.done + b.done + rest.done).toBe(60);
    expect(await pending()).toBe(0);
    expect(await indexedIds()).toEqual((await visibleInDatabase(dataSource)).ORGANIZER);
    worker.configure({ batchSize: 100 });
    worker.start();
  });

  it('sweeps up changes no writer enqueued, and fills an empty external index', async () => {
    const [a, b] = await insertStartups(dataSource.manager, 2);
    const renamed = await createProject(dataSource, a, {
      competitionId: edition.id,
      fieldId: edition.fields['AI'],
    });
    const deleted = await createProject(dataSource, b, {
      competitionId: edition.id,
      fieldId: edition.fields['AI'],
    });
    await waitFor(async () => (await pending()) === 0);
    // A raw fix and a delete without the outbox (as a cascade would do).
    await dataSource.query(
      `UPDATE projects SET title = '{"en":"Swept title"}'::jsonb, updated_at = now() WHERE id = $1`,
      [renamed],
    );
    await dataSource.query('DELETE FROM projects WHERE id = $1', [deleted]);
    expect(await worker.sweep()).toBe(2);
    await waitFor(async () => (await pending()) === 0);
    const [doc] = await dataSource.query('SELECT title FROM project_search_documents WHERE project_id = $1', [
      renamed,
    ]);
    expect(doc.title).toEqual({ en: 'Swept title' });
    expect(await indexedIds()).toEqual((await visibleInDatabase(dataSource)).ORGANIZER);
    expect(await worker.sweep()).toBe(0);

    const external = new MemorySearchPort();
    engines.useExternal(external);
    try {
      expect(await worker.backfillExternal()).toBe((await indexedIds()).length);
      await waitFor(async () => (await pending()) === 0);
      expect([...external.docs.keys()].sort()).toEqual(await indexedIds());
    } finally {
      engines.useExternal(null);
    }
  });

  describe('as visitors, investors and organizers', () => {
    let published: Edition;
    const projects: Record<string, string> = {};

    beforeAll(async () => {
      published = await createEdition(organizer);
      await organizer.data(ADVANCE, { id: published.id, from: 'SETUP' });
      const [a, b, c, d, e] = await insertStartups(dataSource.manager, 5);
      const robotics = published.fields['ROBOTICS'];
      projects['finalist'] = await createProject(dataSource, a, {
        competitionId: published.id,
        fieldId: robotics,
        status: 'FINALIST',
        title: { ru: 'Робототехника для теплиц' },
        summary: { ru: '<b>Проекты</b> роботов' },
        score: 81.5,
        trl: 7,
      });
      projects['awardedNoConsent'] = await createProject(dataSource, b, {
        competitionId: published.id,
        fieldId: robotics,
        status: 'AWARDED',
        consent: false,
        title: { zh: '机器人采摘', en: 'Picking robot' },
        score: 90,
        awardPlace: 1,
      });
      projects['notSelected'] = await createProject(dataSource, c, {
        competitionId: published.id,
        fieldId: robotics,
        status: 'NOT_SELECTED',
        title: { en: 'Robot sorter' },
        score: 40,
      });
      projects['withdrawn'] = await createProject(dataSource, d, {
        competitionId: published.id,
        fieldId: robotics,
        status: 'WITHDRAWN',
        title: { en: 'Robot withdrawn' },
      });
      projects['draft'] = await createProject(dataSource, e, {
        competitionId: published.id,
        fieldId: robotics,
        status: 'DRAFT',
        title: { en: 'Robot draft' },
      });
      // Publication: the edition's flags change what everyone sees, so every project is enqueued.
      await dataSource.transaction(async (manager) => {
        await manager.query(
          'UPDATE competitions SET finalists_published_at = now(), awards_published_at = now() WHERE id = $1',
          [published.id],
        );
        await SearchOutbox.enqueueCompetition(manager, published.id);
      });
      await waitFor(async () => (await pending()) === 0);
    });

    const inEdition = (input: Record<string, unknown> = {}) => ({ competitionIds: [published.id], ...input });

    it('shows visitors the published finalists, with the award and no score', async () => {
      const result = await searchAs(visitor, inEdition());
      expect(hitIds(result)).toEqual([projects['finalist'], projects['awardedNoConsent']].sort());
      expect(result.hits.every((h: Hit) => h.score === null && h.trl === null)).toBe(true);
      expect(
        result.hits.find((h: Hit & { awardPlace: number }) => h.projectId === projects['awardedNoConsent'])
          .awardPlace,
      ).toBe(1);
      const status = result.facets.find((f: { name: string }) => f.name === 'STATUS');
      expect(status.values.map((v: { value: string }) => v.value).sort()).toEqual(['AWARDED', 'FINALIST']);
    });

    it('shows a verified investor consenting projects with scores, and the non-consenting finalist as a card', async () => {
      const result = await searchAs(investor, inEdition({ sort: 'SCORE' }));
      expect(hitIds(result)).toEqual(
        [projects['finalist'], projects['awardedNoConsent'], projects['notSelected']].sort(),
      );
      const byId = Object.fromEntries(result.hits.map((h: Hit) => [h.projectId, h]));
      expect(byId[projects['finalist']]).toMatchObject({ score: 81.5, trl: 7 });
      expect(byId[projects['awardedNoConsent']]).toMatchObject({ score: null, trl: null });
      expect(result.hits.map((h: Hit) => h.projectId)).toEqual([
        projects['finalist'],
        projects['notSelected'],
        projects['awardedNoConsent'],
      ]);
    });

    it('shows organizers everything but drafts', async () => {
      const result = await searchAs(organizer, inEdition());
      expect(hitIds(result)).toEqual(
        [
          projects['finalist'],
          projects['awardedNoConsent'],
          projects['notSelected'],
          projects['withdrawn'],
        ].sort(),
      );
      const unverified = (await sut.signedIn({ kind: 'INVESTOR', verificationStatus: 'UNVERIFIED' })).client;
      expect(hitIds(await searchAs(unverified, inEdition()))).toEqual(
        hitIds(await searchAs(visitor, inEdition())),
      );
    });

    it('answers a Chinese query with a Russian-only project, highlighted in the shown language', async () => {
      const result = await searchAs(visitor, inEdition({ text: '机器人', language: 'ZH_CN' }));
      expect(hitIds(result)).toEqual([projects['finalist'], projects['awardedNoConsent']].sort());
      const russian = result.hits.find((h: Hit) => h.projectId === projects['finalist']);
      expect(russian).toMatchObject({ language: 'ru', fallback: true });
      expect(russian.title).toEqual([
        { text: 'Робототехника', highlighted: true },
        { text: ' для теплиц', highlighted: false },
      ]);
      const proekty = await searchAs(visitor, inEdition({ text: 'проектов' }));
      expect(proekty.hits[0].summary).toEqual([
        { text: '<b>', highlighted: false },
        { text: 'Проекты', highlighted: true },
        { text: '</b> роботов', highlighted: false },
      ]);
    });

    it('returns facets with labels and selections, and pages with a cursor', async () => {
      const result = await searchAs(organizer, inEdition({ fieldCodes: ['ROBOTICS'], first: 2 }));
      expect(result.total).toBe(4);
      expect(result.hits).toHaveLength(2);
      const field = result.facets.find((f: { name: string }) => f.name === 'FIELD');
      expect(field.values).toEqual([
        { value: 'ROBOTICS', count: 4, selected: true, label: { en: 'Robotics' } },
      ]);
      const editionFacet = result.facets.find((f: { name: string }) => f.name === 'EDITION');
      expect(editionFacet.values[0].label.en).toContain('Test edition');
      const next = await searchAs(
        organizer,
        inEdition({ fieldCodes: ['ROBOTICS'], first: 2, after: result.nextCursor }),
      );
      expect(next.nextCursor).toBeNull();
      expect(new Set([...hitIds(result), ...hitIds(next)]).size).toBe(4);
    });

    it('refuses bad input with field errors', async () => {
      const long = await visitor.error(SEARCH, { input: { text: 'x'.repeat(201) } });
      expect(long.code).toBe('BAD_USER_INPUT');
      expect((await visitor.error(SEARCH, { input: { first: 51 } })).code).toBe('BAD_USER_INPUT');
      const range = await visitor.error(SEARCH, { input: { trlMin: 8, trlMax: 2 } });
      expect(range.fields).toEqual([
        { field: 'trlMax', key: 'validation.range', params: { min: 8, max: 2 } },
      ]);
      const cursor = await visitor.error(SEARCH, { input: { after: 'bm90IGEgY3Vyc29y' } });
      expect(cursor.fields).toEqual([{ field: 'after', key: 'validation.invalid' }]);
      expect((await visitor.error(SEARCH, { input: { statuses: ['DRAFT'] } })).code).toBe('BAD_USER_INPUT');
      expect((await visitor.error(SEARCH, { input: { audience: 'ORGANIZER' } })).code).toBe('BAD_USER_INPUT');
    });

    it('answers from PostgreSQL, flagged degraded, while the external engine is down', async () => {
      const external = new MemorySearchPort();
      external.failing = true;
      engines.useExternal(external);
      try {
        const result = await searchAs(investor, inEdition({ text: 'robot' }));
        expect(result).toMatchObject({ degraded: true, engine: 'postgres' });
        expect(hitIds(result)).toEqual(
          [projects['finalist'], projects['awardedNoConsent'], projects['notSelected']].sort(),
        );
      } finally {
        engines.useExternal(null);
      }
      expect((await searchAs(investor, inEdition({ text: 'robot' }))).degraded).toBe(false);
    });
  });
});
