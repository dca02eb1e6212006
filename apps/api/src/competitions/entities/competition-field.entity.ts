import type { LocalizedText } from '@bridge/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CompetitionEntity } from './competition.entity';

/** A track of an edition (AI, Robotics, Biotech/Food tech by default). */
@Entity('competition_fields')
@Index('uq_competition_fields_code', ['competitionId', 'code'], { unique: true })
export class CompetitionFieldEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @ManyToOne(() => CompetitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competition_id' })
  competition?: CompetitionEntity;

  /** Stable short code, e.g. AI; used by imports and the taxonomy. */
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'jsonb' })
  name: LocalizedText;

  @Column({ type: 'int', default: 0 })
  position: number;
}
