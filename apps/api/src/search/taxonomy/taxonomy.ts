import type { ContentLanguage } from '@bridge/contracts';
import { Token, tokenize } from '../text/tokenizer';
import { CONCEPTS, ConceptData, FIELD_CONCEPTS } from './taxonomy.data';

/**
 * Finds the taxonomy's concepts in texts and queries. Word names match by light stem, word by word
 * (`робототехники` → робототехника, `neural networks` → neural network); Chinese names match as
 * substrings of Han runs. Pure and built once.
 */
export interface Concept extends ConceptData {
  /** The lexeme standing for the concept in PostgreSQL documents and queries (letters only). */
  token: string;
}

interface WordAlias {
  stems: string[];
  concept: string;
}

export interface ConceptMatch {
  /** Index of the first and last token of the match. */
  from: number;
  to: number;
  concepts: string[];
}

/** The lexeme standing for a concept in PostgreSQL vectors and queries: `taxon` + its id's letters. */
export function conceptToken(id: string): string {
  return `taxon${id.replace(/-/g, '')}`;
}

export class Taxonomy {
  readonly concepts: ReadonlyMap<string, Concept>;
  private readonly wordAliases = new Map<string, WordAlias[]>();
  private readonly hanAliases: Array<{ text: string; concept: string }> = [];

  constructor(data: readonly ConceptData[] = CONCEPTS) {
    const concepts = new Map<string, Concept>();
    for (const concept of data) {
      if (!/^[a-z0-9-]+$/.test(concept.id)) throw new Error(`bad concept id ${concept.id}`);
      concepts.set(concept.id, { ...concept, token: conceptToken(concept.id) });
      for (const name of [...concept.en, ...concept.ru, ...concept.zh]) this.addAlias(name, concept.id);
    }
    this.concepts = concepts;
    for (const list of this.wordAliases.values()) list.sort((a, b) => b.stems.length - a.stems.length);
    this.hanAliases.sort((a, b) => b.text.length - a.text.length);
  }

  private addAlias(name: string, concept: string) {
    const tokens = tokenize(name);
    if (tokens.length === 1 && tokens[0].kind === 'han') {
      this.hanAliases.push({ text: tokens[0].text, concept });
      return;
    }
    if (tokens.some((t) => t.kind !== 'word')) return; // mixed names (e.g. 3D打印) are not matched
    const stems = tokens.map((t) => (t.kind === 'word' ? t.stem : ''));
    const list = this.wordAliases.get(stems[0]) ?? [];
    if (!list.some((a) => a.concept === concept && a.stems.join(' ') === stems.join(' '))) {
      list.push({ stems, concept });
    }
    this.wordAliases.set(stems[0], list);
  }

  /** The longest word alias starting at `tokens[index]`, with every concept it names. */
  matchWordsAt(tokens: readonly Token[], index: number): ConceptMatch | null {
    const first = tokens[index];
    if (first?.kind !== 'word') return null;
    let best: ConceptMatch | null = null;
    for (const alias of this.wordAliases.get(first.stem) ?? []) {
      const length = alias.stems.length;
      if (best && length < best.to - best.from + 1) break;
      const fits = alias.stems.every((stem, k) => {
        const token = tokens[index + k];
        return token?.kind === 'word' && token.stem === stem;
      });
      if (!fits) continue;
      if (best && length === best.to - best.from + 1) {
        if (!best.concepts.includes(alias.concept)) best.concepts.push(alias.concept);
      } else {
        best = { from: index, to: index + length - 1, concepts: [alias.concept] };
      }
    }
    return best;
  }

  /**
   * A Han run cut into pieces: the longest concept name at each position, and the text between
   * them (`人工智能农业机器人` → 人工智能 [ai] | 农业 [agriculture] | 机器人 [robotics]).
   */
  splitHan(run: string): Array<{ text: string; concepts: string[] }> {
    const pieces: Array<{ text: string; concepts: string[] }> = [];
    let plain = '';
    let i = 0;
    while (i < run.length) {
      const found = this.hanAliases.filter((a) => run.startsWith(a.text, i));
      if (!found.length) {
        plain += run[i];
        i += 1;
        continue;
      }
      const longest = found[0].text;
      if (plain) pieces.push({ text: plain, concepts: [] });
      plain = '';
      pieces.push({
        text: longest,
        concepts: [...new Set(found.filter((a) => a.text === longest).map((a) => a.concept))],
      });
      i += longest.length;
    }
    if (plain) pieces.push({ text: plain, concepts: [] });
    return pieces;
  }

  /** Every concept a set of texts mentions (in any language), in taxonomy order. */
  conceptsIn(texts: ReadonlyArray<string | null | undefined>): string[] {
    const found = new Set<string>();
    for (const text of texts) {
      if (!text) continue;
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.kind === 'han') {
          for (const piece of this.splitHan(token.text)) piece.concepts.forEach((c) => found.add(c));
        } else {
          this.matchWordsAt(tokens, i)?.concepts.forEach((c) => found.add(c));
        }
      }
    }
    return [...this.concepts.keys()].filter((id) => found.has(id));
  }

  /** The concepts a competition field stands for, by its code. */
  fieldConcepts(code: string | null | undefined): string[] {
    return code ? [...(FIELD_CONCEPTS[code] ?? [])] : [];
  }

  /** The names of concepts in one language (each concept's every name). */
  namesOf(conceptIds: readonly string[], language: ContentLanguage): string[] {
    return conceptIds.flatMap((id) => this.concepts.get(id)?.[language] ?? []);
  }

  tokensOf(conceptIds: readonly string[]): string[] {
    return conceptIds.map((id) => this.concepts.get(id)?.token).filter((t): t is string => !!t);
  }

  /**
   * Meilisearch synonyms: every name of a concept stands for all its other names (multi-word names
   * included), so a query in one language matches documents written in another.
   */
  synonyms(): Record<string, string[]> {
    const result: Record<string, string[]> = {};
    for (const concept of this.concepts.values()) {
      const names = [...new Set([...concept.zh, ...concept.en, ...concept.ru].map((n) => n.toLowerCase()))];
      for (const name of names) {
        result[name] = [...new Set([...(result[name] ?? []), ...names.filter((n) => n !== name)])];
      }
    }
    return result;
  }
}

/** The one taxonomy of the app. */
export const TAXONOMY = new Taxonomy();
