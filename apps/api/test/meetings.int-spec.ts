import { DEMO_PASSWORD } from '../src/database/seed/demo-accounts';
import { seedDemoConversations } from '../src/database/seed/demo-conversations';
import { unfoldIcs } from '../src/matchmaking/meetings/ics';
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
import { TestApp } from './support/test-app';

const MEETING = `id conversationId status note proposedByName proposedByMe createdAt icsUrl
  slots { startsAt endsAt minutes } chosenSlot { startsAt endsAt minutes }`;
const PROPOSE = `mutation Propose($input: ProposeMeetingInput!) { proposeMeeting(input: $input) { ${MEETING} } }`;
const PICK = `mutation Pick($input: PickMeetingSlotInput!) { pickMeetingSlot(input: $input) { ${MEETING} } }`;
const CANCEL = `mutation Cancel($id: ID!) { cancelMeeting(id: $id) { ${MEETING} } }`;
const MEETINGS = `query Meetings($id: ID!) { conversation(id: $id) { meetings { ${MEETING} } } }`;

const DAY = 86_400_000;
/** Whole hours from now, in UTC. */
const inDays = (days: number, hour: number) => {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

/**
 * Meetings between AgroVision (start-up: Sasha, Stas) and Northwind (investor: Ivan, Irina):
 * proposals, picks, races, cancellations, the calendar file and who hears about them.
 */
describe('meetings', () => {
  let sut: TestApp;
  let organizer: GraphQLClient;
  let world: OpenConversation;
  let sasha: Party;
  let stas: Party;
  let ivan: Party;
  let irina: Party;
  let stranger: Party;

  const propose = (party: Party, slots: Array<{ startsAt: string; minutes: number }>, note?: string) =>
    party.client.request(PROPOSE, { input: { conversationId: world.conversationId, slots, note } });
  const proposed = async (
    party: Party,
    slots: Array<{ startsAt: string; minutes: number }>,
    note?: string,
  ) => {
    const response = await propose(party, slots, note);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return (response.data as { proposeMeeting: { id: string } }).proposeMeeting;
  };
  const pick = (party: Party, meetingId: string, startsAt: string) =>
    party.client.request(PICK, { input: { meetingId, startsAt } });
  const download = (party: Party | null, meetingId: string) =>
    fetch(`${sut.url}/meetings/${meetingId}/invite.ics`, {
      headers: party?.client.cookie ? { cookie: party.client.cookie } : {},
    });

  beforeAll(async () => {
    sut = await TestApp.start();
    let edition;
    ({ edition, organizer } = await registrationEdition(sut));
    world = await openConversation(sut, edition, { title: 'AgroVision, seed; "Kazan"' });
    sasha = world.startup;
    ivan = world.partner;
    stas = await colleagueOf(sut, sasha);
    irina = await colleagueOf(sut, ivan);
    stranger = await signedInParty(sut, 'INVESTOR');
  });
  afterAll(() => sut?.close());

  it('refuses slots in the past, too short or too long, and more than five', async () => {
    const fields = async (slots: Array<{ startsAt: string; minutes: number }>, note?: string) =>
      (await ivan.client.error(PROPOSE, { input: { conversationId: world.conversationId, slots, note } }))
        .fields;
    expect(await fields([{ startsAt: inDays(-1, 8), minutes: 30 }])).toEqual([
      expect.objectContaining({ field: 'slots.0.startsAt', key: 'validation.range' }),
    ]);
    expect(await fields([{ startsAt: inDays(2, 8), minutes: 10 }])).toEqual([
      expect.objectContaining({ field: 'slots.0.minutes', key: 'validation.range' }),
    ]);
    expect(await fields([{ startsAt: inDays(2, 8), minutes: 481 }])).toEqual([
      expect.objectContaining({ field: 'slots.0.minutes', key: 'validation.range' }),
    ]);
    const six = [1, 2, 3, 4, 5, 6].map((d) => ({ startsAt: inDays(d, 8), minutes: 30 }));
    expect(await fields(six)).toEqual([
      expect.objectContaining({ field: 'slots', key: 'validation.maxItems' }),
    ]);
    expect(await fields([{ startsAt: inDays(2, 8), minutes: 30 }], 'n'.repeat(1001))).toEqual([
      expect.objectContaining({ field: 'note', key: 'validation.maxLength' }),
    ]);
  });

  it('lets only the other side pick one of the offered times, once', async () => {
    const slots = [
      { startsAt: inDays(3, 8), minutes: 60 },
      { startsAt: inDays(2, 8), minutes: 30 },
    ];
    const meeting = await proposed(ivan, slots, '  Video call  ');
    expect(meeting).toMatchObject({
      status: 'PROPOSED',
      proposedByMe: true,
      note: 'Video call',
      chosenSlot: null,
      icsUrl: null,
      slots: [
        {
          startsAt: slots[1]?.startsAt,
          minutes: 30,
          endsAt: new Date(Date.parse(slots[1]!.startsAt) + 30 * 60_000).toISOString(),
        },
        { startsAt: slots[0]?.startsAt, minutes: 60 },
      ],
    });
    const seenBySasha = (await sasha.client.data(MEETINGS, { id: world.conversationId })).conversation
      .meetings;
    expect(seenBySasha).toEqual([expect.objectContaining({ id: meeting.id, proposedByMe: false })]);

    const own = await irina.client.error(PICK, {
      input: { meetingId: meeting.id, startsAt: slots[0]?.startsAt },
    });
    expect(own).toMatchObject({ code: 'FORBIDDEN', key: 'errors.meeting.ownProposal' });
    const notOffered = await sasha.client.error(PICK, {
      input: { meetingId: meeting.id, startsAt: inDays(3, 9) },
    });
    expect(notOffered.code).toBe('BAD_USER_INPUT');
    expect(notOffered.fields).toEqual([
      expect.objectContaining({ field: 'startsAt', key: 'validation.oneOf' }),
    ]);
    expect((await download(sasha, meeting.id)).status).toBe(404);

    const picked = await pick(sasha, meeting.id, slots[0]!.startsAt);
    expect(picked.data?.['pickMeetingSlot']).toMatchObject({
      status: 'CONFIRMED',
      chosenSlot: { startsAt: slots[0]?.startsAt, minutes: 60 },
      icsUrl: `/meetings/${meeting.id}/invite.ics`,
    });
    const again = await stas.client.error(PICK, {
      input: { meetingId: meeting.id, startsAt: slots[1]?.startsAt },
    });
    expect(again).toMatchObject({ code: 'CONFLICT', key: 'errors.meeting.notOpen' });
  });

  it('confirms exactly one of two racing picks; the other gets CONFLICT', async () => {
    const slots = [
      { startsAt: inDays(4, 6), minutes: 45 },
      { startsAt: inDays(5, 6), minutes: 45 },
    ];
    const meeting = await proposed(sasha, slots);
    const [first, second] = await Promise.all([
      pick(ivan, meeting.id, slots[0]!.startsAt),
      pick(irina, meeting.id, slots[1]!.startsAt),
    ]);
    const outcomes = [first, second].map((r) => r.errors?.[0]?.extensions?.['code'] ?? 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const winner = [first, second].find((r) => !r.errors);
    const { meetings } = (await stas.client.data(MEETINGS, { id: world.conversationId })).conversation;
    const stored = meetings.find((m: { id: string }) => m.id === meeting.id);
    expect(stored.status).toBe('CONFIRMED');
    expect(stored.chosenSlot).toEqual(
      (winner?.data as { pickMeetingSlot: { chosenSlot: unknown } }).pickMeetingSlot.chosenSlot,
    );
    // One confirmation notice per member of each side for this meeting, not two.
    for (const party of [sasha, stas, ivan, irina]) {
      const confirmed = (await notificationsOf(party, 'meeting.confirmed')).filter(
        (n) => n.params['startsAt'] === slots[0]?.startsAt || n.params['startsAt'] === slots[1]?.startsAt,
      );
      expect(confirmed).toHaveLength(1);
    }
  });

  it('serves the confirmed time as an RFC 5545 calendar file to the two parties only', async () => {
    const startsAt = inDays(6, 7);
    const meeting = await proposed(ivan, [{ startsAt, minutes: 90 }], 'Room 4, Tower A; bring the demo');
    await pick(stas, meeting.id, startsAt);

    const response = await download(sasha, meeting.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="bridge-meeting-[\d-]+\.ics"$/,
    );
    const text = await response.text();
    const physical = text.split('\r\n');
    expect(physical.at(-1)).toBe('');
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);

    const lines = unfoldIcs(text);
    const value = (name: string) => lines.find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(value('UID')).toBe(`${meeting.id}@bridge`);
    expect(value('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
    const utc = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    expect(value('DTSTART')).toBe(utc(startsAt));
    expect(value('DTEND')).toBe(utc(new Date(Date.parse(startsAt) + 90 * 60_000).toISOString()));
    expect(value('SUMMARY')).toBe('Bridge meeting: AgroVision\\, seed\\; "Kazan"');
    const description = value('DESCRIPTION') ?? '';
    const day = startsAt.slice(0, 10);
    expect(description).toContain(`Beijing time: ${day} 15:00–16:30 (UTC+08:00)`);
    expect(description).toContain(`Moscow time: ${day} 10:00–11:30 (UTC+03:00)`);
    expect(description).toContain('Room 4\\, Tower A\\; bring the demo');
    expect(description.split('\\n').length).toBeGreaterThan(2);

    expect((await download(irina, meeting.id)).status).toBe(200);
    expect((await download(stranger, meeting.id)).status).toBe(404);
    expect((await download({ client: organizer } as Party, meeting.id)).status).toBe(404);
    expect((await download(null, meeting.id)).status).toBe(401);
  });

  it('is invisible and untouchable for other organisations, organizers and visitors', async () => {
    const startsAt = inDays(7, 8);
    const meeting = await proposed(sasha, [{ startsAt, minutes: 30 }]);
    for (const client of [stranger.client, organizer]) {
      const input = { conversationId: world.conversationId, slots: [{ startsAt, minutes: 30 }] };
      expect((await client.error(PROPOSE, { input })).code).toBe('NOT_FOUND');
      expect((await client.error(PICK, { input: { meetingId: meeting.id, startsAt } })).code).toBe(
        'NOT_FOUND',
      );
      expect((await client.error(CANCEL, { id: meeting.id })).code).toBe('NOT_FOUND');
      expect((await client.error(MEETINGS, { id: world.conversationId })).code).toBe('NOT_FOUND');
    }
    expect((await sut.client().error(CANCEL, { id: meeting.id })).code).toBe('UNAUTHENTICATED');
    const { meetings } = (await ivan.client.data(MEETINGS, { id: world.conversationId })).conversation;
    expect(meetings.find((m: { id: string }) => m.id === meeting.id).status).toBe('PROPOSED');
  });

  it('is cancelled by either side, once', async () => {
    const startsAt = inDays(8, 8);
    const meeting = await proposed(sasha, [{ startsAt, minutes: 30 }]);
    const cancelled = await irina.client.data(CANCEL, { id: meeting.id });
    expect(cancelled.cancelMeeting).toMatchObject({ status: 'CANCELLED', icsUrl: null });
    expect((await sasha.client.error(CANCEL, { id: meeting.id })).code).toBe('CONFLICT');
    expect((await ivan.client.error(PICK, { input: { meetingId: meeting.id, startsAt } })).code).toBe(
      'CONFLICT',
    );

    const confirmed = await proposed(ivan, [{ startsAt: inDays(9, 8), minutes: 30 }]);
    await pick(sasha, confirmed.id, inDays(9, 8));
    expect((await ivan.client.data(CANCEL, { id: confirmed.id })).cancelMeeting.status).toBe('CANCELLED');
    expect((await download(sasha, confirmed.id)).status).toBe(404);
  });

  it('tells the other side of proposals and cancellations, and both sides of a confirmation', async () => {
    const count = async (party: Party, kind: string) => (await notificationsOf(party, kind)).length;
    const link = `/conversations/${world.conversationId}`;
    // Proposals so far: each side proposed three times; the other side heard of each.
    expect(await count(sasha, 'meeting.proposed')).toBe(3);
    expect(await count(stas, 'meeting.proposed')).toBe(3);
    expect(await count(ivan, 'meeting.proposed')).toBe(3);
    expect(await count(irina, 'meeting.proposed')).toBe(3);
    // Confirmations: 4 picks succeeded, each told to both sides.
    for (const party of [sasha, stas, ivan, irina]) expect(await count(party, 'meeting.confirmed')).toBe(4);
    // Cancellations: Irina cancelled Sasha's proposal, Ivan cancelled his own confirmed meeting.
    expect(await count(sasha, 'meeting.cancelled')).toBe(2);
    expect(await count(ivan, 'meeting.cancelled')).toBe(0);
    expect(await count(irina, 'meeting.cancelled')).toBe(0);
    const [latest] = await notificationsOf(sasha, 'meeting.cancelled');
    expect(latest).toMatchObject({
      key: 'notifications.meeting.cancelled',
      link,
      params: { project: 'AgroVision, seed; "Kazan"' },
    });
    expect(await notificationsOf(stranger)).toEqual([]);
  });
});

describe('the demo conversations (SEED_DEMO_DATA=true)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start({ SEED_DEMO_DATA: 'true' });
  });
  afterAll(() => sut?.close());

  it('give AgroVision messages, a confirmed call and a proposal to answer, written once', async () => {
    const startup = sut.client();
    await sut.signIn(startup, { email: 'startup@bridge.demo', password: DEMO_PASSWORD });
    const { conversations } = await startup.data(`{ conversations(first: 10) { edges { node {
      purpose unreadCount partner { kind } messages { totalCount edges { node { mine attachments { url } } } }
      meetings { status proposedByMe slots { startsAt } chosenSlot { startsAt } icsUrl } } } } }`);
    const byPurpose = Object.fromEntries(
      conversations.edges.map((e: { node: { purpose: string } }) => [e.node.purpose, e.node]),
    );
    expect(Object.keys(byPurpose).sort()).toEqual(['INVESTMENT', 'LANDING']);
    const investor = byPurpose['INVESTMENT'];
    expect(investor).toMatchObject({
      unreadCount: 1,
      partner: { kind: 'INVESTOR' },
      messages: { totalCount: 5 },
    });
    expect(investor.meetings).toEqual([
      expect.objectContaining({ status: 'CONFIRMED', proposedByMe: false }),
    ]);
    expect(
      investor.messages.edges.some((e: { node: { attachments: unknown[] } }) => e.node.attachments.length),
    ).toBe(true);
    const park = byPurpose['LANDING'];
    expect(park.meetings).toEqual([
      expect.objectContaining({ status: 'PROPOSED', proposedByMe: false, icsUrl: null }),
    ]);
    expect(park.meetings[0].slots).toHaveLength(3);
    expect(Date.parse(park.meetings[0].slots[0].startsAt)).toBeGreaterThan(Date.now());

    const ics = await fetch(`${sut.url}${investor.meetings[0].icsUrl}`, {
      headers: { cookie: startup.cookie ?? '' },
    });
    expect(ics.status).toBe(200);
    expect(await seedDemoConversations(sut.dataSource)).toBe(false);
    const [{ n }] = await sut.dataSource.query(`SELECT count(*)::int AS n FROM messages`);
    expect(n).toBe(7);
  });
});
