import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import { IntroductionEntity } from '../entities/introduction.entity';

/** Which party of an introduction wrote something (or is looking at it). */
export type IntroductionSide = 'STARTUP' | 'REQUESTER';

/**
 * One message of an introduction's "ask for more information" thread while it is PENDING: the
 * start-up asks, the requester answers. Read by the members of both organisations only.
 */
@Entity('introduction_notes')
@Index('ix_introduction_notes_introduction', ['introductionId', 'createdAt'])
export class IntroductionNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  introductionId: string;

  @ManyToOne(() => IntroductionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'introduction_id' })
  introduction?: IntroductionEntity;

  @Column({ type: 'varchar', length: 12 })
  side: IntroductionSide;

  /** Null once the author's account is deleted. */
  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id' })
  authorUser?: UserEntity;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
