import { GraphQLClient } from './support/graphql-client';
import {
  OpenConversation,
  Party,
  colleagueOf,
  notificationsOf,
  openConversation,
  registrationEdition,
  signedInParty,
} from './support/matchmaking';
import { Edition } from './support/edition';
import { TestApp } from './support/test-app';

const MESSAGE = `id conversationId body attachments { url label } authorName authorOrganizationId mine createdAt`;
const CONVERSATION = /* GraphQL */ `
  query One($id: ID!, $first: Int, $before: String) {
    conversation(id: $id) {
      id introductionId purpose projectId projectTitle { en } lastMessageAt unreadCount
      startup { id } partner { id }
      messages(first: $first, before: $before) {
        totalCount pageInfo { endCursor hasNextPage } edges { cursor node { ${MESSAGE} } }
      }
      meetings { id }
    }
  }
`;
const LIST = `query List($first: Int, $after: String) { conversations(first: $first, after: $after) {
  totalCount pageInfo { endCursor hasNextPage } edges { node { id projectTitle { en } unreadCount lastMessageAt partner { id } } } } }`;
const SEND = `mutation Send($input: SendMessageInput!) { sendMessage(input: $input) { ${MESSAGE} } }`;
const READ = `mutation Read($id: ID!) { markConversationRead(id: $id) { id unreadCount } }`;

interface Message {
  body: string;
  mine: boolean;
  authorName: string | null;
  attachments: Array<{ url: string; label: string | null }>;
}

/**
 * AgroVision (start-up: Sasha, with colleague Stas) and Northwind (investor: Ivan, with colleague
 * Irina) after an accepted introduction; Eastgate (another investor), an organizer and a visitor
 * look on.
 */
