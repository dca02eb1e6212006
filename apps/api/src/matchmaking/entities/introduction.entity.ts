import type { DeclineReason, IntroductionPurpose, IntroductionStatus } from '@bridge/contracts';
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
import { OrganizationEntity } from '../../identity/entities/organization.entity';
import { UserEntity } from '../../identity/entities/user.entity';
import { ProjectEntity } from '../../projects/entities/project.entity';

/** A proposed meeting time sent with a request: start in UTC and length. */
export interface ProposedSlot {
  startsAt: string;
  minutes: number;
}

/**
 * A verified investor, park or R&D partner asks to meet a start-up's project, for a purpose.
 * `PENDING → ACCEPTED | DECLINED | WITHDRAWN | EXPIRED`; moves are conditional updates on
 * `status = 'PENDING'`, so of two racing answers exactly one wins. At most one PENDING request per
 * (requesting organisation, project, purpose): a partial unique index.
 */
@Entity('introductions')
@Index('uq_introductions_open', ['requesterOrganizationId', 'projectId', 'purpose'], {
  unique: true,
  where: `"status" = 'PENDING'`,
})
@Index('ix_introductions_startup', ['startupOrganizationId', 'status', 'createdAt'])
@Index('ix_introductions_requester', ['requesterOrganizationId', 'status', 'createdAt'])
@Index('ix_introductions_expiry', ['expiresAt'], { where: `"status" = 'PENDING'` })
export class IntroductionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  requesterOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requester_organization_id' })
  requesterOrganization?: OrganizationEntity;

  /** Who asked (null once that user is deleted; the request stays the organisation's). */
  @Column({ type: 'uuid', nullable: true })
  requesterUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requester_user_id' })
  requesterUser?: UserEntity;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  /** The project's organisation when the request was made (the side that answers). */
  @Column({ type: 'uuid' })
  startupOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'startup_organization_id' })
  startupOrganization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 16 })
  purpose: IntroductionPurpose;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  proposedSlots: ProposedSlot[];

  @Column({ type: 'varchar', length: 12, default: 'PENDING' })
  status: IntroductionStatus;

  @Column({ type: 'varchar', length: 24, nullable: true })
  declineReason: DeclineReason | null;

  @Column({ type: 'text', nullable: true })
  declineNote: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** When it left PENDING, and who moved it (null for expiry). */
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  answeredById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
