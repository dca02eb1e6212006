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

/**
 * An organisation's named list of projects (DESIGN.md §2 "Bookmark / Shortlist"): shared by its
 * members, private to it (§4). Names are unique per organisation, ignoring case (`nameKey`).
 */
@Entity('shortlists')
@Index('uq_shortlists_organization_name', ['organizationId', 'nameKey'], { unique: true })
@Index('ix_shortlists_organization_created', ['organizationId', 'createdAt'])
export class ShortlistEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** The name lower-cased: "Robotics" and "robotics" are one name (lower-casing may lengthen it). */
  @Column({ type: 'varchar', length: 240 })
  nameKey: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
