import { resolveText } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Connection, decodeCursor, toConnection } from '../../common/pagination/connection';
import type { Viewer } from '../../identity/viewer';
import { NotificationsService } from '../../notifications/notifications.service';
import { ConversationAccess, ConversationView, otherSide } from './conversation-access';
import { NEW_MESSAGES_KIND, conversationLink } from './conversations.service';
import { SendMessageInput } from './dtos/conversation.inputs';
import { MessageEntity } from './entities/message.entity';
import { cleanMessage } from './message-input';

/** An organisation's or project's name for a notification's parameters (the portal shows it as is). */
export const nameOf = (text: Parameters<typeof resolveText>[0]) => resolveText(text, 'en')?.text ?? '';

/**
 * Messages of conversations. Not audited: organizers read the audit log, and they never read
 * messages (DESIGN.md §4).
 */
@Injectable()
export class MessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Writes the message, moves the conversation's last activity, and notifies the other side's
   * members — unless a "new messages" notification of this conversation is still unread for them.
   * The update of the conversation row comes first: it serialises the sends of one conversation, so
   * two racing messages cannot both notify.
   */
  async send(viewer: Viewer, input: SendMessageInput): Promise<MessageEntity> {
    const { body, attachments } = cleanMessage(input);
    const { conversation, side } = await this.access.get(viewer, input.conversationId);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE conversations SET last_message_at = now() WHERE id = $1`, [
        conversation.id,
      ]);
      const message = await manager.save(
        manager.create(MessageEntity, {
          conversationId: conversation.id,
          authorUserId: viewer.user.id,
          authorOrganizationId: side,
          body,
          attachments,
        }),
      );
      await this.notifyOtherSide(manager, viewer, conversation, side);
      return message;
    });
  }

  private async notifyOtherSide(
    manager: EntityManager,
    viewer: Viewer,
    conversation: ConversationView,
    side: string,
  ): Promise<void> {
    const other = otherSide(conversation, side);
    const members = (await this.notifications.membersOf(manager, [other])).get(other) ?? [];
    if (!members.length) return;
    const link = conversationLink(conversation.id);
    const pending: Array<{ user_id: string }> = await manager.query(
      `SELECT DISTINCT user_id FROM notifications
        WHERE user_id = ANY($1::uuid[]) AND kind = $2 AND link = $3 AND read_at IS NULL`,
      [members, NEW_MESSAGES_KIND, link],
    );
    const skip = new Set(pending.map((row) => row.user_id));
    await this.notifications.notify(
      manager,
      members.filter((userId) => !skip.has(userId)),
      {
        kind: NEW_MESSAGES_KIND,
        key: 'notifications.conversation.newMessages',
        params: {
          organization: nameOf(viewer.active?.organization.name),
          project: nameOf(conversation.projectTitle),
        },
        link,
      },
    );
  }

  /**
   * A page of messages per conversation, in one statement however many conversations: the newest
   * `first` (before the cursor, when given), returned oldest → newest. `pageInfo.endCursor` is the
   * cursor of the oldest message of the page (pass it as `before`), `hasNextPage` says whether older
   * messages exist; `totalCount` counts all messages of the conversation.
   */
  async pages(
    ids: readonly string[],
    first: number,
    before: string | null | undefined,
  ): Promise<Array<Connection<MessageEntity>>> {
    const cursor = decodeCursor(before);
    const query = this.dataSource
      .getRepository(MessageEntity)
      .createQueryBuilder('m')
      .where(
        `m.id IN (SELECT r.id FROM (
           SELECT x.id, row_number() OVER (PARTITION BY x.conversation_id ORDER BY x.created_at DESC, x.id DESC) AS rn
             FROM messages x
            WHERE x.conversation_id IN (:...ids)
              ${cursor ? 'AND (x.created_at, x.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))' : ''}
         ) r WHERE r.rn <= :limit)`,
        { ids, limit: first + 1, at: cursor?.createdAt, id: cursor?.id },
      )
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC');
    const [rows, totals] = await Promise.all([
      query.getMany(),
      this.dataSource.query(
        `SELECT conversation_id, count(*)::int AS count FROM messages
          WHERE conversation_id = ANY($1::uuid[]) GROUP BY conversation_id`,
        [ids],
      ) as Promise<Array<{ conversation_id: string; count: number }>>,
    ]);
    const counts = new Map(totals.map((t) => [t.conversation_id, t.count]));
    return ids.map((id) => {
      const connection = toConnection(
        rows.filter((row) => row.conversationId === id),
        first,
        counts.get(id) ?? 0,
        (row) => row,
      );
      connection.edges.reverse();
      return connection;
    });
  }
}
