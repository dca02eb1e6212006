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
import { EngagementEntity } from './engagement.entity';

/**
 * A milestone of an engagement (title, due date, done), kept by either party. The reminder job
 * notifies both parties once when it is due within a day or overdue and not done: `reminded_at` is
 * set by a conditional update, so two job runs never remind twice (a new due date re-arms it).
 */
@Entity('engagement_milestones')
@Index('ix_engagement_milestones_engagement', ['engagementId', 'dueOn'])
@Index('ix_engagement_milestones_due', ['dueOn'], { where: '"done_at" IS NULL AND "reminded_at" IS NULL' })
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** The due date (YYYY-MM-DD). */
  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
