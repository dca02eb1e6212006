import { lightStem } from './stemmer';

/**
 * Splitting Chinese, Russian and English text into search tokens.
 *
 * Chinese has no spaces and PostgreSQL has no Chinese parser here, so Chinese runs are split in the
 * app: `Intl.Segmenter` dictionary words plus every character bigram. The bigrams make a 2-character
 * query (机器, 食品) find longer compounds (机器人, 食品科技) whatever the segmenter did with them; the
 * words keep single-character words (人, 菜) findable. Russian and English words are normalised
 * (NFKC, lower case, ё → е, Latin accents dropped); PostgreSQL stems them with its own configurations.
 */

export type Token = { kind: 'word'; text: string; stem: string } | { kind: 'han'; text: string };

const HAN_RUN = /\p{Script=Han}+/u;
/** A run of Han characters, or a run of other letters and digits. */
const TOKEN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)/gu;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** NFKC, lower case, ё → е, accents of Latin letters dropped (й and ё stay letters of their own). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFD')
    .replace(/([a-z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFC');
}

/** Words and Han runs of a text, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalizeText(text).matchAll(TOKEN)) {
    if (match[1]) tokens.push({ kind: 'han', text: match[1] });
    else if (match[2]) tokens.push({ kind: 'word', text: match[2], stem: lightStem(match[2]) });
  }
  return tokens;
}

export function isHan(text: string): boolean {
  return HAN_RUN.test(text);
}

/** Character bigrams of a Han run; the run itself when it is one character. */
export function hanBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length <= 1) return chars;
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) bigrams.push(chars[i] + chars[i + 1]);
  return bigrams;
}

/** Dictionary words of a Han run (Intl.Segmenter). */
export function hanWords(run: string): string[] {
  const words: string[] = [];
  for (const segment of segmenter.segment(run)) if (segment.isWordLike) words.push(segment.segment);
  return words;
}

/**
 * Index tokens of a Chinese text: for each Han run its words and bigrams, other words as they are.
 * Space-joined, they are indexed with PostgreSQL's `simple` configuration.
 */
export function chineseIndexTokens(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    if (token.kind === 'word') out.push(token.text);
    else out.push(...hanWords(token.text), ...hanBigrams(token.text));
  }
  return out;
}

/** Query tokens of a Han run: its distinct bigrams (all must match), or the character itself. */
export function hanQueryTokens(run: string): string[] {
  return [...new Set(hanBigrams(run))];
}

/** Light stems of the words of a text (Han runs as they are), space-joined: Meilisearch's stem fields. */
export function stemText(text: string | null | undefined): string {
  if (!text) return '';
  return tokenize(text)
    .map((t) => (t.kind === 'word' ? t.stem : t.text))
    .join(' ');
}

/** English and Russian words a query may drop when it has others (they match everything). */
export const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'и',
  'в',
  'во',
  'на',
  'с',
  'со',
  'по',
  'для',
  'из',
  'к',
  'о',
  'об',
  'от',
  'или',
  'а',
  'но',
  'у',
  'за',
  'при',
]);
