import { createHash } from 'crypto';
import { InvalidCursorError, SearchQuery } from '../search.types';

/**
 * Opaque search cursors: base64url of `{ v, f, k | o }`, where `f` fingerprints the query (audience,
 * text, filters, sort) so a cursor only continues the search it came from, `k` holds the sort keys
 * of the last hit (keyset pagination, stable while documents change) and `o` an offset (engines
 * that only page by offset).
 */
export type CursorKey = string | number | null;

interface CursorPayload {
  v: 1;
  f: string;
  k?: CursorKey[];
  o?: number;
}

/** What identifies a search for paging: everything but the page size and position. */
export function queryFingerprint(query: Pick<SearchQuery, 'audience' | 'text' | 'filters' | 'sort'>): string {
  const filters = Object.entries(query.filters)
    .filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))
    .sort(([a], [b]) => a.localeCompare(b));
  const material = JSON.stringify([query.audience, query.text?.normalized ?? '', query.sort, filters]);
  return createHash('sha256').update(material).digest('base64url').slice(0, 12);
}

export function encodeKeysetCursor(fingerprint: string, keys: CursorKey[]): string {
  return encode({ v: 1, f: fingerprint, k: keys });
}

export function encodeOffsetCursor(fingerprint: string, offset: number): string {
  return encode({ v: 1, f: fingerprint, o: offset });
}

function encode(payload: CursorPayload): string {
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

function decode(value: string, fingerprint: string): CursorPayload {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  const p = payload as Partial<CursorPayload> | null;
  if (!p || typeof p !== 'object' || p.v !== 1 || p.f !== fingerprint) throw new InvalidCursorError();
  return p as CursorPayload;
}

/** The sort keys of a keyset cursor, checked against the types the engine expects. */
export function decodeKeysetCursor(
  value: string,
  fingerprint: string,
  types: ReadonlyArray<'number' | 'string'>,
): CursorKey[] {
  const { k } = decode(value, fingerprint);
  if (!Array.isArray(k) || k.length !== types.length) throw new InvalidCursorError();
  k.forEach((key, i) => {
    if (typeof key !== types[i] || (typeof key === 'number' && !Number.isFinite(key)))
      throw new InvalidCursorError();
    if (typeof key === 'string' && key.length > 64) throw new InvalidCursorError();
  });
  return k;
}

export function decodeOffsetCursor(value: string, fingerprint: string, maxOffset: number): number {
  const { o } = decode(value, fingerprint);
  if (typeof o !== 'number' || !Number.isInteger(o) || o < 0 || o > maxOffset) throw new InvalidCursorError();
  return o;
}
