import type { JudgingRound, NormalizationMethodName } from '@bridge/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One run of the selection (preliminary) or the final ranking: its inputs' fingerprint, settings and
 * full result, kept for the fairness dossier. Publication uses the latest run of a round.
 */
@Entity('selection_runs')
@Index('ix_selection_runs_competition_round', ['competitionId', 'round', 'createdAt'])
export class SelectionRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @Column({ type: 'varchar', length: 12 })
  round: JudgingRound;

  @Column({ type: 'varchar', length: 16 })
  method: NormalizationMethodName;

  @Column({ type: 'jsonb' })
  settings: Record<string, unknown>;

  /** SHA-256 of the scores and overrides it used: publication refuses a run made stale by later changes. */
  @Column({ type: 'varchar', length: 64 })
  inputHash: string;

  @Column({ type: 'jsonb' })
  result: Record<string, unknown>;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
