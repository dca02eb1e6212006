import { ERROR_KEYS } from '@bridge/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { CompetitionsService, actor } from '../competitions/competitions.service';
import { CompetitionFieldEntity } from '../competitions/entities/competition-field.entity';
import { CompetitionEntity } from '../competitions/entities/competition.entity';
import { assertStage } from '../competitions/stage-guard';
import { OrganizationEntity } from '../identity/entities/organization.entity';
import type { Viewer } from '../identity/viewer';
import { ProjectEntity } from '../projects/entities/project.entity';
import { ImportJobEntity } from './entities/import-job.entity';
import { planRow } from './import-content';
import { existingContent, planSummary } from './import-plan';
import { ImportRunner } from './import-runner';
import { insertRows, updateRows } from './import-sql';
import { IMPORT_LIMITS } from './import.types';
import type { ImportAction, ImportRow, ImportedContent } from './import.types';
import { SearchOutbox } from '../search/outbox/search-outbox';

/** Database types of the columns the import writes (see insertRows / updateRows). */
const CONTENT_TYPES: Record<keyof ImportedContent, string> = {
  fieldId: 'uuid',
  title: 'jsonb',
  summary: 'jsonb',
  description: 'jsonb',
  tags: 'jsonb',
  trl: 'smallint',
  stage: 'varchar',
  fundingAskAmount: 'bigint',
  fundingAskCurrency: 'varchar',
  seeking: 'jsonb',
  teamSize: 'int',
  foundedYear: 'smallint',
  city: 'varchar',
  contactEmail: 'varchar',
  contactPhone: 'varchar',
  pitchDeckUrl: 'varchar',
  videoUrl: 'varchar',
};
const PROJECT_TYPES = {
  ...CONTENT_TYPES,
  competitionId: 'uuid',
  organizationId: 'uuid',
  status: 'varchar',
  submittedAt: 'timestamptz',
  externalKey: 'varchar',
};
const ORGANIZATION_TYPES = {
  id: 'uuid',
  kind: 'varchar',
  name: 'jsonb',
  description: 'jsonb',
  city: 'varchar',
  contactEmail: 'varchar',
  contactPhone: 'varchar',
  verificationStatus: 'varchar',
};

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * Commits a READY import in one transaction: new start-ups (organisation + SUBMITTED project),
 * content updates of projects imported before, one audit row. A failure rolls everything back and
 * leaves the job FAILED; a second organizer committing the same job gets CONFLICT.
 */
