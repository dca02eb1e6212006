import { waitFor } from './support/wait-for';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { OutgoingMail } from '../src/mail/eml';
import { MailTransport } from '../src/mail/mail-transport';
import { MailService } from '../src/mail/mail.service';
import { MailWorker } from '../src/mail/mail.worker';
import { SavedSearchAlerts } from '../src/saved-searches/saved-search-alerts';
import { SavedSearchDigests } from '../src/saved-searches/saved-search-digests';
import { SearchOutboxWorker } from '../src/search/outbox/search-outbox.worker';
import { ADVANCE, Edition, createEdition, submittedProject } from './support/edition';
import { GraphQLClient } from './support/graphql-client';
import { createProject, insertStartups } from './support/search-world';
import { TestApp, TestUser } from './support/test-app';

const HOUR = 3_600_000;
const SAVE_SEARCH = /* GraphQL */ `
  mutation Save($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      id
    }
  }
`;

interface Eml {
  file: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Reads an .eml the way a mail client would: headers (RFC 2047 decoded) and the two parts. */
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
  return { file, to: header('To'), subject: header('Subject'), text: text ?? '', html: html ?? '' };
}

/** A transport that refuses the first `failures` messages, then hands them to the real one. */
class FlakyTransport implements MailTransport {
  readonly name = 'flaky';
  attempts = 0;
  constructor(private failures: number) {}
  async send(_mail: OutgoingMail): Promise<void> {
    this.attempts += 1;
    if (this.failures-- > 0) throw new Error('421 try again later');
  }
}

