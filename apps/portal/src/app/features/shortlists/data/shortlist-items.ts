import { Locale, contentLanguageOf } from '@bridge/contracts';

/** `GET /shortlists/:id/export.csv|xlsx?lang=…`: a plain link, the session cookie authenticates. */
export function shortlistExportUrl(shortlistId: string, format: 'csv' | 'xlsx', locale: Locale): string {
  const params = new URLSearchParams({ lang: contentLanguageOf(locale) });
  return `/shortlists/${encodeURIComponent(shortlistId)}/export.${format}?${params.toString()}`;
}

/** Tags as typed (comma-separated, Latin or Chinese commas): trimmed, without empties or repeats. */
export function parseTags(text: string | null | undefined): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of (text ?? '').split(/[,;，；、]/)) {
    const tag = part.trim().replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

/** Tags for the text box. */
export function formatTags(tags: readonly string[] | null | undefined): string {
  return (tags ?? []).join(', ');
}

/** The note and tags of an item as the API keeps them: trimmed, empty note as null. */
export interface ItemEdits {
  note: string | null;
  tags: string[];
}

export function itemEdits(note: string | null | undefined, tagsText: string | null | undefined): ItemEdits {
  const trimmed = (note ?? '').trim();
  return { note: trimmed || null, tags: parseTags(tagsText) };
}

/** Whether the edits change what is saved (no request for a blur that changed nothing). */
export function editsDiffer(
  saved: { note?: string | null; tags?: readonly string[] | null },
  edits: ItemEdits,
): boolean {
  const savedNote = (saved.note ?? '').trim() || null;
  const savedTags = saved.tags ?? [];
  return (
    savedNote !== edits.note ||
    savedTags.length !== edits.tags.length ||
    savedTags.some((tag, index) => tag !== edits.tags[index])
  );
}