describe('conversations', () => {
  let sut: TestApp;
  let edition: Edition;
  let organizer: GraphQLClient;
  let world: OpenConversation;
  let sasha: Party;
  let stas: Party;
  let ivan: Party;
  let irina: Party;
  let stranger: Party;

  const send = (party: Party, body: string, attachments?: unknown[], id = world.conversationId) =>
    party.client.data(SEND, { input: { conversationId: id, body, attachments } });
  const read = async (party: Party, variables: Record<string, unknown> = {}) =>
    (await party.client.data(CONVERSATION, { id: world.conversationId, ...variables })).conversation;

  beforeAll(async () => {
    // Quiet background workers: one test counts the SQL statements of a request.
    sut = await TestApp.start({ SEARCH_OUTBOX_INTERVAL_MS: '60000', MAIL_OUTBOX_INTERVAL_MS: '3600000' });
    ({ edition, organizer } = await registrationEdition(sut));
    world = await openConversation(sut, edition, { title: 'AgroVision' });
    sasha = world.startup;
    ivan = world.partner;
    stas = await colleagueOf(sut, sasha);
    irina = await colleagueOf(sut, ivan);
    stranger = await signedInParty(sut, 'INVESTOR');
  });
  afterAll(() => sut?.close());

  it('is readable and writable only by the members of its two organisations', async () => {
    const seen = await read(ivan);
    expect(seen).toMatchObject({
      id: world.conversationId,
      introductionId: world.introductionId,
      purpose: 'INVESTMENT',
      projectId: world.projectId,
      projectTitle: { en: 'AgroVision' },
      startup: { id: sasha.organizationId },
      partner: { id: ivan.organizationId },
      unreadCount: 0,
      messages: { totalCount: 0, edges: [] },
    });
    expect((await read(stas)).id).toBe(world.conversationId);

    const outsiders = [stranger.client, organizer];
    for (const client of outsiders) {
      expect((await client.error(CONVERSATION, { id: world.conversationId })).code).toBe('NOT_FOUND');
      const sent = await client.error(SEND, { input: { conversationId: world.conversationId, body: 'Hi' } });
      expect(sent.code).toBe('NOT_FOUND');
      expect((await client.error(READ, { id: world.conversationId })).code).toBe('NOT_FOUND');
      expect((await client.data(LIST)).conversations).toMatchObject({ totalCount: 0, edges: [] });
    }
    expect((await sut.client().error(CONVERSATION, { id: world.conversationId })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await ivan.client.error(CONVERSATION, { id: 'not-a-uuid' })).code).toBe('NOT_FOUND');
    expect((await read(sasha)).messages.totalCount).toBe(0);
  });

  it('carries messages both ways, oldest to newest within a page, paging back in time', async () => {
    const bodies = [
      'Hello from Northwind',
      'Hello, Ivan',
      'Can we see the deck?',
      'Sure',
      'Thanks',
      'Next week?',
      'Yes',
    ];
    for (const [index, body] of bodies.entries()) await send(index % 2 === 0 ? ivan : sasha, body);

    const newest = (await read(sasha, { first: 3 })).messages;
    expect(newest.totalCount).toBe(7);
    expect(newest.edges.map((e: { node: Message }) => e.node.body)).toEqual(['Thanks', 'Next week?', 'Yes']);
    expect(newest.edges.map((e: { node: Message }) => e.node.mine)).toEqual([false, true, false]);
    expect(newest.pageInfo.hasNextPage).toBe(true);

    const older = (await read(sasha, { first: 3, before: newest.pageInfo.endCursor })).messages;
    expect(older.edges.map((e: { node: Message }) => e.node.body)).toEqual([
      'Hello, Ivan',
      'Can we see the deck?',
      'Sure',
    ]);
    expect(older.pageInfo.hasNextPage).toBe(true);
    const oldest = (await read(sasha, { first: 3, before: older.pageInfo.endCursor })).messages;
    expect(oldest.edges.map((e: { node: Message }) => e.node.body)).toEqual(['Hello from Northwind']);
    expect(oldest.pageInfo.hasNextPage).toBe(false);

    const all = (await read(irina)).messages.edges.map((e: { node: Message }) => e.node);
    expect(all.map((m: Message) => m.body)).toEqual(bodies);
    expect(all[0]).toMatchObject({ mine: true, authorName: expect.stringContaining('User') });
    expect(all[1]).toMatchObject({ mine: false });
  });

  it('keeps links with messages and refuses what is not an http(s) link', async () => {
    const sent = await send(sasha, '  Our deck and demo  ', [
      { url: 'https://example.com/deck.pdf', label: 'Deck' },
      { url: ' http://example.com/demo ', label: ' ' },
    ]);
    expect(sent.sendMessage).toMatchObject({
      body: 'Our deck and demo',
      mine: true,
      attachments: [
        { url: 'https://example.com/deck.pdf', label: 'Deck' },
        { url: 'http://example.com/demo', label: null },
      ],
    });

    const input = (body: string, attachments: unknown[] = []) => ({
      input: { conversationId: world.conversationId, body, attachments },
    });
    const script = await sasha.client.error(SEND, input('See this', [{ url: 'javascript:alert(1)' }]));
    expect(script).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(script.fields).toEqual([
      expect.objectContaining({ field: 'attachments.0.url', key: 'validation.url' }),
    ]);
    const six = Array.from({ length: 6 }, (_, i) => ({ url: `https://example.com/${i}` }));
    expect((await sasha.client.error(SEND, input('Many', six))).fields?.[0]).toMatchObject({
      field: 'attachments',
      key: 'validation.maxItems',
    });
    expect((await sasha.client.error(SEND, input('   '))).fields?.[0]).toMatchObject({
      field: 'body',
      key: 'validation.required',
    });
    expect((await sasha.client.error(SEND, input('x'.repeat(8001)))).fields?.[0]).toMatchObject({
      field: 'body',
      key: 'validation.maxLength',
    });
    expect((await read(ivan)).messages.totalCount).toBe(8);
  });

  it("counts the other side's messages after each user's read marker", async () => {
    // Ivan's side sent 4 messages, Sasha's side 4 (with the one with links); nobody has read yet.
    expect((await read(ivan)).unreadCount).toBe(4);
    expect((await read(irina)).unreadCount).toBe(4);
    expect((await read(sasha)).unreadCount).toBe(4);

    expect(
      (await ivan.client.data(READ, { id: world.conversationId })).markConversationRead.unreadCount,
    ).toBe(0);
    expect((await read(irina)).unreadCount).toBe(4);
    await send(ivan, 'One more from me');
    expect((await read(ivan)).unreadCount).toBe(0);
    await send(stas, 'And one from Stas');
    expect((await read(ivan)).unreadCount).toBe(1);
    expect((await read(sasha)).unreadCount).toBe(5);
  });

  it('notifies the members of the other side once until they read the conversation', async () => {
    const kind = 'conversation.message';
    const link = `/conversations/${world.conversationId}`;
    // Many messages were sent above: each member of each side holds one unread notice, no more.
    for (const party of [ivan, irina, sasha, stas]) {
      const unread = (await notificationsOf(party, kind)).filter((n) => !n.readAt);
      expect(unread).toHaveLength(1);
      expect(unread[0]).toMatchObject({ key: 'notifications.conversation.newMessages', link });
    }
    expect(await notificationsOf(stranger, kind)).toEqual([]);

    // Ivan read the conversation before Stas wrote: a new notice came, and reading clears it.
    expect(await notificationsOf(ivan, kind)).toHaveLength(2);
    await ivan.client.data(READ, { id: world.conversationId });
    expect((await notificationsOf(ivan, kind)).filter((n) => !n.readAt)).toEqual([]);
    await send(sasha, 'Did you get the deck?');
    await send(sasha, 'Ping');
    const ivans = await notificationsOf(ivan, kind);
    expect(ivans).toHaveLength(3);
    expect(ivans.filter((n) => !n.readAt)).toHaveLength(1);
    expect(ivans[0]?.params).toMatchObject({ project: 'AgroVision' });
    // The sender's own side is not notified of its messages.
    expect((await notificationsOf(sasha, kind)).filter((n) => !n.readAt)).toHaveLength(1);
  });

  it("lists the organisation's conversations, newest activity first, with their unread counts", async () => {
    const second = await openConversation(sut, edition, { title: 'RoboArm', partner: ivan });
    await send(second.startup, 'Hello from RoboArm', [], second.conversationId);
    let list = (await ivan.client.data(LIST)).conversations;
    expect(list.totalCount).toBe(2);
    expect(list.edges.map((e: { node: { projectTitle: { en: string } } }) => e.node.projectTitle.en)).toEqual(
      ['RoboArm', 'AgroVision'],
    );
    expect(list.edges[0].node.unreadCount).toBe(1);

    await send(sasha, 'Back on top');
    list = (await irina.client.data(LIST, { first: 1 })).conversations;
    expect(list.edges[0].node.projectTitle.en).toBe('AgroVision');
    expect(list.pageInfo.hasNextPage).toBe(true);
    const next = (await irina.client.data(LIST, { first: 1, after: list.pageInfo.endCursor })).conversations;
    expect(next.edges.map((e: { node: { projectTitle: { en: string } } }) => e.node.projectTitle.en)).toEqual(
      ['RoboArm'],
    );
    expect(next.pageInfo.hasNextPage).toBe(false);

    // Nested fields are batched: two conversations cost as many SQL statements as one.
    const nested = `query List($first: Int) { conversations(first: $first) { edges { node {
      id unreadCount startup { id name { en } } partner { id } meetings { id proposedByName }
      messages(first: 3) { totalCount edges { node { body authorName mine } } } } } } }`;
    const runner = sut.dataSource.createQueryRunner();
    const prototype = Object.getPrototypeOf(runner);
    await runner.release();
    /** Fewest statements of three runs: a background poll (search outbox, mail) only ever adds. */
    const statements = async (first: number) => {
      const counts: number[] = [];
      for (let run = 0; run < 3; run += 1) {
        const spy = jest.spyOn(prototype, 'query');
        try {
          const { conversations } = await ivan.client.data(nested, { first });
          expect(conversations.edges).toHaveLength(first);
          counts.push(spy.mock.calls.length);
        } finally {
          spy.mockRestore();
        }
      }
      return Math.min(...counts);
    };
    const one = await statements(1);
    expect(await statements(2)).toBe(one);

    // The RoboArm team sees only its own conversation; Sasha's team only theirs.
    expect((await second.startup.client.data(LIST)).conversations.totalCount).toBe(1);
    expect((await sasha.client.data(LIST)).conversations.totalCount).toBe(1);
    expect((await sasha.client.error(CONVERSATION, { id: second.conversationId })).code).toBe('NOT_FOUND');
  });
});
