import type { LocalizedText } from '@bridge/contracts';
import { IMPORT_LANGUAGES, ImportColumn } from './import-columns';
import type { ImportAction, ImportedContent } from './import.types';

const LOCALIZED = ['title', 'summary', 'description'] as const;

/** Content properties set by one column each. */
const SINGLE: ReadonlyArray<[Exclude<keyof ImportedContent, (typeof LOCALIZED)[number]>, ImportColumn[]]> = [
  ['fieldId', ['field']],
  ['tags', ['tags']],
  ['trl', ['trl']],
  ['stage', ['stage']],
  // Amount and currency change together, so a project never keeps an amount without its currency.
  ['fundingAskAmount', ['funding_amount', 'currency']],
  ['fundingAskCurrency', ['funding_amount', 'currency']],
  ['seeking', ['seeking']],
  ['teamSize', ['team_size']],
  ['foundedYear', ['founded_year']],
  ['city', ['city']],
  ['contactEmail', ['contact_email']],
  ['contactPhone', ['contact_phone']],
  ['pitchDeckUrl', ['pitch_deck_url']],
  ['videoUrl', ['video_url']],
];

function cleanText(text: LocalizedText | null | undefined): LocalizedText {
  const result: LocalizedText = {};
  for (const language of IMPORT_LANGUAGES) {
    const value = text?.[language]?.trim();
    if (value) result[language] = value;
  }
  return result;
}

/** The imported properties of a stored project, in the same normal form as a row's content. */
export function contentOf(project: {
  [K in keyof ImportedContent]: ImportedContent[K] | null;
}): ImportedContent {
  return {
    fieldId: project.fieldId ?? null,
    title: cleanText(project.title),
    summary: cleanText(project.summary),
    description: cleanText(project.description),
    tags: project.tags ?? [],
    trl: project.trl ?? null,
    stage: project.stage ?? null,
    fundingAskAmount: project.fundingAskAmount ?? null,
    fundingAskCurrency: project.fundingAskCurrency ?? null,
    seeking: project.seeking ?? [],
    teamSize: project.teamSize ?? null,
    foundedYear: project.foundedYear ?? null,
    city: project.city ?? null,
    contactEmail: project.contactEmail ?? null,
    contactPhone: project.contactPhone ?? null,
    pitchDeckUrl: project.pitchDeckUrl ?? null,
    videoUrl: project.videoUrl ?? null,
  };
}

/**
 * What a project's content becomes when a row is imported over it: only the file's columns change
 * anything — a language column that is present sets (or, when empty, removes) that language; an
 * absent column leaves the stored value alone, so a file with English titles only keeps the Russian
 * ones a start-up wrote.
 */
export function mergeContent(
  existing: ImportedContent,
  incoming: ImportedContent,
  columns: ReadonlySet<ImportColumn>,
): ImportedContent {
  const result: ImportedContent = { ...existing };
  for (const base of LOCALIZED) {
    const merged: LocalizedText = { ...existing[base] };
    for (const language of IMPORT_LANGUAGES) {
      if (!columns.has(`${base}_${language}`)) continue;
      const value = incoming[base][language];
      if (value) merged[language] = value;
      else delete merged[language];
    }
    result[base] = merged;
  }
  for (const [property, sources] of SINGLE) {
    if (sources.some((column) => columns.has(column))) {
      (result as unknown as Record<string, unknown>)[property] = incoming[property];
    }
  }
  return result;
}

function sameText(a: LocalizedText, b: LocalizedText): boolean {
  return IMPORT_LANGUAGES.every((language) => (a[language] ?? null) === (b[language] ?? null));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

export function sameContent(a: ImportedContent, b: ImportedContent): boolean {
  return (
    LOCALIZED.every((base) => sameText(a[base], b[base])) &&
    SINGLE.every(([property]) => sameValue(a[property], b[property]))
  );
}

/** The action for a row and, for UPDATE, the content to write. */
export function planRow(
  existing: ImportedContent | undefined,
  incoming: ImportedContent,
  columns: ReadonlySet<ImportColumn>,
): { action: ImportAction; content: ImportedContent } {
  if (!existing) return { action: 'NEW', content: incoming };
  const merged = mergeContent(existing, incoming, columns);
  return { action: sameContent(existing, merged) ? 'UNCHANGED' : 'UPDATE', content: merged };
}
