import type { LocalizedText, ProjectStage, ProjectStatus } from '@bridge/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const numeric = {
  to: (v: number | null) => v,
  from: (v: string | number | null) => (v === null ? null : Number(v)),
};

/**
 * The PostgreSQL search index: one row per non-draft project, written only by the outbox worker and
 * the reindex command (search/outbox, tools/reindex.ts). Each audience has its own document vector
 * (organizers: the whole profile; the market: the whole profile with consent, else the card;
 * everyone: the card of published finalists) and its own view of the gated values, computed by
 * `audienceView`, so a query only ever reads what its audience may see.
 *
 * Written in the migration by hand (TypeORM cannot describe them): the trigram index of `names`
 * (GIN, gin_trgm_ops); no statistics on the document vectors (so the planner always matches text
 * through their GIN indexes rather than reading every vector); `toast_tuple_target` so that the
 * vectors and texts live out of line and the rows a search reads stay narrow.
 */
@Entity('project_search_documents')
@Index('ix_psd_document', ['document'], { type: 'gin' })
@Index('ix_psd_market_document', ['marketDocument'], { type: 'gin' })
@Index('ix_psd_public_document', ['publicDocument'], { type: 'gin' })
@Index('ix_psd_title_vector', ['titleVector'], { type: 'gin' })
@Index('ix_psd_summary_vector', ['summaryVector'], { type: 'gin' })
@Index('ix_psd_names_trgm', { synchronize: false })
@Index('ix_psd_competition', ['competitionId'])
// Browsing without text: the first page by score or by date straight from an index.
@Index('ix_psd_score', ['scoreKey', 'projectCreatedAt', 'projectId'])
@Index('ix_psd_newest', ['projectCreatedAt', 'projectId'])
@Index('ix_psd_market_score', ['mScoreKey', 'projectCreatedAt', 'projectId'], { where: '"visible_market"' })
@Index('ix_psd_market_newest', ['projectCreatedAt', 'projectId'], { where: '"visible_market"' })
// Saved-search alerts read the documents indexed since their last run.
@Index('ix_psd_indexed_at', ['indexedAt'])
export class ProjectSearchDocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @Column({ type: 'smallint' })
  competitionYear: number;

  @Column({ type: 'varchar', length: 32, nullable: true })
  fieldCode: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: ProjectStatus;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  cityKey: string | null;

  @Column({ type: 'boolean' })
  visibleMarket: boolean;

  @Column({ type: 'boolean' })
  visiblePublic: boolean;

  /** The market sees the full profile (consent and a market status). */
  @Column({ type: 'boolean' })
  marketFull: boolean;

  // The full profile (organizers; the market when marketFull).
  @Column({ type: 'smallint', nullable: true })
  trl: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  stage: ProjectStage | null;

  @Column({ type: 'smallint', default: 0 })
  seekingMask: number;

  @Column({ type: 'bigint', nullable: true, transformer: numeric })
  fundingUsdMinor: number | null;

  @Column({ type: 'smallint', nullable: true })
  fundingBucket: number | null;

  // Results as organizers see them.
  @Column({ type: 'double precision', nullable: true })
  score: number | null;

  @Column({ type: 'smallint', nullable: true })
  scoreBucket: number | null;

  /** The score as a sort key: COALESCE(score, -1e9). */
  @Column({ type: 'double precision' })
  scoreKey: number;

  @Column({ type: 'int', nullable: true })
  rankInField: number | null;

  @Column({ type: 'smallint', nullable: true })
  awardPlace: number | null;

  // Results as the market sees them.
  @Column({ type: 'double precision', nullable: true })
  mScore: number | null;

  @Column({ type: 'smallint', nullable: true })
  mScoreBucket: number | null;

  @Column({ type: 'double precision' })
  mScoreKey: number;

  @Column({ type: 'int', nullable: true })
  mRankInField: number | null;

  @Column({ type: 'smallint', nullable: true })
  mAwardPlace: number | null;

  // Results as everyone sees them.
  @Column({ type: 'smallint', nullable: true })
  pAwardPlace: number | null;

  /** Title and summary as written, for hits. */
  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb' })
  summary: LocalizedText;

  /** Latin and Cyrillic titles, for typo-tolerant matching (pg_trgm). */
  @Column({ type: 'text', default: '' })
  names: string;

  /** Ranking: a match in the title beats one in the summary, which beats one elsewhere. */
  @Column({ type: 'tsvector' })
  titleVector: string;

  @Column({ type: 'tsvector' })
  summaryVector: string;

  @Column({ type: 'tsvector' })
  document: string;

  @Column({ type: 'tsvector', nullable: true })
  marketDocument: string | null;

  @Column({ type: 'tsvector', nullable: true })
  publicDocument: string | null;

  @Column({ type: 'timestamptz' })
  projectCreatedAt: Date;

  @Column({ type: 'timestamptz' })
  projectUpdatedAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  indexedAt: Date;
}
