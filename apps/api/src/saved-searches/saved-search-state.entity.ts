import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/entities/user.entity';

/**
 * The alert job's progress (one row, id 1, created by the migration): the search documents indexed
 * after `watermark` are the ones the next run evaluates; `leaseUntil` keeps a second API process from
 * running at the same time (a lease rather than a lock held across the run: on PGlite, every
 * connection shares one backend).
 */
@Entity('saved_search_alert_state')
export class SavedSearchAlertStateEntity {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Column({ type: 'timestamptz' })
  watermark: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  leaseHolder: string | null;
}

/** When each user last got the daily digest of their saved searches (at most one per 24 hours). */
@Entity('saved_search_digests')
export class SavedSearchDigestEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'timestamptz' })
  lastSentAt: Date;
}
