import { TAXONOMY, Taxonomy } from '../taxonomy/taxonomy';
import { STOP_WORDS, Token, hanQueryTokens, normalizeText, tokenize } from '../text/tokenizer';

/**
 * A query cut into groups; a document matches when it matches every group. A group matches by its
 * words (each stemmed in English and Russian, or as it is), by its Chinese bigrams (all of them), by
 * a typo-tolerant match of its one word against project names, or by any concept it names.
 */
export interface QueryGroup {
  /** Normalised words; all must match. */
  words: string[];
  /** Chinese tokens (bigrams, or one character); all must match. */
  han: string[];
  /** The Han text of the group, for engines that segment Chinese themselves. */
  hanText: string | null;
  /** A single word long enough to be matched with typos against names (titles). */
  fuzzy: string | null;
  /** Taxonomy concept ids this group names: the group also matches any of them. */
  concepts: string[];
}

/** What to mark in a hit's title and summary. */
export interface HighlightTerms {
  /** Light stems of query words and of the names of the concepts they name. */
  stems: string[];
  /** Chinese strings to mark wherever they occur. */
  han: string[];
  /** Words to mark also with a typo or two. */
  fuzzy: string[];
}

export interface AnalyzedQuery {
  raw: string;
  /** Normalised text (for cursor fingerprints and logs). */
  normalized: string;
  groups: QueryGroup[];
  highlight: HighlightTerms;
}

/** At most this many groups are searched; the rest of a long query is ignored. */
export const MAX_GROUPS = 12;
const FUZZY_MIN_LENGTH = 5;
/** Chinese function characters a query splits at (和 in 机器人和温室): they would only narrow bigrams. */
const HAN_STOP = /[的和与及或在了是对为于之其等]/u;
const FUZZY_WORD = /^(?:[a-z]+|[а-я]+)$/;

function wordGroup(words: string[], concepts: string[]): QueryGroup {
  const fuzzy =
    words.length === 1 &&
    !concepts.length &&
    words[0].length >= FUZZY_MIN_LENGTH &&
    FUZZY_WORD.test(words[0]);
  return { words, han: [], hanText: null, fuzzy: fuzzy ? words[0] : null, concepts };
}

function hanGroup(text: string, concepts: string[]): QueryGroup {
  return { words: [], han: hanQueryTokens(text), hanText: text, fuzzy: null, concepts };
}

/** Cuts a query into groups with the taxonomy; null when nothing searchable is left. */
export function analyzeQuery(raw: string, taxonomy: Taxonomy = TAXONOMY): AnalyzedQuery | null {
  const all = tokenize(raw);
  const meaningful = all.filter((t) => t.kind === 'han' || !STOP_WORDS.has(t.text));
  const tokens: Token[] = meaningful.length ? meaningful : all;
  const groups: QueryGroup[] = [];
  for (let i = 0; i < tokens.length && groups.length < MAX_GROUPS; i++) {
    const token = tokens[i];
    if (token.kind === 'han') {
      const pieces = taxonomy.splitHan(token.text).flatMap((p) =>
        p.concepts.length
          ? [p]
          : p.text
              .split(HAN_STOP)
              .filter(Boolean)
              .map((text) => ({ text, concepts: [] })),
      );
      const keep =
        pieces.length > 1 ? pieces.filter((p) => p.concepts.length || [...p.text].length > 1) : pieces;
      const fallback = keep.length ? keep : [{ text: token.text, concepts: [] as string[] }];
      for (const piece of fallback) groups.push(hanGroup(piece.text, piece.concepts));
      continue;
    }
    const match = taxonomy.matchWordsAt(tokens, i);
    if (match) {
      const words = tokens.slice(match.from, match.to + 1).map((t) => t.text);
      groups.push(wordGroup(words, match.concepts));
      i = match.to;
    } else {
      groups.push(wordGroup([token.text], []));
    }
  }
  if (!groups.length) return null;
  const capped = groups.slice(0, MAX_GROUPS);
  return {
    raw,
    normalized: normalizeText(raw).replace(/\s+/g, ' ').trim(),
    groups: capped,
    highlight: highlightTerms(capped, taxonomy),
  };
}

function highlightTerms(groups: QueryGroup[], taxonomy: Taxonomy): HighlightTerms {
  const stems = new Set<string>();
  const han = new Set<string>();
  const fuzzy = new Set<string>();
  for (const group of groups) {
    for (const word of group.words) {
      const [token] = tokenize(word);
      if (token?.kind === 'word') stems.add(token.stem);
    }
    if (group.hanText) han.add(group.hanText);
    if (group.fuzzy) fuzzy.add(group.fuzzy);
    for (const name of [
      ...taxonomy.namesOf(group.concepts, 'en'),
      ...taxonomy.namesOf(group.concepts, 'ru'),
    ]) {
      for (const token of tokenize(name)) if (token.kind === 'word') stems.add(token.stem);
    }
    taxonomy.namesOf(group.concepts, 'zh').forEach((name) => han.add(name));
  }
  return { stems: [...stems], han: [...han], fuzzy: [...fuzzy] };
}
