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
import { OrganizationEntity } from '../identity/entities/organization.entity';
import { UserEntity } from '../identity/entities/user.entity';

/** The search as saved: SearchInput without `first` and `after`. */
export type SavedSearchInput = Record<string, unknown>;

/**
 * A search an organisation member saved (DESIGN.md §2). Private to the organisation (§4); its
 * creator gets the alerts when a project newly becomes visible to them and matches.
 */
@Entity('saved_searches')
@Index('ix_saved_searches_organization', ['organizationId', 'createdAt'])
@Index('ix_saved_searches_creator', ['createdByUserId'])
export class SavedSearchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: UserEntity;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'jsonb' })
  input: SavedSearchInput;

  @Column({ type: 'boolean', default: true })
  alertsEnabled: boolean;

  @Column({ type: 'boolean', default: true })
  emailDigest: boolean;

  /** When the creator last looked at its new matches (markSavedSearchSeen). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  seenAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
