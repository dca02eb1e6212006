import { registerEnumType } from '@nestjs/graphql';

/** Groups of notifications a user turns e-mail on or off for. */
export const NOTIFICATION_EMAIL_CATEGORIES = [
  'INTRODUCTIONS',
  'MESSAGES',
  'MEETINGS',
  'SAVED_SEARCHES',
  'COMPETITION',
] as const;
export type NotificationEmailCategory = (typeof NOTIFICATION_EMAIL_CATEGORIES)[number];

export const NotificationEmailCategoryEnum = Object.fromEntries(
  NOTIFICATION_EMAIL_CATEGORIES.map((c) => [c, c]),
) as { [K in NotificationEmailCategory]: K };

registerEnumType(NotificationEmailCategoryEnum, {
  name: 'NotificationEmailCategory',
  description: 'Groups of notifications a user chooses e-mail for.',
});

/**
 * E-mail without a choice of the user: on for introductions, meetings and the competition; off for
 * messages (a conversation is read in Bridge) and saved searches (they have their own daily digest).
 */
export const DEFAULT_NOTIFICATION_EMAIL: Readonly<Record<NotificationEmailCategory, boolean>> = {
  INTRODUCTIONS: true,
  MESSAGES: false,
  MEETINGS: true,
  SAVED_SEARCHES: false,
  COMPETITION: true,
};

/** Kind prefixes (`introduction.accepted` → `introduction`) and key groups (`notifications.<group>.*`). */
const CATEGORY_OF_GROUP: ReadonlyMap<string, NotificationEmailCategory> = new Map([
  ['introduction', 'INTRODUCTIONS'],
  ['message', 'MESSAGES'],
  ['conversation', 'MESSAGES'],
  ['meeting', 'MEETINGS'],
  // Engagements and their milestones go with the introductions that start them.
  ['engagement', 'INTRODUCTIONS'],
  ['milestone', 'INTRODUCTIONS'],
  // Landing offers and applications are market matchmaking, like introductions.
  ['landing', 'INTRODUCTIONS'],
  ['savedSearch', 'SAVED_SEARCHES'],
  ['selection', 'COMPETITION'],
  ['awards', 'COMPETITION'],
  ['judging', 'COMPETITION'],
]);

/**
 * The category of a notification, from its kind (`meeting.confirmed`) or else its key
 * (`notifications.meeting.confirmed`); null for one of no known category (it is never e-mailed).
 */
export function categoryOf(kind: string, key: string): NotificationEmailCategory | null {
  const fromKind = CATEGORY_OF_GROUP.get(kind.split('.')[0] ?? '');
  if (fromKind) return fromKind;
  const [prefix, group] = key.split('.');
  return (prefix === 'notifications' && group && CATEGORY_OF_GROUP.get(group)) || null;
}
