import { ERROR_KEYS } from '@bridge/contracts';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { AppException } from '../common/errors/app.exception';
import { PageArgs, decodeCursor, toConnection } from '../common/pagination/connection';
import { CompetitionEntity } from '../competitions/entities/competition.entity';
import { assertStage } from '../competitions/stage-guard';
import type { Viewer } from '../identity/viewer';
import { ImportJobEntity } from './entities/import-job.entity';
import { ImportException } from './import.exception';
import { ImportParser } from './import-parser.service';
import { ImportRunner } from './import-runner';
import { IMPORT_LIMITS } from './import.types';
import type { ImportFormat } from './import.types';
import { looksLikeZip } from './xlsx-reader';

export interface UploadedFile {
  fileName: string;
  format: ImportFormat;
  bytes: Buffer;
}

/** Import jobs: upload (parsed in the background), reading with live progress, listing. */
@Injectable()
export class ImportsService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parser: ImportParser,
    private readonly runner: ImportRunner,
  ) {}

  private get jobs() {
    return this.dataSource.getRepository(ImportJobEntity);
  }

  /** Jobs a crash or restart interrupted are marked FAILED at start (and whenever one is read). */
  async onApplicationBootstrap(): Promise<void> {
    await this.expireStale();
  }

  /** Refuses early — before a large body is read — an import the edition does not take now. */
  async assertCanImport(competitionId: string): Promise<void> {
    const competition = await this.dataSource
      .getRepository(CompetitionEntity)
      .findOneBy({ id: competitionId });
    if (!competition) throw AppException.notFound('competition');
    assertStage(competition, 'IMPORT_APPLICATIONS');
  }

  /** Creates the job (PARSING) and parses the file in the background; returns at once. */
  async upload(viewer: Viewer, competitionId: string, file: UploadedFile): Promise<string> {
    if (!file.bytes.length) throw ImportException.emptyFile();
    if (looksLikeZip(file.bytes) !== (file.format === 'XLSX')) throw ImportException.invalidFile();
    await this.assertCanImport(competitionId);
    const job = await this.jobs.save(
      this.jobs.create({
        competitionId,
        createdById: viewer.user.id,
        fileName: file.fileName,
        fileSize: file.bytes.length,
        format: file.format,
        status: 'PARSING',
      }),
    );
    this.runner.background(job.id, () => this.parser.run(job, file.bytes));
    return job.id;
  }

  /** A job with its live progress (rows processed so far here, when it runs in this process). */
  async get(id: string): Promise<{ job: ImportJobEntity; live?: number }> {
    let job = await this.jobs.findOne({ where: { id } });
    if (!job) throw AppException.notFound('import');
    if ((job.status === 'PARSING' || job.status === 'COMMITTING') && !this.runner.isRunning(id)) {
      if (await this.expireStale(id)) job = await this.jobs.findOneOrFail({ where: { id } });
    }
    return { job, live: this.runner.progress(id) };
  }

  /** An edition's imports, newest first. */
  async list(competitionId: string, page: PageArgs) {
    const query = this.jobs
      .createQueryBuilder('j')
      .where('j.competition_id = :competitionId', { competitionId });
    const totalCount = await query.clone().getCount();
    const cursor = decodeCursor(page.after);
    if (cursor) {
      query.andWhere(
        new Brackets((q) =>
          q
            .where('j.created_at < :createdAt', { createdAt: cursor.createdAt })
            .orWhere('(j.created_at = :createdAt AND j.id < :id)', cursor),
        ),
      );
    }
    const rows = await query
      .orderBy('j.created_at', 'DESC')
      .addOrderBy('j.id', 'DESC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, totalCount, (row) => row);
  }

  /**
   * PARSING or COMMITTING jobs that no process works on any more: untouched for
   * IMPORT_LIMITS.staleAfterMs, not running here, and not locked by a committing transaction
   * elsewhere (SKIP LOCKED). Their rows were never written (a commit is one transaction).
   */
  private async expireStale(id?: string): Promise<number> {
    const [, affected] = (await this.dataSource.query(
      `UPDATE import_jobs SET status = 'FAILED', failure_key = $1, rows = NULL, updated_at = now()
        WHERE id IN (
          SELECT id FROM import_jobs
           WHERE status IN ('PARSING', 'COMMITTING')
             AND updated_at < now() - make_interval(secs => $2)
             AND NOT (id = ANY($3::uuid[]))
             AND ($4::uuid IS NULL OR id = $4::uuid)
           FOR UPDATE SKIP LOCKED)`,
      [ERROR_KEYS.importInterrupted, IMPORT_LIMITS.staleAfterMs / 1000, this.runner.runningIds(), id ?? null],
    )) as [unknown, number];
    return affected;
  }
}
