import type { NotificationKey } from '@bridge/contracts';
import type { Client } from 'graphql-ws';
import { AddressInfo } from 'net';
import { DataSource } from 'typeorm';
import { BridgeApp, createBridgeApp } from '../src/bootstrap';
import { JsonLogger } from '../src/common/logging/json-logger';
import { parseEnv } from '../src/config/env.schema';
import { NotificationMessage, NotificationsService } from '../src/notifications/notifications.service';
import { GraphQLClient } from './support/graphql-client';
import { LiveSubscription, liveClient, quietFor, subscribe } from './support/live-client';
import { TestApp, TestUser } from './support/test-app';

const REDIS_URL = 'redis://127.0.0.1:6379';

const ADDED = /* GraphQL */ `
  subscription {
    notificationAdded {
      id
      kind
      key
      params
      link
      readAt
      createdAt
    }
  }
`;
const COUNT = /* GraphQL */ `
  subscription {
    unreadNotificationCount
  }
`;
const MARK_ALL_READ = /* GraphQL */ `
  mutation {
    markNotificationsRead(input: {})
  }
`;

interface Received {
  id: string;
  kind: string;
  key: string;
  params: Record<string, unknown>;
  link: string | null;
}

const message = (tag: string): NotificationMessage => ({
  kind: 'test.live',
  // Test-only keys, so each test tells its own notifications apart.
  key: `notifications.test.${tag}` as NotificationKey,
  params: { tag },
  link: `/notifications?tag=${tag}`,
});

/** Notifies in a transaction of its own (committed); returns the ids of the rows written. */
async function notify(app: TestApp | BridgeApp, userIds: string[], msg: NotificationMessage) {
  const nest = 'bridge' in app ? app.bridge.app : app.app;
  await nest
    .get(DataSource)
    .transaction((manager) => nest.get(NotificationsService).notify(manager, userIds, msg));
  const rows: Array<{ id: string }> = await nest
    .get(DataSource)
    .query('SELECT id FROM notifications WHERE key = $1 AND user_id = ANY($2::uuid[])', [msg.key, userIds]);
  return rows.map((r) => r.id);
}

/**
 * Waits until the subscription is live on the server: notifies the user (probes) until one arrives,
 * then forgets the probes. A subscription is set up asynchronously after the client sent it.
 */
async function live(app: TestApp | BridgeApp, user: TestUser, sub: LiveSubscription<Received>) {
  for (let i = 0; i < 50 && !sub.values.some((v) => v.key === 'notifications.test.probe'); i++) {
    await notify(app, [user.userId], message('probe'));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!sub.values.length) throw new Error('the subscription never went live');
  sub.values.length = 0;
}

