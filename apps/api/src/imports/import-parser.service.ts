import { ERROR_KEYS, IMPORT_ROW_KEYS } from '@bridge/contracts';
import type { ImportRowKey } from '@bridge/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setImmediate as yieldToEventLoop } from 'timers/promises';
import { DataSource } from 'typeorm';
import { CompetitionFieldEntity } from '../competitions/entities/competition-field.entity';
import { CsvFormatError, decodeCsv, parseCsv } from './csv-parser';
import { ImportJobEntity } from './entities/import-job.entity';
import { HeaderMapping, ImportColumn, mapHeaders, recordOf } from './import-columns';
import { planRow } from './import-content';
import { existingContent, planSummary } from './import-plan';
import { ImportRunner } from './import-runner';
import { IMPORT_LIMITS } from './import.types';
import type { ImportRow, ImportRowError } from './import.types';
import { DuplicateKeys, fieldIndex, validateRow } from './row-validation';
import { SheetRow, TooManyRowsError, readXlsxRows } from './xlsx-reader';

/** The report of a file: the first errors, how many there are, and how many rows have any. */
class Report {
  readonly errors: ImportRowError[] = [];
  errorCount = 0;
  invalidRows = 0;

  add(errors: ImportRowError[]): void {
    if (!errors.length) return;
    this.invalidRows += 1;
    errors.forEach((error) => this.keep(error));
  }

  fileError(key: ImportRowKey, row: number, params: Record<string, string | number> = {}): void {
    this.keep({ row, column: null, key, params });
  }

  private keep(error: ImportRowError): void {
    this.errorCount += 1;
    if (this.errors.length < IMPORT_LIMITS.reportedErrors) this.errors.push(error);
  }
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => !cell.trim());

function lastFilled(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i].trim()) return i;
  return -1;
}

/**
 * Reads an uploaded file in the background: header mapping, row validation, duplicate keys, then the
 * action of each valid row against the stored projects. Writes progress every few hundred rows and
 * ends the job READY (no error) or INVALID (the row-by-row report). Writes nothing but the job.
 */
