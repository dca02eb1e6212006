import { ERROR_KEYS } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { isUniqueViolation } from '../common/errors/database-errors';
import { actor } from '../competitions/competitions.service';
import type { Viewer } from '../identity/viewer';
import { CreateShortlistInput, UpdateShortlistInput } from './dtos/shortlist.inputs';
import { ShortlistEntity } from './entities/shortlist.entity';
import { ShortlistInputCleaner, nameKeyOf } from './shortlist-input';

/** The organisation a viewer's shortlists belong to: the active one (MARKET guarantees it). */
export function organizationOf(viewer: Viewer): string {
  const organizationId = viewer.active?.organizationId;
  if (!organizationId) throw AppException.forbidden(ERROR_KEYS.marketKindRequired);
  return organizationId;
}

/**
 * Shortlists of the viewer's active organisation. Another organisation's list is NOT_FOUND, exactly
 * like one that does not exist: nobody learns that it exists.
 */
@Injectable()
export class ShortlistsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Newest first. */
  list(viewer: Viewer): Promise<ShortlistEntity[]> {
    return this.dataSource.getRepository(ShortlistEntity).find({
      where: { organizationId: organizationOf(viewer) },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  async get(viewer: Viewer, id: string, manager = this.dataSource.manager): Promise<ShortlistEntity> {
    const shortlist = isUUID(id)
      ? await manager.findOne(ShortlistEntity, { where: { id, organizationId: organizationOf(viewer) } })
      : null;
    if (!shortlist) throw AppException.notFound('shortlist');
    return shortlist;
  }

  /**
   * The list locked for this transaction (FOR UPDATE): item changes of one list run one after the
   * other, and a list cannot be deleted under a running add.
   */
  async lockOwn(manager: EntityManager, viewer: Viewer, id: string): Promise<ShortlistEntity> {
    const shortlist = isUUID(id)
      ? await manager.findOne(ShortlistEntity, {
          where: { id, organizationId: organizationOf(viewer) },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!shortlist) throw AppException.notFound('shortlist');
    return shortlist;
  }

  /** Marks the list as changed (its items). */
  async touch(manager: EntityManager, id: string): Promise<void> {
    await manager.update(ShortlistEntity, { id }, { updatedAt: () => 'now()' });
  }

  async create(viewer: Viewer, input: CreateShortlistInput): Promise<ShortlistEntity> {
    const organizationId = organizationOf(viewer);
    const clean = new ShortlistInputCleaner();
    const name = clean.name(input.name ?? '') ?? '';
    const description = clean.text('description', input.description);
    clean.assertValid();
    return this.uniqueName(() =>
      this.dataSource.transaction(async (manager) => {
        const shortlist = await manager.save(
          manager.create(ShortlistEntity, {
            organizationId,
            name,
            nameKey: nameKeyOf(name),
            description: description ?? null,
            createdById: viewer.user.id,
          }),
        );
        await this.audit.record(manager, actor(viewer), {
          action: 'shortlist.created',
          entityType: 'shortlist',
          entityId: shortlist.id,
          after: { name, description: description ?? null },
        });
        return shortlist;
      }),
    );
  }

  async update(viewer: Viewer, input: UpdateShortlistInput): Promise<ShortlistEntity> {
    const clean = new ShortlistInputCleaner();
    const name = clean.name(input.name);
    const description = clean.text('description', input.description);
    clean.assertValid();
    return this.uniqueName(() =>
      this.dataSource.transaction(async (manager) => {
        const before = await this.lockOwn(manager, viewer, input.id);
        const changes: Partial<ShortlistEntity> = {};
        if (name !== undefined) Object.assign(changes, { name, nameKey: nameKeyOf(name) });
        if (description !== undefined) changes.description = description;
        if (!Object.keys(changes).length) return before;
        await manager.update(ShortlistEntity, { id: before.id }, changes);
        await this.audit.record(manager, actor(viewer), {
          action: 'shortlist.updated',
          entityType: 'shortlist',
          entityId: before.id,
          before: { name: before.name, description: before.description },
          after: {
            name: changes.name ?? before.name,
            description: changes.description ?? before.description,
          },
        });
        return manager.findOneOrFail(ShortlistEntity, { where: { id: before.id } });
      }),
    );
  }

  /** Deletes the list and its items. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const shortlist = await this.lockOwn(manager, viewer, id);
      const [{ count }] = await manager.query(
        'SELECT count(*)::int AS count FROM shortlist_items WHERE shortlist_id = $1',
        [shortlist.id],
      );
      await manager.delete(ShortlistEntity, { id: shortlist.id });
      await this.audit.record(manager, actor(viewer), {
        action: 'shortlist.deleted',
        entityType: 'shortlist',
        entityId: shortlist.id,
        before: { name: shortlist.name, items: count },
      });
      return true;
    });
  }

  /** Records a download of the list (who, which format, how many rows). */
  async recordExport(viewer: Viewer, id: string, format: 'csv' | 'xlsx', rows: number): Promise<void> {
    await this.audit.record(this.dataSource.manager, actor(viewer), {
      action: 'shortlist.exported',
      entityType: 'shortlist',
      entityId: id,
      after: { format, rows },
    });
  }

  private async uniqueName<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, 'uq_shortlists_organization_name')) {
        throw AppException.conflict(ERROR_KEYS.shortlistNameTaken);
      }
      throw error;
    }
  }
}
