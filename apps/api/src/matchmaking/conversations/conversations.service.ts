import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { Connection, PageArgs, decodeCursor, encodeCursor } from '../../common/pagination/connection';
import type { Viewer } from '../../identity/viewer';
import { ConversationAccess, ConversationView, toView } from './conversation-access';

/** The kind of the "new messages" notification; one unread per conversation and user at most. */
export const NEW_MESSAGES_KIND = 'conversation.message';
export const conversationLink = (id: string) => `/conversations/${id}`;

/**
 * Conversations of the viewer's active organisation and their read markers. Times of the list's
 * keyset are compared at millisecond precision (what a cursor carries).
 */
@Injectable()
export class ConversationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
  ) {}

  /** Newest activity first. */
  async list(viewer: Viewer, page: PageArgs): Promise<Connection<ConversationView>> {
    const organizationId = viewer.active?.organizationId;
    if (!organizationId)
      return { edges: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 };
    const activity = "date_trunc('milliseconds', c.last_message_at)";
    const query = this.access
      .query()
      .where('(c.startup_organization_id = :organizationId OR c.partner_organization_id = :organizationId)', {
        organizationId,
      });
    const totalCount = await query.clone().getCount();
    const cursor = decodeCursor(page.after);
    if (cursor) {
      query.andWhere(`(${activity}, c.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))`, {
        at: cursor.createdAt,
        id: cursor.id,
      });
    }
    const rows = (
      await query
        .orderBy(activity, 'DESC')
        .addOrderBy('c.id', 'DESC')
        .limit(page.first + 1)
        .getRawMany()
    ).map(toView);
    const edges = rows.slice(0, page.first).map((node) => ({
      cursor: encodeCursor({ createdAt: node.lastMessageAt.toISOString(), id: node.id }),
      node,
    }));
    return {
      edges,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > page.first },
      totalCount,
    };
  }

  get(viewer: Viewer, id: string): Promise<ConversationView> {
    return this.access.get(viewer, id).then((found) => found.conversation);
  }

  /**
   * Moves the viewer's read marker to now (never back) and marks their "new messages" notification
   * of this conversation read.
   */
  async markRead(viewer: Viewer, id: string): Promise<ConversationView> {
    const { conversation } = await this.access.get(viewer, id);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO conversation_reads (conversation_id, user_id, read_at) VALUES ($1, $2, now())
         ON CONFLICT (conversation_id, user_id)
         DO UPDATE SET read_at = GREATEST(conversation_reads.read_at, EXCLUDED.read_at)`,
        [conversation.id, viewer.user.id],
      );
      await manager.query(
        `UPDATE notifications SET read_at = now()
          WHERE user_id = $1 AND kind = $2 AND link = $3 AND read_at IS NULL`,
        [viewer.user.id, NEW_MESSAGES_KIND, conversationLink(conversation.id)],
      );
    });
    return conversation;
  }

  /** The number of the other side's messages after the viewer's read marker, per conversation. */
  async unreadCounts(viewer: Viewer, ids: readonly string[]): Promise<number[]> {
    const organizationId = viewer.active?.organizationId;
    if (!organizationId) throw AppException.notFound('conversation');
    const rows: Array<{ conversation_id: string; count: number }> = await this.dataSource.query(
      `SELECT m.conversation_id, count(*)::int AS count
         FROM messages m
         LEFT JOIN conversation_reads r ON r.conversation_id = m.conversation_id AND r.user_id = $2
        WHERE m.conversation_id = ANY($1::uuid[])
          AND m.author_organization_id <> $3
          AND (r.read_at IS NULL OR m.created_at > r.read_at)
        GROUP BY m.conversation_id`,
      [ids, viewer.user.id, organizationId],
    );
    const counts = new Map(rows.map((r) => [r.conversation_id, r.count]));
    return ids.map((id) => counts.get(id) ?? 0);
  }
}
