import type { NotificationKey } from '@bridge/contracts';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { MailWorker } from '../src/mail/mail.worker';
import { NotificationMessage, NotificationsService } from '../src/notifications/notifications.service';
import { GraphQLClient } from './support/graphql-client';
import { TestApp, TestUser } from './support/test-app';

const PREFERENCES = /* GraphQL */ `
  query {
    notificationEmailPreferences {
      category
      email
    }
  }
`;
const SET_PREFERENCES = /* GraphQL */ `
  mutation Set($input: [NotificationEmailPreferenceInput!]!) {
    setNotificationEmailPreferences(input: $input) {
      category
      email
    }
  }
`;

interface Eml {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Reads an .eml like a mail client: the To and Subject headers (RFC 2047 decoded) and both parts. */
function readEml(file: string): Eml {
  const raw = readFileSync(file, 'utf8');
  const [head] = raw.split('\r\n\r\n') as [string];
  const header = (name: string) =>
    (new RegExp(`^${name}: (.*(?:\\r\\n .*)*)`, 'm').exec(head)?.[1] ?? '')
      .replace(/\?=\r\n =\?/g, '?==?')
      .replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/g, (_, b64: string) =>
        Buffer.from(b64, 'base64').toString('utf8'),
      );
  const boundary = /boundary="([^"]+)"/.exec(raw)?.[1] as string;
  const [text, html] = raw
    .split(`--${boundary}`)
    .slice(1, 3)
    .map((part) => Buffer.from(part.split('\r\n\r\n')[1]!.replace(/\s/g, ''), 'base64').toString('utf8'));
  return { to: header('To'), subject: header('Subject'), text: text ?? '', html: html ?? '' };
}

const requested = (project: string): NotificationMessage => ({
  kind: 'introduction.requested',
  key: 'notifications.introduction.requested',
  params: { organization: 'Eastern Fund <b>', project },
  link: '/introductions/inbox',
});
const newMessage: NotificationMessage = {
  kind: 'conversation.message',
  key: 'notifications.conversation.newMessages',
  params: { organization: 'Eastern Fund' },
  link: '/conversations/1',
};

