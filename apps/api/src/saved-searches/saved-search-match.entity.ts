import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProjectEntity } from '../projects/entities/project.entity';
import { SavedSearchEntity } from './saved-search.entity';

/**
 * A project a saved search has matched, at most one row per (saved search, project): the primary key
 * makes an alert happen once even when two API processes find it (INSERT … ON CONFLICT DO NOTHING
 * RETURNING: only the process that inserted notifies). Baseline rows are the matches when the search
 * was saved (or its alerts turned back on): they never alert.
 */
@Entity('saved_search_matches')
@Index('ix_saved_search_matches_new', ['savedSearchId', 'createdAt'], { where: 'NOT "baseline"' })
@Index('ix_saved_search_matches_digest', ['savedSearchId'], {
  where: 'NOT "baseline" AND "digested_at" IS NULL',
})
export class SavedSearchMatchEntity {
  @PrimaryColumn({ type: 'uuid' })
  savedSearchId: string;

  @ManyToOne(() => SavedSearchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'saved_search_id' })
  savedSearch?: SavedSearchEntity;

  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  @Column({ type: 'boolean' })
  baseline: boolean;

  /** When the daily digest listed it (or skipped it); null: not yet. */
  @Column({ type: 'timestamptz', nullable: true })
  digestedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
