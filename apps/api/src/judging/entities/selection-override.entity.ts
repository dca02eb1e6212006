import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An organizer's decision to include or exclude a project against the algorithm, with a reason. */
@Entity('selection_overrides')
@Index('uq_selection_overrides_project', ['competitionId', 'projectId'], { unique: true })
export class SelectionOverrideEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'varchar', length: 8 })
  decision: 'INCLUDE' | 'EXCLUDE';

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
