import type { CompetitionStage } from '@bridge/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CompetitionEntity } from './competition.entity';

/** The timeline: planned dates of each stage of an edition. */
@Entity('competition_stage_dates')
@Index('uq_competition_stage_dates_stage', ['competitionId', 'stage'], { unique: true })
export class CompetitionStageDateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @ManyToOne(() => CompetitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competition_id' })
  competition?: CompetitionEntity;

  @Column({ type: 'varchar', length: 24 })
  stage: CompetitionStage;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date', nullable: true })
  endsOn: string | null;
}
