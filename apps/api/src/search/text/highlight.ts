import type { HighlightTerms } from '../query/query-analyzer';
import { stemsMatch, lightStem } from './stemmer';
import { normalizeText } from './tokenizer';

/**
 * Highlights as segments of plain text, never HTML: the portal renders each segment as text (marked
 * or not), so nothing a start-up writes can become markup. Done in the app for both engines, so a
 * hit looks the same whether PostgreSQL or Meilisearch found it.
 */
export interface HighlightSegment {
  text: string;
  highlighted: boolean;
}

type Range = [number, number];

const WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;

/** Edit distance of two short strings, or `max + 1` once it is certainly larger than `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

function ranges(text: string, terms: HighlightTerms): Range[] {
  const found: Range[] = [];
  if (terms.stems.length || terms.fuzzy.length) {
    for (const match of text.matchAll(WORD)) {
      const word = normalizeText(match[0]);
      const stem = lightStem(word);
      const start = match.index ?? 0;
      const hit =
        terms.stems.some((s) => stemsMatch(stem, s)) ||
        terms.fuzzy.some(
          (f) =>
            word.length >= 4 && boundedDistance(word, f, f.length >= 8 ? 2 : 1) <= (f.length >= 8 ? 2 : 1),
        );
      if (hit) found.push([start, start + match[0].length]);
    }
  }
  for (const han of terms.han) {
    if (!han) continue;
    for (let at = text.indexOf(han); at >= 0; at = text.indexOf(han, at + han.length))
      found.push([at, at + han.length]);
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

function segmentsOf(text: string, marks: Range[]): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) segments.push({ text: text.slice(at, start), highlighted: false });
    segments.push({ text: text.slice(start, end), highlighted: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), highlighted: false });
  return segments;
}

/** The whole text as segments, with the query's matches marked. */
export function highlight(text: string, terms: HighlightTerms | null): HighlightSegment[] {
  if (!text) return [];
  if (!terms) return [{ text, highlighted: false }];
  return segmentsOf(text, ranges(text, terms));
}

/**
 * At most `maxLength` characters of a long text around its first match (with … where cut), as
 * segments. Short texts come back whole.
 */
export function highlightExcerpt(
  text: string,
  terms: HighlightTerms | null,
  maxLength: number,
): HighlightSegment[] {
  if (!text) return [];
  const chars = [...text];
  if (chars.length <= maxLength) return highlight(text, terms);
  const marks = terms ? ranges(text, terms) : [];
  const firstMark = marks[0]?.[0] ?? 0;
  // Work in code units (ranges are), but never cut a surrogate pair.
  let start = Math.max(0, firstMark - Math.floor(maxLength / 3));
  let end = Math.min(text.length, start + maxLength);
  start = Math.max(0, end - maxLength);
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start])) start += 1;
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end])) end += 1;
  const inside = marks
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]): Range => [Math.max(s, start) - start, Math.min(e, end) - start]);
  const segments = segmentsOf(text.slice(start, end), inside);
  if (start > 0) segments.unshift({ text: '…', highlighted: false });
  if (end < text.length) segments.push({ text: '…', highlighted: false });
  return segments;
}
