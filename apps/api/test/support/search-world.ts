import type { LocalizedText, ProjectStatus } from '@bridge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { OrganizationEntity } from '../../src/identity/entities/organization.entity';
import { ProjectEntity } from '../../src/projects/entities/project.entity';
import { SearchOutbox } from '../../src/search/outbox/search-outbox';

/**
 * Projects written straight to the database the way the features write them: each change in a
 * transaction that also calls SearchOutbox.enqueue (as projects, judging, imports and the demo seed
 * do once wired).
 */
export interface ProjectSpec {
  competitionId: string;
  fieldId: string | null;
  status?: ProjectStatus;
  consent?: boolean;
  title?: LocalizedText;
  summary?: LocalizedText;
  score?: number | null;
  awardPlace?: number | null;
  trl?: number;
}

let sequence = 0;

export async function insertStartups(manager: EntityManager, count: number): Promise<string[]> {
  const rows = Array.from({ length: count }, () => {
    sequence += 1;
    return {
      kind: 'STARTUP' as const,
      name: { en: `Start-up ${sequence}` },
      description: {},
      contactEmail: `startup-${sequence}-${Date.now()}@example.test`,
      verificationStatus: 'VERIFIED' as const,
    };
  });
  const result = await manager.insert(OrganizationEntity, rows);
  return result.identifiers.map((i) => i['id'] as string);
}

export async function createProject(
  dataSource: DataSource,
  organizationId: string,
  spec: ProjectSpec,
): Promise<string> {
  return dataSource.transaction(async (manager) => {
    const { identifiers } = await manager.insert(ProjectEntity, {
      competitionId: spec.competitionId,
      organizationId,
      fieldId: spec.fieldId,
      status: spec.status ?? 'SUBMITTED',
      visibilityConsent: spec.consent ?? true,
      title: spec.title ?? { en: `Project of ${organizationId.slice(0, 8)}` },
      summary: spec.summary ?? { en: 'A summary' },
      trl: spec.trl ?? 5,
      stage: 'MVP',
      seeking: ['INVESTMENT'],
      city: 'Kazan',
      publishedScore: spec.score ?? null,
      awardPlace: spec.awardPlace ?? null,
    });
    const id = identifiers[0]['id'] as string;
    await SearchOutbox.enqueue(manager, [id]);
    return id;
  });
}

export async function updateProject(
  dataSource: DataSource,
  id: string,
  changes: Partial<ProjectEntity>,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.update(ProjectEntity, { id }, changes);
    await SearchOutbox.enqueue(manager, [id]);
  });
}

export async function deleteProject(dataSource: DataSource, id: string): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await SearchOutbox.enqueue(manager, [id], 'DELETE');
    await manager.delete(ProjectEntity, { id });
  });
}

/** What each audience may see, computed from the projects table (the rule of project-access.ts). */
export async function visibleInDatabase(dataSource: DataSource) {
  const rows: Array<{ id: string; status: ProjectStatus; visibility_consent: boolean; published: boolean }> =
    await dataSource.query(
      `SELECT p.id, p.status, p.visibility_consent, c.finalists_published_at IS NOT NULL AS published
         FROM projects p JOIN competitions c ON c.id = p.competition_id`,
    );
  const market = ['SUBMITTED', 'FINALIST', 'NOT_SELECTED', 'AWARDED'];
  const finalist = ['FINALIST', 'AWARDED'];
  const ids = (keep: (r: (typeof rows)[number]) => boolean) =>
    rows
      .filter(keep)
      .map((r) => r.id)
      .sort();
  return {
    ORGANIZER: ids((r) => r.status !== 'DRAFT'),
    MARKET: ids(
      (r) =>
        (r.visibility_consent && market.includes(r.status)) || (r.published && finalist.includes(r.status)),
    ),
    PUBLIC: ids((r) => r.published && finalist.includes(r.status)),
  };
}
