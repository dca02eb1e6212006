import type { Currency, LocalizedText, ProjectStage, ProjectStatus, SeekingKind } from '@bridge/contracts';
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
import { CompetitionFieldEntity } from '../../competitions/entities/competition-field.entity';
import { CompetitionEntity } from '../../competitions/entities/competition.entity';
import { OrganizationEntity } from '../../identity/entities/organization.entity';

/** A start-up's entry in an edition (DESIGN.md §2). Contacts are private (§4). */
@Entity('projects')
@Index('uq_projects_competition_organization', ['competitionId', 'organizationId'], { unique: true })
@Index('uq_projects_competition_external_key', ['competitionId', 'externalKey'], {
  unique: true,
  where: '"external_key" IS NOT NULL',
})
@Index('ix_projects_competition_status', ['competitionId', 'status'])
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @ManyToOne(() => CompetitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competition_id' })
  competition?: CompetitionEntity;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid', nullable: true })
  fieldId: string | null;

  @ManyToOne(() => CompetitionFieldEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'field_id' })
  field?: CompetitionFieldEntity;

  @Column({ type: 'varchar', length: 16, default: 'DRAFT' })
  status: ProjectStatus;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  title: LocalizedText;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  summary: LocalizedText;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  description: LocalizedText;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  tags: string[];

  @Column({ type: 'smallint', nullable: true })
  trl: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  stage: ProjectStage | null;

  /** Minor units (kopecks, fen, cents). */
  @Column({
    type: 'bigint',
    nullable: true,
    transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) },
  })
  fundingAskAmount: number | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  fundingAskCurrency: Currency | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  seeking: SeekingKind[];

  @Column({ type: 'int', nullable: true })
  teamSize: number | null;

  @Column({ type: 'smallint', nullable: true })
  foundedYear: number | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  pitchDeckUrl: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  videoUrl: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  contactMessenger: string | null;

  /** The start-up agrees that investors and parks see its scores and rank (DESIGN.md §4). */
  @Column({ type: 'boolean', default: false })
  visibilityConsent: boolean;

  /** Stable key of an imported application: re-importing the same file updates, never duplicates. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  externalKey: string | null;

  /** Normalised preliminary score and rank in field, set when the finalists are published. */
  @Column({
    type: 'numeric',
    precision: 7,
    scale: 3,
    nullable: true,
    transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) },
  })
  publishedScore: number | null;

  @Column({ type: 'int', nullable: true })
  publishedRankInField: number | null;

  /** 1, 2, 3… when the awards are published. */
  @Column({ type: 'smallint', nullable: true })
  awardPlace: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