@Injectable()
export class ImportCommitter {
  private readonly logger = new Logger('Imports');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly competitions: CompetitionsService,
    private readonly audit: AuditService,
    private readonly runner: ImportRunner,
  ) {}

  async commit(viewer: Viewer, id: string): Promise<ImportJobEntity> {
    const jobs = this.dataSource.getRepository(ImportJobEntity);
    const job = await jobs.findOne({ where: { id } });
    if (!job) throw AppException.notFound('import');
    if (job.status === 'INVALID' || job.errorCount > 0) {
      throw AppException.conflict(ERROR_KEYS.importHasErrors);
    }
    if (job.status !== 'READY') {
      throw AppException.conflict(ERROR_KEYS.importNotReady, { status: job.status });
    }
    const competition = await this.dataSource
      .getRepository(CompetitionEntity)
      .findOneBy({ id: job.competitionId });
    if (!competition) throw AppException.notFound('competition');
    assertStage(competition, 'IMPORT_APPLICATIONS'); // early answer; checked again under the lock

    const claimed = await jobs.update({ id, status: 'READY' }, { status: 'COMMITTING', processedRows: 0 });
    if (!claimed.affected) throw AppException.conflict(ERROR_KEYS.importNotReady, { status: 'COMMITTING' });

    try {
      await this.runner.track(id, () =>
        this.dataSource.transaction((manager) => this.write(manager, viewer, id, job.competitionId)),
      );
    } catch (error) {
      const failureKey = error instanceof AppException ? error.key : ERROR_KEYS.importFailed;
      if (!(error instanceof AppException)) {
        this.logger.error(
          `import ${id} failed and was rolled back: ${error instanceof Error ? error.stack : error}`,
        );
      }
      await jobs.update({ id, status: 'COMMITTING' }, { status: 'FAILED', failureKey, rows: null });
      throw error instanceof AppException
        ? error
        : new AppException('INTERNAL_SERVER_ERROR', ERROR_KEYS.importFailed);
    }
    return jobs.findOneOrFail({ where: { id } });
  }

  private async write(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
    competitionId: string,
  ): Promise<void> {
    // The edition first, as every project write does, then the job.
    const competition = await this.competitions.lock(manager, competitionId);
    assertStage(competition, 'IMPORT_APPLICATIONS');
    const job = await manager
      .createQueryBuilder(ImportJobEntity, 'j')
      .addSelect('j.rows')
      .where('j.id = :id AND j.status = :status', { id, status: 'COMMITTING' })
      .setLock('pessimistic_write')
      .getOne();
    if (!job?.rows) throw AppException.conflict(ERROR_KEYS.importNotReady);
    const rows = job.rows;

    const fields = await manager.find(CompetitionFieldEntity, {
      where: { competitionId: job.competitionId },
    });
    const fieldIds = new Set(fields.map((f) => f.id));
    if (rows.some((row) => row.content.fieldId && !fieldIds.has(row.content.fieldId))) {
      throw AppException.conflict(ERROR_KEYS.importStale); // a field was removed since the preview
    }

    // Decided again under the lock: another import may have been committed since the preview.
    const existing = await existingContent(
      manager,
      job.competitionId,
      rows.map((row) => row.key),
    );
    const columns = new Set(job.columns);
    const created: ImportRow[] = [];
    const updated: Array<{ id: string; content: ImportedContent }> = [];
    const actions: ImportAction[] = rows.map((row) => {
      const stored = existing.get(row.key);
      const plan = planRow(stored?.content, row.content, columns);
      if (plan.action === 'NEW') created.push(row);
      if (plan.action === 'UPDATE' && stored) updated.push({ id: stored.id, content: plan.content });
      return plan.action;
    });

    let processed = rows.length - created.length - updated.length;
    this.runner.setProgress(id, processed);
    const submittedAt = new Date();
    for (const batch of chunks(created, IMPORT_LIMITS.batchSize)) {
      await this.insert(manager, job.competitionId, batch, submittedAt);
      processed += batch.length;
      this.runner.setProgress(id, processed);
    }
    for (const batch of chunks(updated, IMPORT_LIMITS.batchSize)) {
      await this.update(manager, job.competitionId, batch);
      processed += batch.length;
      this.runner.setProgress(id, processed);
    }

    if (created.length || updated.length) await SearchOutbox.enqueueCompetition(manager, job.competitionId);

    const { counts, sample } = planSummary(rows, actions);
    await this.audit.record(manager, actor(viewer), {
      action: 'import.committed',
      entityType: 'import_job',
      entityId: id,
      after: { competitionId: job.competitionId, fileName: job.fileName, rows: rows.length, ...counts },
    });
    const done = await manager.update(
      ImportJobEntity,
      { id, status: 'COMMITTING' },
      {
        status: 'COMMITTED',
        committedAt: new Date(),
        processedRows: rows.length,
        newCount: counts.new,
        updateCount: counts.update,
        unchangedCount: counts.unchanged,
        sample,
        rows: null,
      },
    );
    if (!done.affected) throw AppException.conflict(ERROR_KEYS.staleState);
  }

  /** One unverified STARTUP organisation and one SUBMITTED project per row: 2 INSERTs per batch. */
  private async insert(manager: EntityManager, competitionId: string, rows: ImportRow[], submittedAt: Date) {
    const organizationIds = rows.map(() => randomUUID());
    await insertRows(
      manager,
      OrganizationEntity,
      ORGANIZATION_TYPES,
      rows.map((row, i) => ({
        id: organizationIds[i],
        kind: 'STARTUP',
        name: row.startupName,
        description: {},
        city: row.content.city,
        contactEmail: row.content.contactEmail,
        contactPhone: row.content.contactPhone,
        verificationStatus: 'UNVERIFIED',
      })),
    );
    await insertRows(
      manager,
      ProjectEntity,
      PROJECT_TYPES,
      rows.map((row, i) => ({
        ...row.content,
        competitionId,
        organizationId: organizationIds[i],
        status: 'SUBMITTED',
        submittedAt,
        externalKey: row.key,
      })),
    );
  }

  /** Content of a batch of projects in one UPDATE: status, organisation and the rest stay as they are. */
  private async update(
    manager: EntityManager,
    competitionId: string,
    rows: Array<{ id: string; content: ImportedContent }>,
  ) {
    await updateRows(
      manager,
      ProjectEntity,
      CONTENT_TYPES,
      rows.map(({ id, content }) => ({ id, ...content })),
      't.competition_id = $2',
      [competitionId],
    );
  }
}
