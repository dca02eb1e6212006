import { decodeCursor, encodeCursor, toConnection } from './connection';

describe('cursor pagination', () => {
  it('round-trips a cursor', () => {
    const cursor = { createdAt: '2026-01-02T03:04:05.000Z', id: 'a1' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('refuses a forged cursor with a validation error', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow('errors.validation');
    expect(() => decodeCursor(Buffer.from('["yesterday","x"]').toString('base64url'))).toThrow(
      'errors.validation',
    );
  });

  it('says whether another page follows', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `r${n}`, createdAt: new Date(2026, 0, n) }));
    const sut = toConnection(rows, 2, 3, (r) => r.id);
    expect(sut.edges.map((e) => e.node)).toEqual(['r1', 'r2']);
    expect(sut.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(sut.pageInfo.endCursor)?.id).toBe('r2');
    expect(toConnection(rows, 5, 3, (r) => r.id).pageInfo.hasNextPage).toBe(false);
  });
});
