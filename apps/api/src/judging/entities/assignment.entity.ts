import type { JudgingRound } from '@bridge/contracts';
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
import { ProjectEntity } from '../../projects/entities/project.entity';
import { JudgeEntity } from './judge.entity';

export type AssignmentStatus = 'ASSIGNED' | 'SUBMITTED' | 'ABSTAINED';

/** Judge ↔ project in one round. A submitted assignment holds one score per criterion. */
@Entity('assignments')
@Index('uq_assignments_round_judge_project', ['round', 'judgeId', 'projectId'], { unique: true })
@Index('ix_assignments_project', ['projectId', 'round'])
@Index('ix_assignments_competition_round', ['competitionId', 'round'])
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @Column({ type: 'varchar', length: 12 })
  round: JudgingRound;

  @Column({ type: 'uuid' })
  judgeId: string;

  @ManyToOne(() => JudgeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'judge_id' })
  judge?: JudgeEntity;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  @Column({ type: 'varchar', length: 10, default: 'ASSIGNED' })
  status: AssignmentStatus;

  /** AUTO (the assignment algorithm) or MANUAL (an organizer). */
  @Column({ type: 'varchar', length: 8, default: 'AUTO' })
  source: 'AUTO' | 'MANUAL';

  /** Criteria-weighted total on a 0–100 scale, set on submission. */
  @Column({
    type: 'numeric',
    precision: 7,
    scale: 3,
    nullable: true,
    transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) },
  })
  total: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  abstainReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
