import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganizationEntity } from '../../identity/entities/organization.entity';
import { ProjectEntity } from '../../projects/entities/project.entity';
import { IntroductionEntity } from './introduction.entity';

/**
 * The conversation an accepted introduction opens between the start-up and the requester. Only
 * members of those two organisations read or write it; organizers never read messages.
 */
@Entity('conversations')
@Index('uq_conversations_introduction', ['introductionId'], { unique: true })
@Index('ix_conversations_startup', ['startupOrganizationId'])
@Index('ix_conversations_partner', ['partnerOrganizationId'])
export class ConversationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  introductionId: string;

  @OneToOne(() => IntroductionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'introduction_id' })
  introduction?: IntroductionEntity;

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

  /** The requester's organisation (investor, park or R&D partner). */
  @Column({ type: 'uuid' })
  partnerOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_organization_id' })
  partnerOrganization?: OrganizationEntity;

  /** Time of the latest message (for ordering the list); the opening time until then. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastMessageAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
