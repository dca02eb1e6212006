import type { LocalizedText, OrganizationKind, VerificationStatus } from '@bridge/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('organizations')
@Index('ix_organizations_kind_status', ['kind', 'verificationStatus'])
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: OrganizationKind;

  @Column({ type: 'jsonb' })
  name: LocalizedText;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  description: LocalizedText;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  country: string | null;

  /** Private contacts: only members, organizers and accepted counterparties see them (DESIGN.md §4). */
  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  contactMessenger: string | null;

  @Column({ type: 'varchar', length: 12, default: 'UNVERIFIED' })
  verificationStatus: VerificationStatus;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
