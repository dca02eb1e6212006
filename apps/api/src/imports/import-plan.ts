import { EntityManager } from 'typeorm';
import { ProjectEntity } from '../projects/entities/project.entity';
import { contentOf } from './import-content';
import { IMPORT_LIMITS } from './import.types';
import type { ImportCounts, ImportRow, ImportSample, ImportedContent } from './import.types';

/** Project content of the competition's imported projects with these keys, by key. */
export async function existingContent(
  manager: EntityManager,
  competitionId: string,
  keys: string[],
): Promise<Map<string, { id: string; content: ImportedContent }>> {
  const result = new Map<string, { id: string; content: ImportedContent }>();
  if (!keys.length) return result;
  const projects = await manager
    .getRepository(ProjectEntity)
    .createQueryBuilder('p')
    .where('p.competition_id = :competitionId', { competitionId })
    .andWhere('p.external_key = ANY(:keys)', { keys })
    .getMany();
  for (const project of projects) {
    if (project.externalKey) result.set(project.externalKey, { id: project.id, content: contentOf(project) });
  }
  return result;
}

/** Counts and preview sample of rows planned against the stored projects. */
export function planSummary(
  rows: readonly ImportRow[],
  actions: ReadonlyArray<ImportSample['action']>,
): { counts: Omit<ImportCounts, 'invalid'>; sample: ImportSample[] } {
  const counts = { new: 0, update: 0, unchanged: 0 };
  actions.forEach((action) => {
    if (action === 'NEW') counts.new += 1;
    else if (action === 'UPDATE') counts.update += 1;
    else counts.unchanged += 1;
  });
  const sample = rows.slice(0, IMPORT_LIMITS.sampleRows).map((row, i) => ({
    row: row.row,
    key: row.key,
    action: actions[i],
    startupName: row.startupName,
    title: row.content.title,
    fieldCode: row.fieldCode,
    trl: row.content.trl,
    stage: row.content.stage,
    city: row.content.city,
    contactEmail: row.content.contactEmail,
  }));
  return { counts, sample };
}
