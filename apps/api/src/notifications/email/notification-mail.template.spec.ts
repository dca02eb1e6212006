import { LOCALES } from '@bridge/contracts';
import { DEFAULT_NOTIFICATION_EMAIL, categoryOf } from './notification-category';
import { notificationMail, notificationText } from './notification-mail.template';
import { NOTIFICATION_TEXTS } from './notification-texts';

const mail = (key: string, params: Record<string, string | number>, locale: (typeof LOCALES)[number]) =>
  notificationMail(
    {
      key,
      params,
      userName: 'Анна',
      url: 'https://bridge.example/meetings/1',
      manageUrl: 'https://bridge.example/account',
    },
    locale,
  );

describe('notification e-mails', () => {
  it.each([
    ['introduction.requested', 'notifications.introduction.requested', 'INTRODUCTIONS'],
    ['introduction.expired', 'notifications.introduction.expired', 'INTRODUCTIONS'],
    ['conversation.message', 'notifications.conversation.newMessages', 'MESSAGES'],
    ['message.sent', 'notifications.message.sent', 'MESSAGES'],
    ['meeting.confirmed', 'notifications.meeting.confirmed', 'MEETINGS'],
    ['savedSearch.match', 'notifications.savedSearch.match', 'SAVED_SEARCHES'],
    ['selection.published', 'notifications.selection.finalist', 'COMPETITION'],
    ['awards.published', 'notifications.awards.place', 'COMPETITION'],
    ['judging.reminder', 'notifications.judging.reminder', 'COMPETITION'],
    ['other', 'notifications.meeting.moved', 'MEETINGS'],
    ['other', 'notifications.other.thing', null],
    ['toString', 'notifications.constructor.x', null],
  ])('puts kind %s / key %s in category %s', (kind, key, category) => {
    expect(categoryOf(kind, key)).toBe(category);
  });

  it('e-mails introductions, meetings and the competition by default, not messages or saved searches', () => {
    expect(DEFAULT_NOTIFICATION_EMAIL).toEqual({
      INTRODUCTIONS: true,
      MESSAGES: false,
      MEETINGS: true,
      SAVED_SEARCHES: false,
      COMPETITION: true,
    });
  });

  it('has every text in every language, with the same placeholders', () => {
    for (const [key, texts] of Object.entries(NOTIFICATION_TEXTS)) {
      const placeholders = (locale: (typeof LOCALES)[number]) =>
        [...`${texts[locale].subject} ${texts[locale].body}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const locale of LOCALES) expect([key, placeholders(locale)]).toEqual([key, placeholders('en')]);
    }
  });

  it('writes the subject, greeting, text, link and footer in the language, escaping params in HTML', () => {
    const sut = mail('notifications.meeting.confirmed', { organization: 'Fund <script>' }, 'zh-CN');

    expect(sut.subject).toBe('Bridge：与 Fund <script> 的会面已确认');
    expect(sut.text).toContain('Анна，您好！');
    expect(sut.text).toContain('在 Bridge 中打开: https://bridge.example/meetings/1');
    expect(sut.text).toContain('https://bridge.example/account');
    expect(sut.html).toContain('Fund &lt;script&gt;');
    expect(sut.html).not.toContain('<script>');
  });

  it('falls back to the generic text for unknown keys and missing params; keeps the subject one line', () => {
    expect(notificationText('notifications.unknown', {}, 'ru').subject).toBe(
      'Bridge: у вас новое уведомление',
    );
    expect(notificationText('notifications.meeting.confirmed', { organization: ' ' }, 'en').subject).toBe(
      'Bridge: you have a new notification',
    );
    expect(mail('notifications.meeting.cancelled', { organization: 'A\r\nBcc: x@y' }, 'en').subject).toBe(
      'Bridge: the meeting with A Bcc: x@y is cancelled',
    );
  });
});
