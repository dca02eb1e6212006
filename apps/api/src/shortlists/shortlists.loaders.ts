import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByKey, requestLoader } from '../common/dataloader/request-loader';
import type { RequestContext, Viewer } from '../identity/viewer';
import type { ShortlistItemEntity } from './entities/shortlist-item.entity';
import { ShortlistItemsService } from './shortlist-items.service';
import { ShortlistProject, ShortlistProjects } from './shortlist-projects';

/** Per-request loaders of what a Shortlist nests: a page of lists costs a fixed number of statements. */
@Injectable()
export class ShortlistsLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: ShortlistItemsService,
    private readonly projects: ShortlistProjects,
  ) {}

  itemCounts(context: RequestContext) {
    return requestLoader(context, 'shortlistItemCounts', async (ids: readonly string[]) => {
      const rows: Array<{ shortlist_id: string; count: number }> = await this.dataSource.query(
        `SELECT shortlist_id, count(*)::int AS count FROM shortlist_items
          WHERE shortlist_id = ANY($1::uuid[]) GROUP BY shortlist_id`,
        [ids],
      );
      const counts = new Map(rows.map((r) => [r.shortlist_id, r.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }

  itemsOf(context: RequestContext) {
    return requestLoader(context, 'shortlistItems', async (ids: readonly string[]) => {
      return groupByKey(ids, await this.items.itemsOf(ids), (row) => row.shortlistId);
    });
  }

  /** The project of an item as the viewer may see it now (null when not visible); keyed by the item row. */
  projectOf(context: RequestContext, viewer: Viewer) {
    return requestLoader(
      context,
      'shortlistItemProjects',
      (items: readonly ShortlistItemEntity[]): Promise<Array<ShortlistProject | null>> =>
        this.projects.ofItems(viewer, items),
    );
  }
}
