import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganizationEntity } from '../../../identity/entities/organization.entity';
import { UserEntity } from '../../../identity/entities/user.entity';
import { ConversationEntity } from '../../entities/conversation.entity';

/** A link sent with a message (http or https only). */
export interface MessageAttachment {
  url: string;
  label: string | null;
}

/**
 * A message of a conversation, written by a member of one of its two organisations. `createdAt` has
 * millisecond precision, so the (createdAt, id) keyset cursors of the message pages are exact.
 */
@Entity('messages')
@Index('ix_messages_conversation_created', ['conversationId', 'createdAt', 'id'])
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: ConversationEntity;

  /** Null once the author's account is deleted; the message stays their organisation's. */
  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id' })
  authorUser?: UserEntity;

  @Column({ type: 'uuid' })
  authorOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_organization_id' })
  authorOrganization?: OrganizationEntity;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: MessageAttachment[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
