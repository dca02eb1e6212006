import type { ErrorKey } from '@bridge/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CompetitionEntity } from '../../competitions/entities/competition.entity';
import type { ImportColumn } from '../import-columns';
import type { ImportFormat, ImportRow, ImportRowError, ImportSample, ImportStatus } from '../import.types';

/**
 * One uploaded file of applications: parsed in the background into a row-by-row report and
 * normalised rows (preview), then committed all-or-nothing.
 */
@Entity('import_jobs')
@Index('ix_import_jobs_competition_created', ['competitionId', 'createdAt'])
@Index('ix_import_jobs_status', ['status'])
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @ManyToOne(() => CompetitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competition_id' })
  competition?: CompetitionEntity;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'int' })
  fileSize: number;

  @Column({ type: 'varchar', length: 8 })
  format: ImportFormat;

  @Column({ type: 'varchar', length: 12, default: 'PARSING' })
  status: ImportStatus;

  /** Data rows of the file; null while an XLSX file is still being read. */
  @Column({ type: 'int', nullable: true })
  totalRows: number | null;

  /** Rows read (while PARSING) or written (while COMMITTING), for the progress bar. */
  @Column({ type: 'int', default: 0 })
  processedRows: number;

  @Column({ type: 'int', default: 0 })
  newCount: number;

  @Column({ type: 'int', default: 0 })
  updateCount: number;

  @Column({ type: 'int', default: 0 })
  unchangedCount: number;

  /** Rows with at least one error. */
  @Column({ type: 'int', default: 0 })
  invalidCount: number;

  /** Every error found; `errors` keeps the first ones (IMPORT_LIMITS.reportedErrors). */
  @Column({ type: 'int', default: 0 })
  errorCount: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors: ImportRowError[];

  /** The columns the file has, by canonical name. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  columns: ImportColumn[];

  /** Header cells of the file that Bridge does not read. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  ignoredColumns: string[];

  /** The first normalised rows with their action, for the preview. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  sample: ImportSample[];

  /**
   * The normalised rows ready to commit; kept only while READY or COMMITTING. Not selected by
   * default: the preview polls must not read megabytes. `json`, not `jsonb`: only the app reads it,
   * and storing text skips building a binary document of several megabytes.
   */
  @Column({ type: 'json', nullable: true, select: false })
  rows: ImportRow[] | null;

  /** Why the job ended FAILED (an error key). */
  @Column({ type: 'varchar', length: 80, nullable: true })
  failureKey: ErrorKey | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  committedAt: Date | null;
}
