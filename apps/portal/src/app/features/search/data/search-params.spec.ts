import { isBucketSelected, toggleBucket } from './search-buckets';
import {
  EMPTY_SEARCH,
  SearchState,
  clearFilters,
  fromSearchInput,
  hasFilters,
  paramSource,
  parseSearchParams,
  searchInputToParams,
  toSearchInput,
  toSearchParams,
  toggleListValue,
} from './search-params';

const EDITION = '0b6f4a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const CITY = '0123456789abcdef';

function aSearch(overrides: Partial<SearchState> = {}): SearchState {
  return { ...EMPTY_SEARCH, ...overrides };
}

const parse = (params: Record<string, string | string[]>) => parseSearchParams(paramSource(params));

describe('search params', () => {
  it('reads back every filter it wrote (a shared link gives the same search)', () => {
    const state = aSearch({
      text: '机器人 robots',
      competitionIds: [EDITION],
      fieldCodes: ['AI', 'ROBOTICS'],
      statuses: ['FINALIST', 'AWARDED'],
      awardPlaces: [1, 3],
      trlMin: 4,
      trlMax: 7,
      stages: ['MVP'],
      seeking: ['INVESTMENT', 'LANDING'],
      fundingUsdMin: 100_000_00,
      fundingUsdMax: 499_999_99,
      scoreMin: 70,
      scoreMax: 89.99,
      cities: [CITY],
      sort: 'SCORE',
    });

    const sut = parse(toSearchParams(state));

    expect(sut).toEqual(state);
  });

  it('writes nothing for an empty search, and funding in dollars', () => {
    expect(toSearchParams(EMPTY_SEARCH)).toEqual({});
    expect(toSearchParams(aSearch({ fundingUsdMin: 500_000_00, fundingUsdMax: 999_999_99 }))).toEqual({
      fundingMin: '500000',
      fundingMax: '999999.99',
    });
  });

  it('ignores garbage instead of failing the whole search', () => {
    const sut = parse({
      q: '  drones  ',
      edition: ['not-a-uuid', EDITION],
      field: ['AI', 'lower case', "x'; DROP TABLE"],
      status: ['DRAFT', 'FINALIST', 'NOPE'],
      award: ['0', '2', 'two', '2'],
      trlMin: '12',
      trlMax: '3.5',
      stage: 'SPACESHIP',
      seeking: 'INVESTMENT,CUSTOMERS',
      fundingMin: '-5',
      scoreMax: '101',
      city: ['Harbin', CITY],
      sort: 'RANDOM',
      saved: '7',
    });

    expect(sut).toEqual(
      aSearch({
        text: 'drones',
        competitionIds: [EDITION],
        fieldCodes: ['AI'],
        statuses: ['FINALIST'],
        awardPlaces: [2],
        seeking: ['INVESTMENT', 'CUSTOMERS'],
        cities: [CITY],
      }),
    );
  });

  it('puts a range typed the wrong way round in order, and caps long text and lists', () => {
    const sut = parse({
      q: 'x'.repeat(500),
      trlMin: '8',
      trlMax: '2',
      field: Array.from({ length: 40 }, (_, i) => `F${i}`),
    });

    expect([sut.trlMin, sut.trlMax]).toEqual([2, 8]);
    expect(sut.text).toHaveLength(200);
    expect(sut.fieldCodes).toHaveLength(20);
  });

  it('maps to the API input without empty filters, page or cursor', () => {
    expect(toSearchInput(EMPTY_SEARCH)).toEqual({ sort: 'RELEVANCE' });
    expect(toSearchInput(aSearch({ text: ' ai ', fieldCodes: ['AI'], trlMin: 3, scoreMin: 0 }))).toEqual({
      sort: 'RELEVANCE',
      text: 'ai',
      fieldCodes: ['AI'],
      trlMin: 3,
      scoreMin: 0,
    });
  });

  it('turns a saved search input into the link that runs it again', () => {
    const saved = {
      text: 'food',
      fieldCodes: ['FOODTECH'],
      fundingUsdMin: 1_000_000_00,
      seeking: ['RD_PARTNER'],
      trlMax: 6,
      sort: 'NEWEST',
      first: 20,
      after: null,
    };

    expect(searchInputToParams(saved)).toEqual({
      q: 'food',
      field: ['FOODTECH'],
      seeking: ['RD_PARTNER'],
      trlMax: '6',
      fundingMin: '1000000',
      sort: 'NEWEST',
    });
    expect(toSearchInput(fromSearchInput(saved))).toEqual({
      text: 'food',
      fieldCodes: ['FOODTECH'],
      fundingUsdMin: 1_000_000_00,
      seeking: ['RD_PARTNER'],
      trlMax: 6,
      sort: 'NEWEST',
    });
  });

  it('toggles a facet value on and off', () => {
    const on = toggleListValue(aSearch({ fieldCodes: ['AI'] }), 'fieldCodes', 'ROBOTICS');
    const off = toggleListValue(on, 'fieldCodes', 'AI');

    expect(on.fieldCodes).toEqual(['AI', 'ROBOTICS']);
    expect(off.fieldCodes).toEqual(['ROBOTICS']);
    expect(hasFilters(off)).toBe(true);
    expect(hasFilters(clearFilters(aSearch({ text: 'ai', trlMin: 2, sort: 'SCORE' })))).toBe(false);
  });

  it('sets a funding or score range from a bucket and clears it when chosen again', () => {
    const sut = toggleBucket(EMPTY_SEARCH, 'FUNDING', '100K_500K');

    expect([sut.fundingUsdMin, sut.fundingUsdMax]).toEqual([100_000_00, 499_999_99]);
    expect(isBucketSelected(sut, 'FUNDING', '100K_500K')).toBe(true);
    expect(isBucketSelected(sut, 'FUNDING', '500K_1M')).toBe(false);
    expect(toggleBucket(sut, 'FUNDING', '100K_500K')).toEqual(EMPTY_SEARCH);
    expect(toggleBucket(EMPTY_SEARCH, 'SCORE', 'GTE_90')).toEqual(aSearch({ scoreMin: 90 }));
    expect(toggleBucket(EMPTY_SEARCH, 'TRL', '5')).toEqual(aSearch({ trlMin: 5, trlMax: 5 }));
    expect(toggleBucket(EMPTY_SEARCH, 'SCORE', 'BOGUS')).toEqual(EMPTY_SEARCH);
  });
});
