/**
 * Every notification key the API sends. The API's `notify` accepts only these, its e-mail texts and
 * the portal's in-app texts are typed against this list: a new key without its texts fails to compile.
 */
export const NOTIFICATION_KEYS = [
  'notifications.selection.finalist',
  'notifications.selection.notSelected',
  'notifications.awards.place',
  'notifications.judging.reminder',
  'notifications.savedSearch.match',
  'notifications.savedSearch.matches',
  'notifications.introduction.requested',
  'notifications.introduction.accepted',
  'notifications.introduction.declined',
  'notifications.introduction.expired',
  'notifications.introduction.withdrawn',
  'notifications.introduction.note',
  'notifications.conversation.newMessages',
  'notifications.meeting.proposed',
  'notifications.meeting.confirmed',
  'notifications.meeting.cancelled',
  'notifications.engagement.started',
  'notifications.engagement.moved',
  'notifications.milestone.due',
  'notifications.landing.offerOpened',
  'notifications.landing.applied',
  'notifications.landing.invited',
  'notifications.landing.rejected',
  'notifications.landing.accepted',
] as const;
export type NotificationKey = (typeof NOTIFICATION_KEYS)[number];
