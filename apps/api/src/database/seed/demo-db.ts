import { DEFAULT_FIELDS } from '@bridge/contracts';
import type { JudgingRound } from '@bridge/contracts';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { CompetitionFieldEntity } from '../../competitions/entities/competition-field.entity';
import { CompetitionEntity } from '../../competitions/entities/competition.entity';
import type { CriterionSpec } from './demo-edition.data';
import { demoUuid } from './demo-random';
import type { DemoProject } from './demo-edition.generator';
import { SearchOutbox } from '../../search/outbox/search-outbox';

/** Inserts rows in batches, without reading anything back. */
export async function bulkInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: Array<Partial<T>>,
  batch = 400,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batch) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + batch) as T[])
      .updateEntity(false)
      .execute();
  }
}

/** Runs `write` in a transaction unless the edition exists; false when it existed (or another process won). */
export async function seedEditionOnce(
  dataSource: DataSource,
  edition: { year: number; editionNumber: number },
  write: (manager: EntityManager) => Promise<void>,
): Promise<boolean> {
  const where = { year: edition.year, editionNumber: edition.editionNumber };
  const exists = () => dataSource.getRepository(CompetitionEntity).exists({ where });
  if (await exists()) return false;
  try {
    await dataSource.transaction(async (manager) => {
      await write(manager);
      const competition = await manager.findOneOrFail(CompetitionEntity, { where });
      await SearchOutbox.enqueueCompetition(manager, competition.id);
    });
    return true;
  } catch (error) {
    // Another process wrote it meanwhile: the edition's first insert hit its unique index or key.
    if (isUniqueViolation(error) && (await exists())) return false;
    throw error;
  }
}

/** The columns of a planned project that do not depend on the edition being written. */
export function projectRow(p: DemoProject) {
  return {
    id: p.id,
    title: p.title,
    summary: p.summary,
    description: p.description,
    tags: p.tags,
    trl: p.trl,
    stage: p.stage,
    fundingAskAmount: p.fundingAskAmount,
    fundingAskCurrency: p.fundingAskCurrency,
    seeking: p.seeking,
    teamSize: p.teamSize,
    foundedYear: p.foundedYear,
    city: p.city,
    pitchDeckUrl: p.pitchDeckUrl,
    videoUrl: p.videoUrl,
    contactEmail: p.contactEmail,
    contactPhone: p.contactPhone,
    contactMessenger: p.contactMessenger,
    visibilityConsent: p.visibilityConsent,
    submittedAt: p.submittedAt,
    withdrawnAt: p.withdrawnAt,
    createdAt: new Date(p.submittedAt.getTime() - 3 * 86_400_000),
  };
}

/** The three default fields of an edition, with stable ids; returns the id of each code. */
export async function writeDefaultFields(manager: EntityManager, competitionId: string, prefix: string) {
  const fieldIds = new Map(DEFAULT_FIELDS.map((f) => [f.code, demoUuid(`${prefix}/field/${f.code}`)]));
  await bulkInsert(
    manager,
    CompetitionFieldEntity,
    DEFAULT_FIELDS.map((f, position) => ({
      id: fieldIds.get(f.code),
      competitionId,
      code: f.code,
      name: { ...f.name },
      position,
    })),
  );
  return fieldIds;
}

export function criterionRows(
  competitionId: string,
  prefix: string,
  round: JudgingRound,
  specs: CriterionSpec[],
) {
  return specs.map((c, position) => ({
    id: demoUuid(`${prefix}/criterion/${c.key}`),
    competitionId,
    round,
    name: c.name,
    description: c.description,
    weight: c.weight,
    maxScore: c.maxScore,
    position,
  }));
}
