import { ERROR_KEYS } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { isUniqueViolation } from '../common/errors/database-errors';
import { actor } from '../competitions/competitions.service';
import type { Viewer } from '../identity/viewer';
import { ProjectsService } from '../projects/projects.service';
import { AddToShortlistInput, UpdateShortlistItemInput } from './dtos/shortlist.inputs';
import { ShortlistItemEntity } from './entities/shortlist-item.entity';
import { ShortlistInputCleaner } from './shortlist-input';
import { ShortlistsService, organizationOf } from './shortlists.service';

/** Projects on the viewer's organisation's shortlists, with notes and tags. */
@Injectable()
export class ShortlistItemsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly shortlists: ShortlistsService,
    private readonly projects: ProjectsService,
  ) {}

  /** Items of the given lists, newest first (the caller has checked the lists are the viewer's). */
  itemsOf(shortlistIds: readonly string[]): Promise<ShortlistItemEntity[]> {
    return this.dataSource.getRepository(ShortlistItemEntity).find({
      where: { shortlistId: In([...shortlistIds]) },
      order: { addedAt: 'DESC', id: 'DESC' },
    });
  }

  /** Where a project already is in the viewer's organisation's lists (newest list first). */
  async entriesOf(viewer: Viewer, projectId: string): Promise<ShortlistItemEntity[]> {
    if (!isUUID(projectId)) return [];
    return this.dataSource
      .getRepository(ShortlistItemEntity)
      .createQueryBuilder('i')
      .innerJoin('shortlists', 's', 's.id = i.shortlist_id')
      .where('i.project_id = :projectId AND s.organization_id = :organizationId', {
        projectId,
        organizationId: organizationOf(viewer),
      })
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .getMany();
  }

  /**
   * Adds a project the organisation may see (the rule of `project(id)`: drafts and projects it may
   * not see are NOT_FOUND). A project already on the list is CONFLICT errors.shortlist.duplicate —
   * also when two members add it at once: the list row is locked, and the unique index backs it up.
   */
  async add(viewer: Viewer, input: AddToShortlistInput): Promise<ShortlistItemEntity> {
    const clean = new ShortlistInputCleaner();
    const note = clean.text('note', input.note);
    const tags = clean.tags(input.tags);
    clean.assertValid();
    await this.shortlists.get(viewer, input.shortlistId);
    const { project } = await this.projects.get(viewer, input.projectId);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const shortlist = await this.shortlists.lockOwn(manager, viewer, input.shortlistId);
        const exists = await manager.exists(ShortlistItemEntity, {
          where: { shortlistId: shortlist.id, projectId: project.id },
        });
        if (exists) throw AppException.conflict(ERROR_KEYS.shortlistDuplicate);
        const item = await manager.save(
          manager.create(ShortlistItemEntity, {
            shortlistId: shortlist.id,
            projectId: project.id,
            note: note ?? null,
            tags: tags ?? [],
            projectTitle: project.title,
            addedById: viewer.user.id,
          }),
        );
        await this.shortlists.touch(manager, shortlist.id);
        await this.audit.record(manager, actor(viewer), {
          action: 'shortlist.itemAdded',
          entityType: 'shortlist',
          entityId: shortlist.id,
          after: { itemId: item.id, projectId: project.id, note: item.note, tags: item.tags },
        });
        return item;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_shortlist_items_shortlist_project')) {
        throw AppException.conflict(ERROR_KEYS.shortlistDuplicate);
      }
      throw error;
    }
  }

  async update(viewer: Viewer, input: UpdateShortlistItemInput): Promise<ShortlistItemEntity> {
    const clean = new ShortlistInputCleaner();
    const note = clean.text('note', input.note);
    const tags = clean.tags(input.tags);
    clean.assertValid();
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockOwnItem(manager, viewer, input.itemId);
      const changes: Partial<ShortlistItemEntity> = {};
      if (note !== undefined) changes.note = note;
      if (tags !== undefined) changes.tags = tags;
      if (!Object.keys(changes).length) return before;
      await manager.update(ShortlistItemEntity, { id: before.id }, changes);
      await this.shortlists.touch(manager, before.shortlistId);
      await this.audit.record(manager, actor(viewer), {
        action: 'shortlist.itemUpdated',
        entityType: 'shortlist',
        entityId: before.shortlistId,
        before: { itemId: before.id, note: before.note, tags: before.tags },
        after: { itemId: before.id, note: changes.note ?? before.note, tags: changes.tags ?? before.tags },
      });
      return manager.findOneOrFail(ShortlistItemEntity, { where: { id: before.id } });
    });
  }

  async remove(viewer: Viewer, itemId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockOwnItem(manager, viewer, itemId);
      await manager.delete(ShortlistItemEntity, { id: item.id });
      await this.shortlists.touch(manager, item.shortlistId);
      await this.audit.record(manager, actor(viewer), {
        action: 'shortlist.itemRemoved',
        entityType: 'shortlist',
        entityId: item.shortlistId,
        before: { itemId: item.id, projectId: item.projectId, note: item.note, tags: item.tags },
      });
      return true;
    });
  }

  /** An item of one of the viewer's organisation's lists, with its list locked; NOT_FOUND otherwise. */
  private async lockOwnItem(manager: EntityManager, viewer: Viewer, itemId: string) {
    const item = isUUID(itemId)
      ? await manager.findOne(ShortlistItemEntity, { where: { id: itemId } })
      : null;
    if (!item) throw AppException.notFound('shortlistItem');
    await this.shortlists.lockOwn(manager, viewer, item.shortlistId).catch((error: unknown) => {
      throw error instanceof AppException ? AppException.notFound('shortlistItem') : error;
    });
    // Read again under the lock: a concurrent removal may have won.
    const current = await manager.findOne(ShortlistItemEntity, { where: { id: itemId } });
    if (!current) throw AppException.notFound('shortlistItem');
    return current;
  }
}