describe('mail: outbox, transports and the saved-search digest', () => {
  let sut: TestApp;
  let dataSource: DataSource;
  let dataDir: string;
  let mailWorker: MailWorker;
  let alerts: SavedSearchAlerts;
  let digests: SavedSearchDigests;
  let edition: Edition;
  let russian: { client: GraphQLClient; user: TestUser };
  let chinese: { client: GraphQLClient; user: TestUser };
  const t0 = new Date('2030-03-01T08:00:00Z');

  const emls = () =>
    existsSync(join(dataDir, 'mail'))
      ? readdirSync(join(dataDir, 'mail'))
          .filter((f) => f.endsWith('.eml'))
          .sort()
          .map((f) => readEml(join(dataDir, 'mail', f)))
      : [];
  const emlsTo = (user: TestUser) => emls().filter((m) => m.to === user.email);
  const indexed = async () => {
    const worker = sut.bridge.app.get(SearchOutboxWorker);
    await waitFor(async () => (await worker.backlog()).pending === 0);
  };
  const gripper = async (title: string) => {
    const { projectId } = await submittedProject(sut, edition, 'ROBOTICS', title);
    return projectId;
  };
  const investor = async (locale: string) => {
    const signed = await sut.signedIn({ kind: 'INVESTOR' });
    await dataSource.query('UPDATE users SET locale = $2 WHERE id = $1', [signed.user.userId, locale]);
    return signed;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'bridge-mail-'));
    sut = await TestApp.start({
      DATA_DIR: dataDir,
      SAVED_SEARCH_ALERT_INTERVAL_MS: '0',
      MAIL_WORKER_ENABLED: 'false',
      PUBLIC_URL: 'https://bridge.example/',
    });
    dataSource = sut.dataSource;
    mailWorker = sut.bridge.app.get(MailWorker);
    alerts = sut.bridge.app.get(SavedSearchAlerts);
    digests = sut.bridge.app.get(SavedSearchDigests);
    sut.bridge.app.get(SearchOutboxWorker).configure({ intervalMs: 50 });
    const organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
    edition = await createEdition(organizer);
    await organizer.data(ADVANCE, { id: edition.id, from: 'SETUP' });
    russian = await investor('ru');
    chinese = await investor('zh-CN');
    for (const [who, name] of [
      [russian, 'Захваты'],
      [chinese, '夹爪'],
    ] as const)
      await who.client.data(SAVE_SEARCH, { input: { name, search: { text: 'gripper' } } });
  });
  afterAll(async () => {
    await sut?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('mails each owner one digest of the new matches in their own language, with links', async () => {
    expect(await digests.run(t0)).toEqual({ sent: 0, users: 0 });
    const one = await gripper('Gripper one');
    const [organizationId] = await insertStartups(dataSource.manager, 1);
    const two = await createProject(dataSource, organizationId as string, {
      competitionId: edition.id,
      fieldId: edition.fields['ROBOTICS'] as string,
      title: { en: 'Gripper two', ru: 'Захват два', zh: '夹爪二号' },
    });
    await indexed();
    await alerts.run();

    expect(await digests.run(t0)).toEqual({ sent: 2, users: 2 });
    expect(await mailWorker.drain()).toEqual({ sent: 2, failed: 0 });

    const [ru] = emlsTo(russian.user);
    expect(emlsTo(russian.user)).toHaveLength(1);
    expect(ru?.subject).toBe('Bridge: новых проектов по вашим сохранённым поискам — 2');
    expect(ru?.text).toContain('Здравствуйте');
    expect(ru?.text).toContain('Захваты');
    expect(ru?.text).toContain('Захват два');
    expect(ru?.text).toContain('Gripper one'); // no Russian title: the English one
    expect(ru?.text).toContain(`https://bridge.example/projects/${one}`);
    expect(ru?.html).toContain(`<a href="https://bridge.example/projects/${two}">Захват два</a>`);
    const [zh] = emlsTo(chinese.user);
    expect(zh?.subject).toBe('Bridge：2 个新项目符合您保存的搜索');
    expect(zh?.text).toContain('夹爪二号');
  });

  it('sends no second digest within 24 hours, the next one after, and nothing when nothing is new', async () => {
    const three = await gripper('Gripper three');
    await indexed();
    await alerts.run();

    expect((await digests.run(new Date(t0.getTime() + HOUR))).sent).toBe(0);
    expect((await digests.run(new Date(t0.getTime() + 23 * HOUR))).sent).toBe(0);
    const next = await digests.run(new Date(t0.getTime() + 25 * HOUR));
    await mailWorker.drain();
    const nothingNew = await digests.run(new Date(t0.getTime() + 50 * HOUR));

    expect(next.sent).toBe(2);
    expect(nothingNew).toEqual({ sent: 0, users: 0 });
    const mails = emlsTo(russian.user);
    expect(mails).toHaveLength(2);
    const latest = mails.find((m) => m.text.includes('Gripper three')) as Eml;
    expect(latest.subject).toBe('Bridge: новых проектов по вашим сохранённым поискам — 1');
    expect(latest.text).toContain(`https://bridge.example/projects/${three}`);
    expect(latest.text).not.toContain('Gripper one');
  });

  it('retries a failing transport with backoff and then sends through the file transport', async () => {
    const flaky = new FlakyTransport(Infinity);
    mailWorker.useTransport(flaky);
    // A backoff no slow machine outlives during the test; the row is made due by hand below.
    mailWorker.configure({ retryBaseMs: 60_000, retryMaxMs: 120_000 });
    await dataSource.transaction((manager) =>
      sut.bridge.app.get(MailService).enqueue(manager, {
        to: 'retry@example.test',
        locale: 'en',
        kind: 'test',
        subject: 'Retried ✓',
        text: 'Still here',
        html: '<p>Still here</p>',
      }),
    );

    expect(await mailWorker.drain()).toEqual({ sent: 0, failed: 1 });
    expect(await mailWorker.drain()).toEqual({ sent: 0, failed: 0 }); // not due yet: backing off
    const [row] = await dataSource.query(
      `SELECT status, attempts, last_error, next_attempt_at > now() AS later FROM mail_outbox WHERE recipient = 'retry@example.test'`,
    );
    expect(row).toEqual({ status: 'PENDING', attempts: 1, last_error: '421 try again later', later: true });

    // The backoff has passed: the transport works again and the worker sends it.
    await dataSource.query(
      `UPDATE mail_outbox SET next_attempt_at = now() WHERE recipient = 'retry@example.test'`,
    );
    mailWorker.useTransport(null);
    mailWorker.configure({ intervalMs: 20 });
    mailWorker.start();
    await waitFor(async () => (await mailWorker.backlog()).pending === 0);
    await mailWorker.stop();

    const [sent] = await dataSource.query(
      `SELECT status, attempts, sent_at IS NOT NULL AS stamped FROM mail_outbox WHERE recipient = 'retry@example.test'`,
    );
    expect(sent).toEqual({ status: 'SENT', attempts: 2, stamped: true });
    const files = emls().filter((m) => m.to === 'retry@example.test');
    expect(files.map((m) => [m.subject, m.text])).toEqual([['Retried ✓', 'Still here']]);
  });

  it('gives a message up after the last attempt', async () => {
    mailWorker.useTransport(new FlakyTransport(Infinity));
    mailWorker.configure({ retryBaseMs: 1, retryMaxMs: 1, maxAttempts: 2 });
    await dataSource.transaction((manager) =>
      sut.bridge.app.get(MailService).enqueue(manager, {
        to: 'nobody@example.test',
        locale: 'ru',
        kind: 'test',
        subject: 'Никогда',
        text: '-',
        html: '-',
      }),
    );

    await mailWorker.drain();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await mailWorker.drain();
    mailWorker.useTransport(null);
    await mailWorker.drain();

    const [row] = await dataSource.query(
      `SELECT status, attempts FROM mail_outbox WHERE recipient = 'nobody@example.test'`,
    );
    expect(row).toEqual({ status: 'FAILED', attempts: 2 });
    expect(emls().filter((m) => m.to === 'nobody@example.test')).toEqual([]);
  });
});
