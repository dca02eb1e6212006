import type { LocalizedText } from '@bridge/contracts';
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
import { UserEntity } from '../../identity/entities/user.entity';
import { ProjectEntity } from '../../projects/entities/project.entity';
import { ShortlistEntity } from './shortlist.entity';

/**
 * A project on a shortlist, with the organisation's note and tags. A project appears at most once
 * per list (the unique index settles racing adds). The item outlives the project's visibility:
 * `projectTitle` keeps the title last seen, so the list still reads well when the project is
 * withdrawn or no longer shared.
 */
@Entity('shortlist_items')
@Index('uq_shortlist_items_shortlist_project', ['shortlistId', 'projectId'], { unique: true })
@Index('ix_shortlist_items_project', ['projectId'])
export class ShortlistItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  shortlistId: string;

  @ManyToOne(() => ShortlistEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shortlist_id' })
  shortlist?: ShortlistEntity;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  tags: string[];

  /** The project's title when added, refreshed whenever the organisation reads it while visible. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  projectTitle: LocalizedText;

  @Column({ type: 'uuid', nullable: true })
  addedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'added_by_id' })
  addedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