@Injectable()
export class ImportParser {
  private readonly logger = new Logger('Imports');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runner: ImportRunner,
  ) {}

  private get jobs() {
    return this.dataSource.getRepository(ImportJobEntity);
  }

  async run(job: Pick<ImportJobEntity, 'id' | 'competitionId' | 'format'>, bytes: Buffer): Promise<void> {
    try {
      await this.parse(job, bytes);
    } catch (error) {
      this.logger.error(
        `import ${job.id} could not be parsed: ${error instanceof Error ? error.stack : error}`,
      );
      await this.jobs.update(
        { id: job.id, status: 'PARSING' },
        { status: 'FAILED', failureKey: ERROR_KEYS.importFailed, rows: null },
      );
    }
  }

  private async parse(job: Pick<ImportJobEntity, 'id' | 'competitionId' | 'format'>, bytes: Buffer) {
    const report = new Report();
    const [headerRow, ...data] = (await this.rowsOf(job, bytes, report)).filter((row) => !isBlank(row.cells));
    const valid: ImportRow[] = [];
    if (!headerRow) {
      if (!report.errorCount) report.fileError(IMPORT_ROW_KEYS.noRows, 1);
      return this.finish(job, null, 0, valid, report);
    }
    const header = mapHeaders(headerRow.cells, headerRow.number);
    header.errors.forEach((error) =>
      report.fileError(error.key as ImportRowKey, headerRow.number, error.params),
    );
    if (data.length > IMPORT_LIMITS.maxRows) {
      const row = data[IMPORT_LIMITS.maxRows].number;
      report.fileError(IMPORT_ROW_KEYS.tooManyRows, row, { max: IMPORT_LIMITS.maxRows });
    }
    if (!data.length) report.fileError(IMPORT_ROW_KEYS.noRows, headerRow.number + 1);
    if (report.errorCount) return this.finish(job, header, data.length, valid, report);

    await this.jobs.update({ id: job.id, status: 'PARSING' }, { totalRows: data.length });
    const fields = await this.dataSource.getRepository(CompetitionFieldEntity).find({
      where: { competitionId: job.competitionId },
    });
    const context = { fields, currentYear: new Date().getUTCFullYear() };
    const index = fieldIndex(fields);
    const duplicates = new DuplicateKeys();
    for (const [i, { number, cells }] of data.entries()) {
      const record = recordOf(cells, header.columns);
      const errors: ImportRowError[] = [];
      const width = lastFilled(cells) + 1;
      if (job.format === 'CSV' && width > header.columns.length) {
        // More cells than headers: usually a separator in an unquoted value, which shifts the columns.
        errors.push({
          row: number,
          column: null,
          key: IMPORT_ROW_KEYS.tooManyCells,
          params: { expected: header.columns.length, found: width },
        });
      }
      const result = validateRow(record, number, context, index);
      errors.push(...result.errors);
      if (result.row && !errors.length) {
        const duplicate = duplicates.check(result.row, record);
        if (duplicate) errors.push(duplicate);
        else valid.push(result.row);
      }
      report.add(errors);
      if ((i + 1) % IMPORT_LIMITS.progressEvery === 0) {
        this.runner.setProgress(job.id, i + 1);
        await this.jobs.update({ id: job.id, status: 'PARSING' }, { processedRows: i + 1 });
        await yieldToEventLoop();
      }
    }
    return this.finish(job, header, data.length, valid, report);
  }

  /**
   * The rows of the file, blank ones included; a file-level problem is reported and gives no rows.
   * While they are read (a few seconds for a large XLSX file) the job shows no total yet.
   */
  private async rowsOf(
    job: Pick<ImportJobEntity, 'id' | 'format'>,
    bytes: Buffer,
    report: Report,
  ): Promise<SheetRow[]> {
    try {
      if (job.format === 'XLSX') return await readXlsxRows(bytes, IMPORT_LIMITS.maxRows + 1000);
      return parseCsv(decodeCsv(bytes)).rows.map((cells, i) => ({ number: i + 1, cells }));
    } catch (error) {
      if (error instanceof CsvFormatError) report.fileError(error.key, error.row);
      else if (error instanceof TooManyRowsError) {
        report.fileError(IMPORT_ROW_KEYS.tooManyRows, IMPORT_LIMITS.maxRows + 2, {
          max: IMPORT_LIMITS.maxRows,
        });
      } else if (job.format === 'XLSX') {
        this.logger.warn(
          `import ${job.id}: unreadable XLSX (${error instanceof Error ? error.message : error})`,
        );
        report.fileError(IMPORT_ROW_KEYS.unreadable, 1);
      } else throw error;
      return [];
    }
  }

  private async finish(
    job: Pick<ImportJobEntity, 'id' | 'competitionId'>,
    header: HeaderMapping | null,
    dataRows: number,
    valid: ImportRow[],
    report: Report,
  ) {
    const columns: ImportColumn[] = header ? [...header.present] : [];
    const existing = await existingContent(
      this.dataSource.manager,
      job.competitionId,
      valid.map((row) => row.key),
    );
    const present = new Set(columns);
    const actions = valid.map((row) => planRow(existing.get(row.key)?.content, row.content, present).action);
    const { counts, sample } = planSummary(valid, actions);
    const ready = report.errorCount === 0 && valid.length > 0;
    await this.jobs.update(
      { id: job.id, status: 'PARSING' },
      {
        status: ready ? 'READY' : 'INVALID',
        totalRows: dataRows,
        processedRows: dataRows,
        newCount: counts.new,
        updateCount: counts.update,
        unchangedCount: counts.unchanged,
        invalidCount: report.invalidRows,
        errorCount: report.errorCount,
        errors: report.errors,
        columns,
        ignoredColumns: header?.ignored ?? [],
        sample,
        rows: ready ? valid : null,
      },
    );
  }
}
