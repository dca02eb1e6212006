import type { ProjectStage } from '@bridge/contracts';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedTextDto } from '../../common/graphql/localized-text.dto';
import { ConnectionType } from '../../common/pagination/connection';
import { ProjectStageEnum } from '../../competitions/dtos/competition.enums';
import GraphQLJSON from '../../common/graphql/json.scalar';
import { ImportJobEntity } from '../entities/import-job.entity';
import { IMPORT_LIMITS } from '../import.types';
import type { ImportAction, ImportFormat, ImportStatus } from '../import.types';
import { ImportActionEnum, ImportFormatEnum, ImportStatusEnum } from './import.enums';

@ObjectType('ImportCounts', {
  description: 'Rows by what committing them does (or did), and rows with errors.',
})
export class ImportCountsDto {
  @Field(() => Int) new: number;
  @Field(() => Int) update: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) invalid: number;
}

@ObjectType('ImportRowError', {
  description: 'One problem of the file: a translation key at a row and column.',
})
export class ImportRowErrorDto {
  @Field(() => Int, { description: 'Spreadsheet row number; the header is row 1.' }) row: number;
  @Field(() => String, { nullable: true, description: 'Canonical column name, e.g. trl or title_en.' })
  column: string | null;
  @Field({ description: 'Translation key (validation.* or import.*).' }) key: string;
  @Field(() => GraphQLJSON) params: Record<string, string | number>;
}

@ObjectType('ImportSampleRow', { description: 'A normalised row of the file and what committing it does.' })
export class ImportSampleRowDto {
  @Field(() => Int) row: number;
  @Field({ description: 'The stable key matched against earlier imports.' }) externalKey: string;
  @Field(() => ImportActionEnum) action: ImportAction;
  @Field(() => LocalizedTextDto) startupName: LocalizedTextDto;
  @Field(() => LocalizedTextDto) title: LocalizedTextDto;
  @Field() fieldCode: string;
  @Field(() => Int, { nullable: true }) trl: number | null;
  @Field(() => ProjectStageEnum, { nullable: true }) stage: ProjectStage | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) contactEmail: string | null;
}

@ObjectType('ImportJob', {
  description: 'An uploaded file of applications: preview, then all-or-nothing commit.',
})
export class ImportJobDto {
  @Field(() => ID) id: string;
  @Field(() => ID) competitionId: string;
  @Field() fileName: string;
  @Field(() => Int, { description: 'Bytes.' }) fileSize: number;
  @Field(() => ImportFormatEnum) format: ImportFormat;
  @Field(() => ImportStatusEnum) status: ImportStatus;
  @Field(() => Int, {
    nullable: true,
    description: 'Data rows; null while an XLSX file is still being read.',
  })
  totalRows: number | null;
  @Field(() => Int, { description: 'Rows read (PARSING) or written (COMMITTING) so far.' })
  processedRows: number;
  @Field(() => Float, { nullable: true, description: '0–1; null while the number of rows is not known yet.' })
  progress: number | null;
  @Field(() => ImportCountsDto) counts: ImportCountsDto;
  @Field(() => Int, { description: 'All errors; `errors` lists the first 200.' }) errorCount: number;
  @Field(() => [ImportRowErrorDto]) errors: ImportRowErrorDto[];
  @Field(() => [String], { description: 'Columns of the file Bridge reads, by canonical name.' })
  columns: string[];
  @Field(() => [String], { description: 'Header cells Bridge does not read.' }) ignoredColumns: string[];
  @Field(() => [ImportSampleRowDto], { description: 'The first 20 valid rows, normalised.' })
  sample: ImportSampleRowDto[];
  @Field(() => String, { nullable: true, description: 'Why the job FAILED: an error key.' })
  failureKey: string | null;
  @Field(() => ID, { nullable: true }) createdById: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true }) committedAt: Date | null;

  /** `live`: rows processed so far by this API process, newer than the stored count. */
  static from(entity: ImportJobEntity, live?: number): ImportJobDto {
    const processedRows = Math.max(entity.processedRows, live ?? 0);
    const done = entity.status !== 'PARSING' && entity.status !== 'COMMITTING';
    return Object.assign(new ImportJobDto(), {
      id: entity.id,
      competitionId: entity.competitionId,
      fileName: entity.fileName,
      fileSize: entity.fileSize,
      format: entity.format,
      status: entity.status,
      totalRows: entity.totalRows,
      processedRows,
      progress: done ? 1 : entity.totalRows ? Math.min(1, processedRows / entity.totalRows) : null,
      counts: {
        new: entity.newCount,
        update: entity.updateCount,
        unchanged: entity.unchangedCount,
        invalid: entity.invalidCount,
      },
      errorCount: entity.errorCount,
      errors: entity.errors.slice(0, IMPORT_LIMITS.reportedErrors),
      columns: entity.columns,
      ignoredColumns: entity.ignoredColumns,
      sample: entity.sample.map((s) => ({ ...s, externalKey: s.key })),
      failureKey: entity.failureKey,
      createdById: entity.createdById,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      committedAt: entity.committedAt,
    });
  }
}

export const ImportJobConnection = ConnectionType(ImportJobDto, 'ImportJob');
