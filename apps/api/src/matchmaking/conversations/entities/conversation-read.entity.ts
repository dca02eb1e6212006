import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../../identity/entities/user.entity';
import { ConversationEntity } from '../../entities/conversation.entity';

/**
 * A user's read marker in a conversation: the other side's messages created after `readAt` are
 * unread for them. No row: nothing read yet.
 */
@Entity('conversation_reads')
export class ConversationReadEntity {
  @PrimaryColumn({ type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: ConversationEntity;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'timestamptz', precision: 3 })
  readAt: Date;
}
