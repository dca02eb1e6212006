import { analyzeQuery } from '../query/query-analyzer';
import type { SearchQuery } from '../search.types';
import { countsStatement, hitsStatement } from './postgres-search.sql';

const HOSTILE = `'); DROP TABLE projects; -- "x" $1 \\`;

const aQuery = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  audience: 'MARKET',
  text: analyzeQuery(`robots ${HOSTILE} 机器人`),
  filters: {
    competitionIds: ['00000000-0000-4000-8000-000000000001'],
    fieldCodes: [HOSTILE],
    statuses: ['FINALIST'],
    trl: { min: 3, max: 7 },
    seeking: ['INVESTMENT'],
    fundingUsdMinor: { min: 0 },
    score: { max: 90 },
    cityKeys: [HOSTILE],
  },
  sort: 'RELEVANCE',
  first: 20,
  after: null,
  facets: true,
  ...overrides,
});

describe('PostgreSQL search SQL', () => {
  it('keeps every value of the request in parameters, none in the SQL text', () => {
    const typos = { typos: new Map([[0, ['00000000-0000-4000-8000-0000000000aa']]]) };
    for (const sut of [
      hitsStatement(aQuery(), null, typos),
      hitsStatement(aQuery({ sort: 'SCORE' }), [1, 'x', 'y'], typos),
      countsStatement(aQuery(), typos),
      countsStatement(aQuery({ facets: false }), typos),
    ]) {
      expect(sut.text).not.toContain('DROP');
      expect(sut.text).not.toContain('robots');
      expect(sut.text).not.toContain('机器');
      expect(sut.text).not.toContain('00000000-0000');
      expect(sut.params).toEqual(expect.arrayContaining([expect.stringContaining('drop')]));
      const highest = Math.max(...[...sut.text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
      expect(highest).toBe(sut.params.length);
    }
  });

  const typosOf = { typos: new Map([[0, ['00000000-0000-4000-8000-0000000000aa']]]) };

  it('reads the audience’s own vector and values', () => {
    const market = hitsStatement(aQuery(), null, { typos: null }).text;
    expect(market).toContain('d.market_document @@');
    expect(market).toContain('d.visible_market');
    expect(market).toContain('d.m_score');
    const visitor = hitsStatement(aQuery({ audience: 'PUBLIC' }), null, { typos: null }).text;
    expect(visitor).toContain('d.public_document @@');
    expect(visitor).not.toMatch(/d\.(m_)?score\b|d\.trl|d\.document/);
    expect(visitor).not.toContain('d.project_id = ANY(');
    expect(hitsStatement(aQuery({ audience: 'PUBLIC' }), null, typosOf).text).toContain(
      'd.project_id = ANY($',
    );
  });

  it('pages with a keyset after the cursor keys', () => {
    const sut = hitsStatement(aQuery({ sort: 'NEWEST', text: null }), ['2024-01-01T00:00:00.000000Z', 'id'], {
      typos: null,
    });
    expect(sut.text).toContain('(d.project_created_at, d.project_id) < (');
    expect(sut.text).toMatch(/ORDER BY d\.project_created_at DESC, d\.project_id DESC/);
  });

  it('counts facets disjunctively in one scan: a count per filter, each without its own filter', () => {
    const sut = countsStatement(aQuery(), { typos: null }).text;
    expect(sut.match(/FROM project_search_documents/g)).toHaveLength(1);
    expect(sut).toContain(
      'GROUPING SETS ((status, award, trl, stage), (funding, score, seeking), (edition, field), (city))',
    );
    expect(sut).toContain(
      'count(*) FILTER (WHERE f_edition AND f_field AND f_status AND f_trl AND f_seeking AND f_funding AND f_score AND f_city)::int AS n,',
    );
    expect(sut).toContain(
      'count(*) FILTER (WHERE f_edition AND f_status AND f_trl AND f_seeking AND f_funding AND f_score AND f_city)::int AS n_field',
    );
  });
});
