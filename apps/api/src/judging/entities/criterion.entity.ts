import type { JudgingRound, LocalizedText } from '@bridge/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CompetitionEntity } from '../../competitions/entities/competition.entity';

/** A weighted scoring criterion of one round of an edition. */
@Entity('criteria')
@Index('ix_criteria_competition_round', ['competitionId', 'round'])
export class CriterionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @ManyToOne(() => CompetitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competition_id' })
  competition?: CompetitionEntity;

  @Column({ type: 'varchar', length: 12 })
  round: JudgingRound;

  @Column({ type: 'jsonb' })
  name: LocalizedText;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  description: LocalizedText;

  /** Relative weight (positive). */
  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: { to: (v) => v, from: (v) => Number(v) } })
  weight: number;

  /** Scores run from 0 to maxScore. */
  @Column({ type: 'int', default: 10 })
  maxScore: number;

  @Column({ type: 'int', default: 0 })
  position: number;
}
