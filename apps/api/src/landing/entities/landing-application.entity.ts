import type { LandingApplicationOrigin, LandingApplicationStatus } from '@bridge/contracts';
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
import { EngagementEntity } from '../../engagements/entities/engagement.entity';
import { OrganizationEntity } from '../../identity/entities/organization.entity';
import { ProjectEntity } from '../../projects/entities/project.entity';
import { LandingOfferEntity } from './landing-offer.entity';

/**
 * A start-up's application to a landing offer, or a park's invitation of a project (origin PARK).
 * One per (offer, project). Moves are conditional updates on the expected status: of two racing
 * moves exactly one wins. An accepted invitation starts a LANDING engagement (`engagementId`).
 */
@Entity('landing_applications')
@Index('uq_landing_applications_offer_project', ['offerId', 'projectId'], { unique: true })
@Index('ix_landing_applications_offer', ['offerId', 'status', 'createdAt'])
@Index('ix_landing_applications_park', ['parkOrganizationId', 'createdAt'])
@Index('ix_landing_applications_startup', ['startupOrganizationId', 'createdAt'])
export class LandingApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  offerId: string;

  @ManyToOne(() => LandingOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id' })
  offer?: LandingOfferEntity;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  /** The project's organisation (the start-up side). */
  @Column({ type: 'uuid' })
  startupOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'startup_organization_id' })
  startupOrganization?: OrganizationEntity;

  /** The offer's park (copied for its list of applications). */
  @Column({ type: 'uuid' })
  parkOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'park_organization_id' })
  parkOrganization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 8 })
  origin: LandingApplicationOrigin;

  @Column({ type: 'varchar', length: 12 })
  status: LandingApplicationStatus;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'text', nullable: true })
  rejectReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  engagementId: string | null;

  @ManyToOne(() => EngagementEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
