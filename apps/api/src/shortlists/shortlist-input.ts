import { VALIDATION_KEYS } from '@bridge/contracts';
import type { FieldError } from '@bridge/contracts';
import { AppException } from '../common/errors/app.exception';

/** Bounds of a shortlist's texts (the GraphQL contract; the portal shows the same limits). */
export const SHORTLIST_LIMITS = {
  name: 120,
  description: 2000,
  note: 4000,
  tags: 20,
  tag: 40,
} as const;

/**
 * Cleans what a member typed — texts trimmed, empty optional texts as null, tags trimmed and
 * de-duplicated ignoring case (the first spelling stays) — and collects one field error per
 * problem. Lengths count after trimming. `undefined` means "leave as it is".
 */
export class ShortlistInputCleaner {
  readonly errors: FieldError[] = [];

  /** A required name, 1–120 characters. `null` on an update means "unchanged", like undefined. */
  name(value: string | null | undefined): string | undefined {
    if (value === undefined || value === null) return undefined;
    const name = value.trim();
    if (!name) this.errors.push({ field: 'name', key: VALIDATION_KEYS.required });
    else this.maxLength('name', name, SHORTLIST_LIMITS.name);
    return name;
  }

  /** An optional text: empty or null clears it. */
  text(field: 'description' | 'note', value: string | null | undefined): string | null | undefined {
    if (value === undefined) return undefined;
    const text = value?.trim() ?? '';
    this.maxLength(field, text, SHORTLIST_LIMITS[field]);
    return text || null;
  }

  /** Tags: null leaves them unchanged on an update (and means none on an add). */
  tags(value: string[] | null | undefined): string[] | undefined {
    if (value === undefined || value === null) return undefined;
    const tags: string[] = [];
    const seen = new Set<string>();
    value.forEach((raw, index) => {
      const tag = raw.trim();
      if (!tag) {
        this.errors.push({ field: 'tags', key: VALIDATION_KEYS.minLength, params: { min: 1, index } });
        return;
      }
      if (tag.length > SHORTLIST_LIMITS.tag) {
        this.errors.push({
          field: 'tags',
          key: VALIDATION_KEYS.maxLength,
          params: { max: SHORTLIST_LIMITS.tag, index },
        });
        return;
      }
      const key = tag.toLocaleLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      tags.push(tag);
    });
    if (tags.length > SHORTLIST_LIMITS.tags) {
      this.errors.push({
        field: 'tags',
        key: VALIDATION_KEYS.maxItems,
        params: { max: SHORTLIST_LIMITS.tags },
      });
    }
    return tags;
  }

  /** Throws BAD_USER_INPUT with every field error collected so far. */
  assertValid(): void {
    if (this.errors.length) throw AppException.invalid(this.errors);
  }

  private maxLength(field: string, value: string, max: number) {
    if (value.length > max) this.errors.push({ field, key: VALIDATION_KEYS.maxLength, params: { max } });
  }
}

/** The key that makes names unique per organisation: "Robotics" and " robotics" are one name. */
export const nameKeyOf = (name: string) => name.trim().toLocaleLowerCase();
