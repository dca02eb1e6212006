import type { EngagementStage } from '@bridge/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EngagementEntity } from './engagement.entity';

/** One stage change of an engagement (its start included): who, when, from, to, and a note. */
@Entity('engagement_events')
@Index('ix_engagement_events_engagement', ['engagementId', 'createdAt'])
export class EngagementEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  /** Null for the first event (the start). */
  @Column({ type: 'varchar', length: 24, nullable: true })
  fromStage: EngagementStage | null;

  @Column({ type: 'varchar', length: 24 })
  toStage: EngagementStage;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorOrganizationId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
