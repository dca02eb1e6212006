import type { MeetingStatus } from '@bridge/contracts';
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
import { OrganizationEntity } from '../../../identity/entities/organization.entity';
import { UserEntity } from '../../../identity/entities/user.entity';
import { ConversationEntity } from '../../entities/conversation.entity';

/** An offered time: start in UTC (ISO 8601) and length in minutes. */
export interface MeetingSlotValue {
  startsAt: string;
  minutes: number;
}

/**
 * Meeting times one side of a conversation proposes. `PROPOSED → CONFIRMED` when the other side
 * picks one of the slots (a conditional update on `status = 'PROPOSED'`: of two racing picks exactly
 * one wins); `PROPOSED | CONFIRMED → CANCELLED` by either side.
 */
@Entity('meetings')
@Index('ix_meetings_conversation', ['conversationId', 'createdAt'])
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: ConversationEntity;

  @Column({ type: 'uuid', nullable: true })
  proposedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_user_id' })
  proposedByUser?: UserEntity;

  /** The side that proposed: the other side picks. */
  @Column({ type: 'uuid' })
  proposedByOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposed_by_organization_id' })
  proposedByOrganization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 12, default: 'PROPOSED' })
  status: MeetingStatus;

  @Column({ type: 'jsonb' })
  slots: MeetingSlotValue[];

  @Column({ type: 'timestamptz', nullable: true })
  chosenStartsAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  chosenMinutes: number | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Who confirmed (picked) or cancelled it, and when. */
  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