describe('notification e-mails: preferences, language, outbox', () => {
  let sut: TestApp;
  let dataDir: string;
  let russian: { client: GraphQLClient; user: TestUser };
  let chinese: { client: GraphQLClient; user: TestUser };
  let seen = new Set<string>();

  /** The .eml files written since the last call, per recipient. */
  const newMails = async () => {
    await sut.bridge.app.get(MailWorker).drain();
    const dir = join(dataDir, 'mail');
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.eml') && !seen.has(f)) : [];
    seen = new Set([...seen, ...files]);
    return files.map((f) => readEml(join(dir, f)));
  };
  const to = (mails: Eml[], user: TestUser) => mails.filter((m) => m.to === user.email);
  const notify = (userIds: string[], message: NotificationMessage) =>
    sut.dataSource.transaction((manager) =>
      sut.bridge.app.get(NotificationsService).notify(manager, userIds, message),
    );
  const signedIn = async (locale: string) => {
    const signed = await sut.signedIn({ kind: 'STARTUP' });
    await sut.dataSource.query('UPDATE users SET locale = $2 WHERE id = $1', [signed.user.userId, locale]);
    return signed;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'bridge-notification-mail-'));
    sut = await TestApp.start({
      DATA_DIR: dataDir,
      MAIL_WORKER_ENABLED: 'false',
      PUBLIC_URL: 'https://bridge.example/',
    });
    russian = await signedIn('ru');
    chinese = await signedIn('zh-CN');
  });
  afterAll(async () => {
    await sut?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with e-mail on for introductions, meetings and the competition, off for messages and saved searches', async () => {
    expect(await russian.client.data(PREFERENCES)).toEqual({
      notificationEmailPreferences: [
        { category: 'INTRODUCTIONS', email: true },
        { category: 'MESSAGES', email: false },
        { category: 'MEETINGS', email: true },
        { category: 'SAVED_SEARCHES', email: false },
        { category: 'COMPETITION', email: true },
      ],
    });
  });

  it("mails a notification whose category is on, in each recipient's language, with links", async () => {
    await notify([russian.user.userId, chinese.user.userId], requested('Gripper'));
    await notify([russian.user.userId, chinese.user.userId], newMessage);

    const mails = await newMails();
    expect(mails).toHaveLength(2);
    const [ru] = to(mails, russian.user);
    expect(ru?.subject).toBe('Bridge: Eastern Fund <b> хочет познакомиться с проектом Gripper');
    expect(ru?.text).toContain('Здравствуйте, ');
    expect(ru?.text).toContain('Открыть в Bridge: https://bridge.example/introductions/inbox');
    expect(ru?.text).toContain('https://bridge.example/account');
    expect(ru?.html).toContain('<html lang="ru">');
    expect(ru?.html).toContain('Eastern Fund &lt;b&gt;');
    expect(ru?.html).not.toContain('Eastern Fund <b>');
    expect(ru?.html).toContain('href="https://bridge.example/introductions/inbox"');
    expect(to(mails, chinese.user).map((m) => m.subject)).toEqual([
      'Bridge：Eastern Fund <b> 希望与 Gripper 对接',
    ]);
  });

  it("follows each user's own choices: messages on, introductions off", async () => {
    const chosen = await russian.client.data(SET_PREFERENCES, {
      input: [
        { category: 'MESSAGES', email: true },
        { category: 'INTRODUCTIONS', email: false },
      ],
    });
    expect(chosen['setNotificationEmailPreferences']).toEqual([
      { category: 'INTRODUCTIONS', email: false },
      { category: 'MESSAGES', email: true },
      { category: 'MEETINGS', email: true },
      { category: 'SAVED_SEARCHES', email: false },
      { category: 'COMPETITION', email: true },
    ]);
    expect(await russian.client.data(PREFERENCES)).toEqual({
      notificationEmailPreferences: chosen['setNotificationEmailPreferences'],
    });

    await notify([russian.user.userId, chinese.user.userId], requested('Second gripper'));
    await notify([russian.user.userId, chinese.user.userId], newMessage);

    const mails = await newMails();
    expect(to(mails, russian.user).map((m) => m.subject)).toEqual([
      'Bridge: новое сообщение от Eastern Fund',
    ]);
    expect(to(mails, chinese.user).map((m) => m.subject)).toEqual([
      'Bridge：Eastern Fund <b> 希望与 Second gripper 对接',
    ]);
    const [audit] = await sut.dataSource.query(
      `SELECT action, before, after FROM audit_events WHERE entity_id = $1 AND action = 'user.notification_emails_changed'`,
      [russian.user.userId],
    );
    expect(audit.before).toMatchObject({ INTRODUCTIONS: true, MESSAGES: false });
    expect(audit.after).toMatchObject({ INTRODUCTIONS: false, MESSAGES: true });
  });

  it('uses the generic text, in the language, for a key without texts or with missing params', async () => {
    await notify([chinese.user.userId], {
      kind: 'meeting.rescheduled',
      // A key this version has no text for (say, written by a newer release sharing the database).
      key: 'notifications.meeting.rescheduled' as NotificationKey,
      params: {},
      link: null,
    });
    await notify([chinese.user.userId], { ...requested('x'), params: {} });

    const mails = to(await newMails(), chinese.user);
    expect(mails.map((m) => m.subject)).toEqual(['Bridge：您有一条新通知', 'Bridge：您有一条新通知']);
    expect(mails[0]?.text).not.toContain('{');
    expect(mails[0]?.text).not.toContain('在 Bridge 中打开:');
  });

  it('mails nothing for a notification whose transaction rolled back, or of no known category', async () => {
    await sut.dataSource
      .transaction(async (manager) => {
        await sut.bridge.app
          .get(NotificationsService)
          .notify(manager, [chinese.user.userId], requested('Gone'));
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await notify([chinese.user.userId], {
      kind: 'system.other',
      key: 'notifications.other.thing' as NotificationKey,
    });

    expect(await newMails()).toEqual([]);
  });

  it('refuses visitors and lists longer than the categories', async () => {
    const visitor = sut.client();
    expect((await visitor.error(PREFERENCES)).code).toBe('UNAUTHENTICATED');
    const tooMany = Array.from({ length: 6 }, () => ({ category: 'MESSAGES', email: true }));
    const error = await russian.client.error(SET_PREFERENCES, { input: tooMany });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual([{ field: 'input', key: 'validation.maxItems', params: { max: 5 } }]);
    const unknown = await russian.client.error(SET_PREFERENCES, {
      input: [{ category: 'SPAM', email: true }],
    });
    expect(unknown.status).toBe(400);
  });
});
