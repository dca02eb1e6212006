import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type SearchOutboxOp = 'UPSERT' | 'DELETE';

/**
 * A project whose search documents must be rebuilt, written in the same transaction as the change
 * (SearchOutbox.enqueue) and drained by SearchOutboxWorker. The worker rebuilds from the database,
 * so `op` is a hint: a project that no longer exists (or became a draft) is removed either way.
 */
@Entity('search_outbox')
@Index('ix_search_outbox_due', ['nextAttemptAt', 'id'])
@Index('ix_search_outbox_project', ['projectId'])
export class SearchOutboxEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'varchar', length: 8, default: 'UPSERT' })
  op: SearchOutboxOp;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
