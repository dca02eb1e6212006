import { createHash } from 'crypto';
import { normalizeEmail } from './import-values';

/** Longest stable key (`projects.external_key` is varchar(120)). */
export const MAX_KEY_LENGTH = 120;

/** Case, width and runs of spaces do not change a name's key: `  Neuro  Vision ` ≡ `neuro vision`. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The stable key of an application, matched against `projects.external_key` so that importing the
 * same file again updates instead of duplicating: the `application_id` cell when the row has one,
 * otherwise a hash of the normalised contact e-mail and start-up name (`auto:` + 32 hex digits).
 */
export function stableKey(input: {
  applicationId?: string | null;
  contactEmail: string;
  startupName: string;
}): string {
  const applicationId = input.applicationId?.normalize('NFKC').trim();
  if (applicationId) return applicationId;
  const digest = createHash('sha256')
    .update(`${normalizeEmail(input.contactEmail)}\n${normalizeName(input.startupName)}`)
    .digest('hex');
  return `auto:${digest.slice(0, 32)}`;
}
