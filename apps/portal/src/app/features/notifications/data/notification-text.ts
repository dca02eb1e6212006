import { NOTIFICATION_KEYS } from '@bridge/contracts';
import { safeReturnUrl } from '../../../core/auth/auth.guards';
import type { TranslationKey, TranslationParams } from '../../../core/i18n';

/** A notification as the API sends it: a translation key and its parameters. */
export interface NotificationMessage {
  key: string;
  params: unknown;
  link?: string | null;
}

type Translator = { t(key: TranslationKey, params?: TranslationParams): string };

/** The notification texts the portal knows: every key the API sends, each a translation key. */
const KNOWN_KEYS: ReadonlySet<string> = new Set<TranslationKey>(
  NOTIFICATION_KEYS satisfies readonly TranslationKey[],
);

/** Links older notifications carry that now live elsewhere in the portal. */
const MOVED_LINKS: Readonly<Record<string, string>> = { '/judging': '/assignments' };

/** The parameters of a notification that can fill a text: strings and numbers only. */
export function notificationParams(params: unknown): Record<string, string | number> {
  const result: Record<string, string | number> = {};
  if (!params || typeof params !== 'object' || Array.isArray(params)) return result;
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') result[name] = value;
  }
  return result;
}

/** The text of a notification in the UI language; a generic text for keys this portal does not know. */
export function notificationText(message: NotificationMessage, i18n: Translator): string {
  const key = KNOWN_KEYS.has(message.key) ? (message.key as TranslationKey) : 'notificationsPage.unknown';
  return i18n.t(key, notificationParams(message.params));
}

/** Where a notification leads inside the portal; null for none or for a link leaving the portal. */
export function notificationLink(message: NotificationMessage): string | null {
  const link = safeReturnUrl(message.link);
  return link ? (MOVED_LINKS[link] ?? link) : null;
}
