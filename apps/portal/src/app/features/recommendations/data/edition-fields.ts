import type { LocalizedText } from '@bridge/contracts';

export interface EditionLike {
  id: string;
  year: number;
  editionNumber: number;
  fields: ReadonlyArray<{ code: string; position: number; name: LocalizedText }>;
}

export interface FieldOption {
  code: string;
  name: LocalizedText;
}

const newestFirst = (a: EditionLike, b: EditionLike) => b.year - a.year || b.editionNumber - a.editionNumber;

/**
 * The fields of every edition by code (preferences and searches name fields by code): each code
 * once, named as in its newest edition, in that edition's order.
 */
export function fieldOptions(editions: readonly EditionLike[]): FieldOption[] {
  const options = new Map<string, FieldOption>();
  for (const edition of [...editions].sort(newestFirst)) {
    for (const field of [...edition.fields].sort((a, b) => a.position - b.position)) {
      if (!options.has(field.code)) options.set(field.code, { code: field.code, name: field.name });
    }
  }
  return [...options.values()];
}

/** Editions newest first. */
export function editionsNewestFirst<T extends EditionLike>(editions: readonly T[]): T[] {
  return [...editions].sort(newestFirst);
}
