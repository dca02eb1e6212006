import { SearchInput } from '../search/dtos/search.input';
import { creatorAudience, storedInput } from './saved-search-matcher';

function input(values: Partial<SearchInput>): SearchInput {
  return Object.assign(new SearchInput(), values);
}

describe('storedInput', () => {
  it('keeps the search but not its page (first, after) nor empty values', () => {
    const sut = storedInput(
      input({
        text: 'robots',
        trlMin: 4,
        fieldCodes: ['AI'],
        stages: [],
        cities: null,
        first: 50,
        after: 'abc',
      }),
    );

    expect(sut).toEqual({ text: 'robots', trlMin: 4, fieldCodes: ['AI'], sort: 'RELEVANCE' });
  });
});

describe('creatorAudience', () => {
  it('searches as the market for a member of a verified investor, park or R&D partner', () => {
    for (const kind of ['INVESTOR', 'SCIENCE_PARK', 'RD_PARTNER'] as const)
      expect(creatorAudience({ role: 'MEMBER', kind, verificationStatus: 'VERIFIED' })).toBe('MARKET');
  });

  it('falls back to the public audience once the organisation is no longer verified', () => {
    expect(creatorAudience({ role: 'OWNER', kind: 'INVESTOR', verificationStatus: 'UNVERIFIED' })).toBe(
      'PUBLIC',
    );
  });

  it('has none when the creator left the organisation', () => {
    expect(creatorAudience(null)).toBeNull();
  });
});
