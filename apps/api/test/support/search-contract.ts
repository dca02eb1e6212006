import { analyzeQuery } from '../../src/search/query/query-analyzer';
import {
  FacetName,
  InvalidCursorError,
  SearchAudience,
  SearchPort,
  SearchQuery,
  SearchResult,
  SearchSort,
} from '../../src/search/search.types';
import { cityKey } from '../../src/search/audience';
import { EDITION_OPEN, EDITION_PUBLISHED, searchFixtures } from './search-fixtures';

export interface ContractEngine {
  port: SearchPort;
  close(): Promise<void>;
}

/**
 * The behaviour every SearchPort adapter must have, run against each engine: `start` gives an empty
 * index of the engine under test. The same documents, the same queries, the same expectations.
 */
export interface ContractOptions {
  /** Equal text relevance ranks by the visible score (PostgreSQL; Meilisearch ranks by text only). */
  relevanceThenScore?: boolean;
}

export function searchContract(
  label: string,
  start: () => Promise<ContractEngine>,
  options: ContractOptions = {},
): void {
  describe(`SearchPort contract on ${label}`, () => {
    let engine: ContractEngine;
    let sut: SearchPort;
    const fixtures = searchFixtures();
    const { docs, fillers, draft } = fixtures;

    beforeAll(async () => {
      engine = await start();
      sut = engine.port;
      await sut.init();
      await sut.clear();
      await sut.upsert([...fixtures.all, draft]);
    });
    afterAll(() => engine?.close());

    const search = (audience: SearchAudience, text: string | null, extra: Partial<SearchQuery> = {}) =>
      sut.search({
        audience,
        text: text ? analyzeQuery(text) : null,
        filters: {},
        sort: 'RELEVANCE',
        first: 50,
        after: null,
        facets: false,
        ...extra,
      });
    const ids = (result: SearchResult) => result.hits.map((h) => h.projectId).sort();
    const idsOf = (...list: Array<{ projectId: string }>) => list.map((d) => d.projectId).sort();
    const facet = (result: SearchResult, name: FacetName) =>
      Object.fromEntries((result.facets?.[name] ?? []).map((v) => [v.value, v.count]));

    describe('visibility', () => {
      const marketVisible = [
        docs.ruRobots,
        docs.zhFood,
        docs.agroVision,
        docs.zhRobots,
        docs.submitted,
        docs.notSelected,
        docs.quantumTitle,
        docs.quantumSummary,
        docs.quantumDescription,
        ...fillers,
      ];
      const publicVisible = [
        docs.ruRobots,
        docs.zhFood,
        docs.agroVision,
        docs.zhRobots,
        docs.quantumTitle,
        docs.quantumSummary,
        docs.quantumDescription,
      ];

      it('shows organizers every project but drafts', async () => {
        const result = await search('ORGANIZER', null);
        expect(ids(result)).toEqual(idsOf(...fixtures.all));
        expect(result.total).toBe(fixtures.all.length);
      });

      it('shows the market consenting projects and published finalists, never withdrawn or non-consenting ones', async () => {
        const result = await search('MARKET', null, { facets: true });
        expect(ids(result)).toEqual(idsOf(...marketVisible));
        expect(result.total).toBe(marketVisible.length);
        expect(facet(result, 'STATUS')).toEqual({ SUBMITTED: 26, FINALIST: 6, AWARDED: 1, NOT_SELECTED: 1 });
      });

      it('shows visitors the published finalists only, and counts nothing else', async () => {
        const result = await search('PUBLIC', null, { facets: true });
        expect(ids(result)).toEqual(idsOf(...publicVisible));
        expect(facet(result, 'STATUS')).toEqual({ FINALIST: 6, AWARDED: 1 });
        expect(facet(result, 'EDITION')).toEqual({ [EDITION_PUBLISHED]: 7 });
        expect(facet(result, 'TRL')).toEqual({});
        expect(facet(result, 'SCORE')).toEqual({});
      });

      it('never shows a draft, a withdrawn or a non-consenting project to anyone but organizers', async () => {
        for (const audience of ['ORGANIZER', 'MARKET', 'PUBLIC'] as const) {
          const result = await search(audience, 'secret', { facets: true });
          expect(ids(result)).not.toContain(draft.projectId);
          expect(result.hits.map((h) => h.projectId)).toEqual(
            audience === 'ORGANIZER' ? [docs.secret.projectId] : [],
          );
          expect(result.total).toBe(audience === 'ORGANIZER' ? 1 : 0);
        }
        expect(ids(await search('MARKET', 'withdrawn fleet'))).toEqual([]);
        expect(ids(await search('ORGANIZER', 'withdrawn fleet'))).toEqual(idsOf(docs.withdrawn));
      });

      it('gives scores and the full profile only where allowed', async () => {
        const market = await search('MARKET', null);
        const hit = (id: string) => market.hits.find((h) => h.projectId === id);
        expect(hit(docs.ruRobots.projectId)).toMatchObject({
          score: 88,
          rankInField: 1,
          trl: 7,
          stage: 'GROWTH',
        });
        expect(hit(docs.agroVision.projectId)).toMatchObject({
          score: null,
          trl: null,
          stage: null,
          seeking: null,
        });
        const visitor = await search('PUBLIC', null);
        expect(
          visitor.hits.every((h) => h.score === null && h.trl === null && h.fundingUsdMinor === null),
        ).toBe(true);
        expect(visitor.hits.find((h) => h.projectId === docs.zhFood.projectId)?.awardPlace).toBe(1);
      });

      it('lets visitors search the public card only, not the description', async () => {
        expect(ids(await search('PUBLIC', 'quantum'))).toEqual(idsOf(docs.quantumTitle, docs.quantumSummary));
        expect(ids(await search('MARKET', 'quantum'))).toEqual(
          idsOf(docs.quantumTitle, docs.quantumSummary, docs.quantumDescription),
        );
      });
    });

    describe('text', () => {
      it.each(['проект', 'проекты', 'проектов'])('stems Russian: %s', async (word) => {
        expect(ids(await search('MARKET', word))).toEqual(idsOf(docs.ruRobots, docs.notSelected));
      });

      it('stems English: robot finds robots, robots finds robot', async () => {
        expect(ids(await search('MARKET', 'robots'))).toEqual(
          expect.arrayContaining(idsOf(docs.submitted, docs.agroVision)),
        );
        expect(ids(await search('MARKET', 'robot'))).toEqual(
          expect.arrayContaining(idsOf(docs.submitted, docs.agroVision)),
        );
      });

      it('finds longer Chinese compounds from two characters', async () => {
        expect(ids(await search('PUBLIC', '机器'))).toEqual(expect.arrayContaining(idsOf(docs.zhRobots)));
        expect(ids(await search('PUBLIC', '食品'))).toEqual(idsOf(docs.zhFood));
      });

      it('tolerates typos in Latin and Cyrillic names', async () => {
        expect(ids(await search('ORGANIZER', 'AgroVison'))).toEqual(idsOf(docs.agroVision));
        expect(ids(await search('ORGANIZER', 'Нейросканр'))).toEqual(idsOf(docs.notSelected));
      });

      it('finds a project written only in Russian from a Chinese or English query', async () => {
        expect(ids(await search('MARKET', '机器人'))).toContain(docs.ruRobots.projectId);
        expect(ids(await search('MARKET', 'robotics'))).toContain(docs.ruRobots.projectId);
        expect(ids(await search('MARKET', 'искусственный интеллект'))).toContain(docs.zhFood.projectId);
      });

      it('ranks a title match over a summary match over a description match', async () => {
        const result = await search('MARKET', 'quantum');
        expect(result.hits.map((h) => h.projectId)).toEqual(
          [docs.quantumTitle, docs.quantumSummary, docs.quantumDescription].map((d) => d.projectId),
        );
      });
    });

    if (options.relevanceThenScore) {
      it('ranks equal text matches by score', async () => {
        const result = await search('MARKET', 'kit');
        expect(result.hits.map((h) => h.projectId)).toEqual([
          docs.quantumDescription.projectId,
          docs.quantumSummary.projectId,
        ]);
      });
    }

    describe('filters and facets', () => {
      const cases: Array<[string, Partial<SearchQuery['filters']>, Array<{ projectId: string }>]> = [
        ['edition', { competitionIds: [EDITION_OPEN] }, [docs.submitted, docs.secret, ...fillers]],
        ['field', { fieldCodes: ['BIOTECH'] }, [docs.zhFood, docs.notSelected]],
        ['status', { statuses: ['AWARDED', 'NOT_SELECTED'] }, [docs.zhFood, docs.notSelected]],
        ['award', { awardPlaces: [1] }, [docs.zhFood]],
        ['TRL range', { trl: { min: 6, max: 7 } }, [docs.ruRobots, docs.zhFood]],
        ['stage', { stages: ['GROWTH', 'IDEA'] }, [docs.ruRobots, docs.submitted]],
        ['seeking', { seeking: ['LANDING', 'CUSTOMERS'] }, [docs.ruRobots, docs.zhFood]],
        [
          'funding range',
          { fundingUsdMinor: { min: 200_000_00, max: 3_000_000_00 } },
          [docs.ruRobots, docs.zhFood],
        ],
        [
          'score range',
          { score: { min: 90 } },
          [docs.zhFood, docs.quantumSummary, docs.quantumDescription, docs.withdrawn],
        ],
        [
          'city',
          { cityKeys: [cityKey('Tomsk') as string, cityKey('moscow') as string] },
          [docs.zhRobots, docs.zhFood],
        ],
      ];

      it.each(cases)('filters by %s', async (_name, filters, expected) => {
        expect(ids(await search('ORGANIZER', null, { filters }))).toEqual(idsOf(...expected));
      });

      it('filters the market by the scores and profile values it may see only', async () => {
        expect(ids(await search('MARKET', null, { filters: { score: { min: 70, max: 80 } } }))).toEqual(
          idsOf(docs.zhRobots),
        );
        expect(ids(await search('MARKET', null, { filters: { trl: { max: 4 } } }))).toEqual(
          idsOf(docs.submitted, docs.notSelected),
        );
        expect(ids(await search('PUBLIC', null, { filters: { trl: { min: 1 } } }))).toEqual([]);
        expect(ids(await search('PUBLIC', null, { filters: { score: { min: 0 } } }))).toEqual([]);
      });

      it('combines filters with AND and values with OR', async () => {
        const result = await search('ORGANIZER', 'robots', {
          filters: { fieldCodes: ['AI', 'ROBOTICS'], trl: { min: 4 } },
        });
        expect(ids(result)).toEqual(
          idsOf(docs.agroVision, docs.ruRobots, docs.zhRobots, docs.withdrawn, docs.secret),
        );
      });

      it('counts every facet under the same visibility and filters, disjunctively for its own filter', async () => {
        const result = await search('ORGANIZER', null, {
          facets: true,
          filters: { fieldCodes: ['BIOTECH'] },
        });
        expect(result.total).toBe(2);
        expect(facet(result, 'FIELD')).toEqual({ AI: 30, ROBOTICS: 4, BIOTECH: 2 });
        expect(facet(result, 'STATUS')).toEqual({ AWARDED: 1, NOT_SELECTED: 1 });
        expect(facet(result, 'AWARD')).toEqual({ '1': 1 });
        expect(facet(result, 'TRL')).toEqual({ '2': 1, '6': 1 });
        expect(facet(result, 'STAGE')).toEqual({ EARLY_REVENUE: 1, MVP: 1 });
        expect(facet(result, 'SEEKING')).toEqual({ CUSTOMERS: 1, INVESTMENT: 1 });
        expect(facet(result, 'FUNDING')).toEqual({ LT_100K: 1, '100K_500K': 1 });
        expect(facet(result, 'SCORE')).toEqual({ '50_60': 1, GTE_90: 1 });
        expect(facet(result, 'CITY')).toEqual({
          [cityKey('Moscow') as string]: 1,
          [cityKey('Kazan') as string]: 1,
        });
        expect(facet(result, 'EDITION')).toEqual({ [EDITION_PUBLISHED]: 2 });
      });
    });

    describe('sorting and paging', () => {
      it('sorts by score (visible scores first, highest first) and by newest', async () => {
        const byScore = await search('MARKET', null, { sort: 'SCORE' });
        const scores = byScore.hits.map((h) => h.score);
        const scored = scores.filter((s): s is number => s !== null);
        expect(scored).toEqual([...scored].sort((a, b) => b - a));
        expect(scores.slice(0, scored.length).every((s) => s !== null)).toBe(true);
        const newest = await search('ORGANIZER', null, { sort: 'NEWEST' });
        const order = newest.hits.map(
          (h) => fixtures.all.find((d) => d.projectId === h.projectId)?.createdAt.getTime() ?? 0,
        );
        expect(order).toEqual([...order].sort((a, b) => b - a));
      });

      it.each<[SearchSort, string | null]>([
        ['RELEVANCE', 'pump'],
        ['SCORE', 'pump'],
        ['NEWEST', null],
        ['RELEVANCE', null],
      ])('pages through %s (%s) without duplicates or gaps', async (sort, text) => {
        const all = await search('ORGANIZER', text, { sort, first: 50 });
        const seen: string[] = [];
        let after: string | null = null;
        for (let page = 0; page < 20; page++) {
          const result: SearchResult = await search('ORGANIZER', text, { sort, first: 7, after });
          expect(result.total).toBe(all.total);
          seen.push(...result.hits.map((h) => h.projectId));
          after = result.nextCursor;
          if (!after) break;
        }
        expect(seen).toEqual(all.hits.map((h) => h.projectId));
        expect(new Set(seen).size).toBe(all.total);
      });

      it("refuses another search's cursor", async () => {
        const first = await search('ORGANIZER', 'pump', { first: 5 });
        await expect(search('MARKET', 'pump', { first: 5, after: first.nextCursor })).rejects.toBeInstanceOf(
          InvalidCursorError,
        );
      });
    });

    describe('writes', () => {
      it('replaces, removes and re-adds documents', async () => {
        const changed = { ...docs.quantumTitle, title: { en: 'Photonic sensors' } };
        await sut.upsert([changed]);
        expect(ids(await search('PUBLIC', 'quantum'))).toEqual(idsOf(docs.quantumSummary));
        await sut.remove([docs.quantumSummary.projectId]);
        expect(ids(await search('PUBLIC', 'quantum'))).toEqual([]);
        await sut.upsert([docs.quantumTitle, docs.quantumSummary]);
        expect(ids(await search('PUBLIC', 'quantum'))).toEqual(idsOf(docs.quantumTitle, docs.quantumSummary));
        await sut.upsert([{ ...docs.quantumTitle, status: 'DRAFT' }]);
        expect(ids(await search('ORGANIZER', 'quantum'))).not.toContain(docs.quantumTitle.projectId);
        await sut.upsert([docs.quantumTitle]);
      });

      it('reports its health', async () => {
        expect((await sut.health()).up).toBe(true);
      });
    });
  });
}
