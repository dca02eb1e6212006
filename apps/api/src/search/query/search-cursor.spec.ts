import { InvalidCursorError, SearchQuery } from '../search.types';
import {
  decodeKeysetCursor,
  decodeOffsetCursor,
  encodeKeysetCursor,
  encodeOffsetCursor,
  queryFingerprint,
} from './search-cursor';

const aQuery = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  audience: 'MARKET',
  text: null,
  filters: {},
  sort: 'RELEVANCE',
  first: 20,
  after: null,
  facets: false,
  ...overrides,
});

describe('search cursors', () => {
  it('round-trips keyset keys and offsets', () => {
    const sut = queryFingerprint(aQuery());
    const keys = [0.6079271, -1e9, '2024-01-01T00:00:00.123456Z', '8a1c…'];
    expect(
      decodeKeysetCursor(encodeKeysetCursor(sut, keys), sut, ['number', 'number', 'string', 'string']),
    ).toEqual(keys);
    expect(decodeOffsetCursor(encodeOffsetCursor(sut, 40), sut, 5000)).toBe(40);
  });

  it('fingerprints audience, filters and sort but not the page', () => {
    const base = queryFingerprint(aQuery());
    expect(queryFingerprint(aQuery({ first: 50, after: 'x', facets: true }))).toBe(base);
    expect(queryFingerprint(aQuery({ filters: { competitionIds: [] } }))).toBe(base);
    expect(queryFingerprint(aQuery({ audience: 'PUBLIC' }))).not.toBe(base);
    expect(queryFingerprint(aQuery({ sort: 'NEWEST' }))).not.toBe(base);
    expect(queryFingerprint(aQuery({ filters: { trl: { min: 3 } } }))).not.toBe(base);
  });

  it('refuses another query’s cursor, garbage and tampered keys', () => {
    const mine = queryFingerprint(aQuery());
    const other = queryFingerprint(aQuery({ sort: 'SCORE' }));
    const cursor = encodeKeysetCursor(mine, [1, 'a']);
    expect(() => decodeKeysetCursor(cursor, other, ['number', 'string'])).toThrow(InvalidCursorError);
    expect(() => decodeKeysetCursor('not base64 {', mine, ['number'])).toThrow(InvalidCursorError);
    expect(() => decodeKeysetCursor(cursor, mine, ['string', 'string'])).toThrow(InvalidCursorError);
    expect(() => decodeKeysetCursor(encodeKeysetCursor(mine, ['x'.repeat(100)]), mine, ['string'])).toThrow(
      InvalidCursorError,
    );
    expect(() => decodeOffsetCursor(encodeOffsetCursor(mine, 1e9), mine, 5000)).toThrow(InvalidCursorError);
    expect(() => decodeOffsetCursor(encodeOffsetCursor(mine, -1), mine, 5000)).toThrow(InvalidCursorError);
  });
});
