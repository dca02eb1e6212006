import type { EngagementKind, EngagementStage } from '@bridge/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganizationEntity } from '../../identity/entities/organization.entity';
import { ProjectEntity } from '../../projects/entities/project.entity';

/**
 * A tracked relationship between a project and an organisation (DESIGN.md §2), of a kind with its
 * own stages (ENGAGEMENT_STAGES). Started by an accepted introduction, an accepted landing
 * application or by hand. Every stage change is an EngagementEventEntity row; `version` makes
 * concurrent moves conditional (the loser gets CONFLICT).
 */
@Entity('engagements')
@Index('ix_engagements_project', ['projectId'])
@Index('ix_engagements_partner', ['partnerOrganizationId', 'stage'])
@Index('uq_engagements_introduction', ['introductionId'], {
  unique: true,
  where: '"introduction_id" IS NOT NULL',
})
export class EngagementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: EngagementKind;

  @Column({ type: 'varchar', length: 24 })
  stage: EngagementStage;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  @Column({ type: 'uuid' })
  startupOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'startup_organization_id' })
  startupOrganization?: OrganizationEntity;

  /** The investor, park or R&D partner. */
  @Column({ type: 'uuid' })
  partnerOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_organization_id' })
  partnerOrganization?: OrganizationEntity;

  /** The accepted introduction that started it, if any. */
  @Column({ type: 'uuid', nullable: true })
  introductionId: string | null;

  /** What started it: INTRODUCTION, LANDING_APPLICATION or MANUAL. */
  @Column({ type: 'varchar', length: 24 })
  origin: 'INTRODUCTION' | 'LANDING_APPLICATION' | 'MANUAL';

  @Column({ type: 'timestamptz', default: () => 'now()' })
  stageEnteredAt: Date;

  /** LANDING: the company registered in China, recorded by the move to COMPANY_REGISTERED. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  registeredCompanyName: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  registrationNumber: string | null;

  /** The registration date (YYYY-MM-DD). */
  @Column({ type: 'date', nullable: true })
  registeredOn: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
