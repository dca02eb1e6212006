import { DataSource, EntityManager, In } from 'typeorm';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { ConversationEntity } from '../../matchmaking/entities/conversation.entity';
import { ConversationReadEntity } from '../../matchmaking/conversations/entities/conversation-read.entity';
import { MessageEntity } from '../../matchmaking/conversations/entities/message.entity';
import { MeetingEntity } from '../../matchmaking/meetings/entities/meeting.entity';
import { demoConversationIds } from './demo-introductions';
import { demoUuid } from './demo-random';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

type Side = 'STARTUP' | 'PARTNER';
interface DemoMessage {
  side: Side;
  body: string;
  attachments?: Array<{ url: string; label: string | null }>;
}

/** Messages of the first and second seeded conversation (investor, then park), oldest first. */
const MESSAGES: readonly DemoMessage[][] = [
  [
    {
      side: 'PARTNER',
      body: 'Thank you for accepting. Could you share your latest deck and the pilot results?',
    },
    {
      side: 'STARTUP',
      body: 'Of course. Here is the deck; the pilot report follows next week.',
      attachments: [{ url: 'https://example.com/agrovision/deck-2020.pdf', label: 'AgroVision deck' }],
    },
    { side: 'PARTNER', body: 'Great, thanks. Our partners would like a call: I am sending a few times.' },
    { side: 'STARTUP', body: 'Thursday works for us. Talk then!' },
    { side: 'PARTNER', body: 'Confirmed. We will also invite our agritech venture partner.' },
  ],
  [
    { side: 'PARTNER', body: 'Welcome! Would you like to visit the park and see the lab space?' },
    { side: 'STARTUP', body: 'Yes, we plan a trip to China next month. Which dates suit you?' },
  ],
];

/**
 * Adds messages and meetings to the seeded conversations of accepted introductions: a confirmed call
 * in the first, a proposal waiting for the start-up in the second; AgroVision has read all but the
 * investor's last message. Written once (skipped when the first message exists, or another process
 * wins the race).
 */
export async function seedDemoConversations(dataSource: DataSource): Promise<boolean> {
  const ids = await demoConversationIds(dataSource);
  if (!ids.length) return false;
  const first = demoUuid(`2020/conversation/${ids[0]}/message/0`);
  const exists = () => dataSource.getRepository(MessageEntity).exists({ where: { id: first } });
  if (await exists()) return false;
  try {
    await dataSource.transaction((manager) => write(manager, ids));
    return true;
  } catch (error) {
    if (isUniqueViolation(error) && (await exists())) return false;
    throw error;
  }
}

async function write(manager: EntityManager, ids: string[]): Promise<void> {
  const conversations = await manager.findBy(ConversationEntity, { id: In(ids) });
  const now = Date.now();
  for (const [index, id] of ids.entries()) {
    const conversation = conversations.find((c) => c.id === id);
    const messages = MESSAGES[index];
    if (!conversation || !messages) continue;
    const author = await firstMembers(manager, conversation);
    const organizationOf = (side: Side) =>
      side === 'STARTUP' ? conversation.startupOrganizationId : conversation.partnerOrganizationId;
    // Spread over the days since the conversation opened, ending a few hours ago.
    const start = Math.max(conversation.createdAt.getTime(), now - 6 * DAY_MS);
    const step = (now - 3 * HOUR_MS - start) / messages.length;
    const times = messages.map((_, n) => new Date(start + (n + 1) * step));
    await manager.insert(
      MessageEntity,
      messages.map((message, n) => ({
        id: demoUuid(`2020/conversation/${id}/message/${n}`),
        conversationId: id,
        authorUserId: author[message.side],
        authorOrganizationId: organizationOf(message.side),
        body: message.body,
        attachments: message.attachments ?? [],
        createdAt: times[n],
      })),
    );
    await manager.update(ConversationEntity, { id }, { lastMessageAt: times.at(-1) });
    const startupUser = author.STARTUP;
    if (startupUser && messages.length > 1) {
      await manager.insert(ConversationReadEntity, {
        conversationId: id,
        userId: startupUser,
        readAt: times.at(-2) ?? new Date(start),
      });
    }
    const day = (days: number, hourUtc: number) => {
      const date = new Date(now + days * DAY_MS);
      date.setUTCHours(hourUtc, 0, 0, 0);
      return date;
    };
    if (index === 0) {
      const chosen = day(3, 7); // 15:00 in Beijing, 10:00 in Moscow
      await manager.insert(MeetingEntity, {
        id: demoUuid(`2020/conversation/${id}/meeting/confirmed`),
        conversationId: id,
        proposedByUserId: author.PARTNER,
        proposedByOrganizationId: conversation.partnerOrganizationId,
        status: 'CONFIRMED',
        slots: [day(2, 7), chosen].map((s) => ({ startsAt: s.toISOString(), minutes: 60 })),
        chosenStartsAt: chosen,
        chosenMinutes: 60,
        note: 'Video call with our investment committee.',
        decidedById: author.STARTUP,
        decidedAt: times.at(-2),
        createdAt: times[2],
      });
    } else {
      await manager.insert(MeetingEntity, {
        id: demoUuid(`2020/conversation/${id}/meeting/proposed`),
        conversationId: id,
        proposedByUserId: author.PARTNER,
        proposedByOrganizationId: conversation.partnerOrganizationId,
        status: 'PROPOSED',
        slots: [day(5, 2), day(6, 6), day(7, 8)].map((s) => ({ startsAt: s.toISOString(), minutes: 90 })),
        note: 'A tour of the lab building and a meeting with the park’s landing team.',
        createdAt: times.at(-1),
      });
    }
  }
}

/** The earliest member of each side: the demo accounts. */
async function firstMembers(
  manager: EntityManager,
  conversation: ConversationEntity,
): Promise<Record<Side, string | null>> {
  const rows: Array<{ organization_id: string; user_id: string }> = await manager.query(
    `SELECT DISTINCT ON (organization_id) organization_id, user_id FROM memberships
      WHERE organization_id = ANY($1::uuid[]) ORDER BY organization_id, created_at`,
    [[conversation.startupOrganizationId, conversation.partnerOrganizationId]],
  );
  const of = (organizationId: string) =>
    rows.find((r) => r.organization_id === organizationId)?.user_id ?? null;
  return { STARTUP: of(conversation.startupOrganizationId), PARTNER: of(conversation.partnerOrganizationId) };
}
