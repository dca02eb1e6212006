/** In-app notifications: the texts of the API's keys and the notifications page. */
export const notifications = {
  notifications: {
    selection: {
      finalist: 'Congratulations: {project} is a finalist! It goes on to the final.',
      notSelected: '{project} was not selected for the final. Thank you for taking part.',
    },
    awards: {
      place: 'Awards are published: {project} won place {place}.',
    },
    judging: {
      reminder: 'Reminder: assignments still to score in {competition}: {open}.',
    },
    introduction: {
      requested: '{organization} asks to meet you about {project}.',
      accepted:
        '{organization} accepted your introduction request for {project}: contacts and a conversation are open.',
      declined: '{organization} declined your introduction request for {project}.',
      expired: 'Your introduction request for {project} expired without an answer.',
      withdrawn: '{organization} withdrew its introduction request for {project}.',
      note: 'New note from {organization} on the introduction request for {project}.',
    },
    conversation: {
      newMessages: 'New messages from {organization} about {project}.',
    },
    meeting: {
      proposed: '{organization} proposed meeting times for {project}.',
      confirmed: 'The meeting about {project} is confirmed.',
      cancelled: '{organization} cancelled the meeting about {project}.',
    },
    engagement: {
      started: '{organization} started a {kind} engagement about {project}.',
      moved: '{organization} moved the engagement about {project} to {stage}.',
    },
    milestone: {
      due: 'Milestone “{milestone}” of the engagement about {project} is due on {dueOn}.',
    },
    landing: {
      offerOpened: '{park} opened the landing offer “{offer}”: {project} qualifies.',
      applied: '{project} applied to your landing offer “{offer}”.',
      invited: '{park} invites {project} under its landing offer “{offer}”.',
      rejected: '{park} did not accept the application of {project} to “{offer}”.',
      accepted: '{project} accepted your invitation under “{offer}”: a landing engagement has started.',
    },
    savedSearch: {
      match: 'New match for your saved search “{search}”: {project}.',
      matches: '{count} new matches for your saved search “{search}”.',
    },
  },
  notificationsPage: {
    title: 'Notifications',
    intro: 'News about your projects, assignments and the competition.',
    unreadOnly: 'Unread only',
    markAllRead: 'Mark all as read',
    allMarked: 'All notifications are marked as read',
    unread: 'Unread',
    none: 'No notifications yet',
    noneUnread: 'No unread notifications',
    noneText: 'You will be notified here when something needs your attention.',
    unknown: 'You have a new notification.',
    bell: 'Notifications',
    bellUnread: 'Notifications: {count} unread',
  },
} as const;
