import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssignmentEntity } from './assignment.entity';
import { CriterionEntity } from './criterion.entity';

/** One criterion's score in an assignment, with the judge's comment. */
@Entity('scores')
@Index('uq_scores_assignment_criterion', ['assignmentId', 'criterionId'], { unique: true })
export class ScoreEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: AssignmentEntity;

  @Column({ type: 'uuid' })
  criterionId: string;

  @ManyToOne(() => CriterionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'criterion_id' })
  criterion?: CriterionEntity;

  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: { to: (v) => v, from: (v) => Number(v) } })
  value: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
