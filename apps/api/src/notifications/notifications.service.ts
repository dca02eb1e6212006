import type { NotificationKey } from '@bridge/contracts';
import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, IsNull } from 'typeorm';
import { PageArgs, decodeCursor, toConnection } from '../common/pagination/connection';
import { NotificationEmails } from './email/notification-emails.service';
import { NotificationPublisher } from './live/notification-publisher';
import { NotificationEntity } from './notification.entity';

export interface NotificationMessage {
  kind: string;
  key: NotificationKey;
  params?: Record<string, string | number>;
  link?: string | null;
}

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    // Optional: the demo seed builds the service by hand and writes notifications only.
    @Optional() private readonly emails?: NotificationEmails,
    @Optional() private readonly publisher?: NotificationPublisher,
  ) {}

  /**
   * Writes notifications inside the caller's transaction — they exist exactly when the change does —
   * queues their e-mails (to recipients who want this category by e-mail, in their language) and
   * hands them to live subscribers once the transaction has committed (never when it rolls back).
   */
  async notify(manager: EntityManager, userIds: string[], message: NotificationMessage): Promise<void> {
    const unique = [...new Set(userIds)];
    if (!unique.length) return;
    const { generatedMaps } = await manager.insert(
      NotificationEntity,
      unique.map((userId) => ({
        userId,
        kind: message.kind,
        key: message.key,
        params: message.params ?? {},
        link: message.link ?? null,
      })),
    );
    await this.emails?.enqueue(manager, unique, message);
    await this.publisher?.afterCommit(
      manager,
      unique.map((userId, i) => ({
        type: 'added' as const,
        userId,
        notification: {
          id: String(generatedMaps[i]?.['id']),
          kind: message.kind,
          key: message.key,
          params: message.params ?? {},
          link: message.link ?? null,
          readAt: null,
          createdAt: new Date(generatedMaps[i]?.['createdAt'] as Date).toISOString(),
        },
      })),
    );
  }

  /** Every member of the organisations (for notices to a start-up team). */
  async membersOf(manager: EntityManager, organizationIds: string[]): Promise<Map<string, string[]>> {
    const rows: Array<{ organization_id: string; user_id: string }> = organizationIds.length
      ? await manager.query(
          'SELECT organization_id, user_id FROM memberships WHERE organization_id = ANY($1::uuid[])',
          [organizationIds],
        )
      : [];
    const map = new Map<string, string[]>();
    for (const row of rows)
      map.set(row.organization_id, [...(map.get(row.organization_id) ?? []), row.user_id]);
    return map;
  }

  async list(userId: string, page: PageArgs, unreadOnly: boolean) {
    const query = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    const totalCount = await query.clone().getCount();
    const cursor = decodeCursor(page.after);
    if (cursor) {
      query.andWhere(
        new Brackets((q) =>
          q
            .where('n.created_at < :createdAt', { createdAt: cursor.createdAt })
            .orWhere('(n.created_at = :createdAt AND n.id < :id)', cursor),
        ),
      );
    }
    const rows = await query
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, totalCount, (row) => row);
  }

  unreadCount(userId: string): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).count({ where: { userId, readAt: IsNull() } });
  }

  /** Marks the given notifications (or all) of the user read; returns how many changed. */
  async markRead(userId: string, ids: string[] | null): Promise<number> {
    const where = ids ? { userId, id: In(ids), readAt: IsNull() } : { userId, readAt: IsNull() };
    const result = await this.dataSource
      .getRepository(NotificationEntity)
      .update(where, { readAt: new Date() });
    const changed = result.affected ?? 0;
    if (changed) await this.publisher?.afterCommit(this.dataSource.manager, [{ type: 'read', userId }]);
    return changed;
  }
}