describe('live notifications through graphql-ws', () => {
  let sut: TestApp;
  let a: { client: GraphQLClient; user: TestUser };
  let b: { client: GraphQLClient; user: TestUser };
  const clients: Client[] = [];
  const connect = (cookie: string | null, origin?: string) => {
    const client = liveClient(sut.url, { cookie, origin: origin ?? sut.url });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    sut = await TestApp.start({
      MAIL_WORKER_ENABLED: 'false',
      SUBSCRIPTION_ALLOWED_ORIGINS: 'https://portal.example',
    });
    a = await sut.signedIn({ kind: 'STARTUP' });
    b = await sut.signedIn({ kind: 'INVESTOR' });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await sut?.close();
  });

  it("delivers A's notifications to A's connection, and B's to B's only", async () => {
    const subA = subscribe<Received>(connect(a.client.cookie), ADDED, 'notificationAdded');
    const subB = subscribe<Received>(connect(b.client.cookie), ADDED, 'notificationAdded');
    await live(sut, a.user, subA);
    await live(sut, b.user, subB);

    const [forA] = await notify(sut, [a.user.userId], message('for-a'));
    const [forB] = await notify(sut, [b.user.userId], message('for-b'));
    const [both] = await notify(sut, [a.user.userId, b.user.userId], message('for-both'));

    await subA.next(1);
    await subB.next(1);
    expect(await quietFor(subA, 300)).toBe('nothing');
    expect(subA.values.map((v) => v.key)).toEqual([
      'notifications.test.for-a',
      'notifications.test.for-both',
    ]);
    expect(subB.values.map((v) => v.key)).toEqual([
      'notifications.test.for-b',
      'notifications.test.for-both',
    ]);
    expect(subA.values[0]).toEqual({
      id: forA,
      kind: 'test.live',
      key: 'notifications.test.for-a',
      params: { tag: 'for-a' },
      link: '/notifications?tag=for-a',
      readAt: null,
      createdAt: expect.any(String),
    });
    expect(subA.values.map((v) => v.id)).not.toContain(forB);
    expect(subB.values.map((v) => v.id)).not.toContain(forA);
    expect(both).toBeDefined();
    subA.dispose();
    subB.dispose();
  });

  it('refuses a connection without a session, or with a signed-out one (close code 4401)', async () => {
    const visitor = subscribe(connect(null), ADDED, 'notificationAdded');
    const forged = subscribe(connect('bridge_session=not-a-real-token'), COUNT, 'unreadNotificationCount');
    const signedOut = await sut.signedIn({ kind: 'STARTUP' });
    const cookie = signedOut.client.cookie;
    await signedOut.client.data('mutation { signOut }');
    const stale = subscribe(connect(cookie), COUNT, 'unreadNotificationCount');

    expect(await visitor.ended).toBe(4401);
    expect(await forged.ended).toBe(4401);
    expect(await stale.ended).toBe(4401);
    expect([...visitor.values, ...forged.values, ...stale.values]).toEqual([]);
  });

  it("refuses a page of a foreign origin even with the user's cookie (close code 4403)", async () => {
    const hijack = subscribe(
      connect(a.client.cookie, 'https://evil.example'),
      COUNT,
      'unreadNotificationCount',
    );
    const lookalike = subscribe(
      connect(a.client.cookie, `${sut.url}.evil.example`),
      COUNT,
      'unreadNotificationCount',
    );
    const allowed = subscribe<number>(
      connect(a.client.cookie, 'https://portal.example'),
      COUNT,
      'unreadNotificationCount',
    );

    expect(await hijack.ended).toBe(4403);
    expect(await lookalike.ended).toBe(4403);
    expect(hijack.values).toEqual([]);
    expect(typeof (await allowed.next(0))).toBe('number');
    allowed.dispose();
  });

  it('pushes the unread count: at once, after each notification and after marking all read', async () => {
    const user = await sut.signedIn({ kind: 'INVESTOR' });
    const counts = subscribe<number>(connect(user.client.cookie), COUNT, 'unreadNotificationCount');

    expect(await counts.next(0)).toBe(0);
    await notify(sut, [user.user.userId], message('one'));
    expect(await counts.next(1)).toBe(1);
    await notify(sut, [user.user.userId], message('two'));
    expect(await counts.next(2)).toBe(2);
    expect(await user.client.data(MARK_ALL_READ)).toEqual({ markNotificationsRead: 2 });
    expect(await counts.next(3)).toBe(0);
    expect(await quietFor(counts, 300)).toBe('nothing');
    counts.dispose();
  });

  it('delivers nothing of a transaction that rolled back (nor of a rolled-back savepoint)', async () => {
    const user = await sut.signedIn({ kind: 'STARTUP' });
    const added = subscribe<Received>(connect(user.client.cookie), ADDED, 'notificationAdded');
    await live(sut, user.user, added);
    const service = sut.bridge.app.get(NotificationsService);

    await expect(
      sut.dataSource.transaction(async (manager) => {
        await service.notify(manager, [user.user.userId], message('rolled-back'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await sut.dataSource.transaction(async (manager) => {
      await manager
        .transaction(async (inner) => {
          await service.notify(inner, [user.user.userId], message('savepoint-rolled-back'));
          throw new Error('inner failed');
        })
        .catch(() => undefined);
      await manager.transaction((inner) =>
        service.notify(inner, [user.user.userId], message('savepoint-kept')),
      );
      await service.notify(manager, [user.user.userId], message('committed'));
    });

    await added.next(1);
    expect(await quietFor(added, 300)).toBe('nothing');
    expect(added.values.map((v) => v.key)).toEqual([
      'notifications.test.savepoint-kept',
      'notifications.test.committed',
    ]);
    const stored: Array<{ key: string }> = await sut.dataSource.query(
      `SELECT key FROM notifications WHERE user_id = $1 AND key <> 'notifications.test.probe' ORDER BY key`,
      [user.user.userId],
    );
    expect(stored.map((r) => r.key)).toEqual([
      'notifications.test.committed',
      'notifications.test.savepoint-kept',
    ]);
    added.dispose();
  });
});

/** Whether Redis answers at REDIS_URL (the cross-process test needs it). */
async function redisReachable(): Promise<boolean> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

describe('live notifications across API processes (Redis pub/sub)', () => {
  let first: TestApp | null = null;
  let second: BridgeApp | null = null;
  const clients: Client[] = [];

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await second?.close();
    await first?.close();
  });

  it('delivers a notification written by one process to the subscriber connected to the other', async () => {
    if (!(await redisReachable())) {
      console.warn(`Skipped the cross-process test: Redis is not reachable at ${REDIS_URL}`);
      return;
    }
    first = await TestApp.start({ REDIS_URL, MAIL_WORKER_ENABLED: 'false' });
    second = await createBridgeApp(
      parseEnv({
        DATABASE_URL: first.database.url,
        DATABASE_POOL_SIZE: '3',
        REDIS_URL,
        SEED_DEMO_DATA: 'false',
        PORTAL_DIR: '',
        NODE_ENV: 'test',
        MAIL_WORKER_ENABLED: 'false',
        SEARCH_WORKER_ENABLED: 'false',
        SAVED_SEARCH_ALERT_INTERVAL_MS: '0',
      }),
      new JsonLogger('silent'),
    );
    await second.app.listen(0, '127.0.0.1');
    const secondUrl = `http://127.0.0.1:${(second.app.getHttpServer().address() as AddressInfo).port}`;
    const a = await first.signedIn({ kind: 'STARTUP' });
    const b = await first.signedIn({ kind: 'INVESTOR' });
    const connect = (cookie: string | null) => {
      const client = liveClient(secondUrl, { cookie, origin: secondUrl });
      clients.push(client);
      return client;
    };
    const subA = subscribe<Received>(connect(a.client.cookie), ADDED, 'notificationAdded');
    const subB = subscribe<Received>(connect(b.client.cookie), ADDED, 'notificationAdded');
    const countA = subscribe<number>(connect(a.client.cookie), COUNT, 'unreadNotificationCount');
    await live(first, a.user, subA);
    await live(first, b.user, subB);
    const before = countA.values.length;

    const [id] = await notify(first, [a.user.userId], message('cross-process'));

    expect((await subA.next(0)).id).toBe(id);
    expect(subA.values[0]?.key).toBe('notifications.test.cross-process');
    expect(await quietFor(subB, 300)).toBe('nothing');
    expect(subB.values).toEqual([]);
    expect(countA.values.length).toBeGreaterThan(before);
    await a.client.data(MARK_ALL_READ);
    await countA.next(countA.values.length);
    expect(countA.values.at(-1)).toBe(0);
  });
});
