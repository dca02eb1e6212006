import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import type { NotificationEmailCategory } from './notification-category';

/**
 * A user's choice of e-mail for one category of notifications. Only choices are stored: a category
 * without a row follows the default (DEFAULT_NOTIFICATION_EMAIL, NOTIFICATION_EMAIL_DEFAULT).
 */
@Entity('notification_email_preferences')
export class NotificationEmailPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  category: NotificationEmailCategory;

  @Column({ type: 'boolean' })
  email: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
