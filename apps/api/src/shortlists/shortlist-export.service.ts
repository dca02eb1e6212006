import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CompetitionFieldEntity } from '../competitions/entities/competition-field.entity';
import { UserEntity } from '../identity/entities/user.entity';
import type { Viewer } from '../identity/viewer';
import type { ShortlistEntity } from './entities/shortlist.entity';
import type { ShortlistExportRow } from './shortlist-export.sheet';
import { ShortlistItemsService } from './shortlist-items.service';
import { ShortlistProjects } from './shortlist-projects';
import { ShortlistsService } from './shortlists.service';

/** Reads a shortlist for a download: the same checks and visibility as the GraphQL queries. */
@Injectable()
export class ShortlistExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shortlists: ShortlistsService,
    private readonly items: ShortlistItemsService,
    private readonly projects: ShortlistProjects,
  ) {}

  /** NOT_FOUND for a list of another organisation. A fixed number of statements, however long the list. */
  async read(
    viewer: Viewer,
    id: string,
  ): Promise<{ shortlist: ShortlistEntity; rows: ShortlistExportRow[] }> {
    const shortlist = await this.shortlists.get(viewer, id);
    const items = await this.items.itemsOf([shortlist.id]);
    const projects = await this.projects.ofItems(viewer, items);
    const fieldIds = [...new Set(projects.map((p) => p?.project.fieldId).filter((f): f is string => !!f))];
    const fields = new Map(
      (fieldIds.length
        ? await this.dataSource.getRepository(CompetitionFieldEntity).findBy({ id: In(fieldIds) })
        : []
      ).map((f) => [f.id, f.name]),
    );
    const userIds = [...new Set(items.map((i) => i.addedById).filter((u): u is string => !!u))];
    const users = new Map(
      (userIds.length ? await this.dataSource.getRepository(UserEntity).findBy({ id: In(userIds) }) : []).map(
        (u) => [u.id, u.displayName],
      ),
    );
    const rows = items.map((item, index) => {
      const project = projects[index];
      return {
        item,
        project,
        fieldName: project?.project.fieldId ? (fields.get(project.project.fieldId) ?? null) : null,
        addedByName: item.addedById ? (users.get(item.addedById) ?? null) : null,
      };
    });
    return { shortlist, rows };
  }
}
