import type {
  LandingOfferStatus,
  LandingServiceCode,
  LandingSpaceType,
  LocalizedText,
} from '@bridge/contracts';
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
import type { EligibilityRules } from '../eligibility';

const bigintNumber = { to: (v: unknown) => v, from: (v: unknown) => (v === null ? null : Number(v)) };

/**
 * A science park's landing offer (DESIGN.md §2): a structured record, `DRAFT → OPEN → CLOSED`.
 * Money in CNY fen; texts in zh/en/ru. Opening is a conditional update on `status = 'DRAFT'`, so
 * the start-ups it qualifies are notified exactly once.
 */
@Entity('landing_offers')
@Index('ix_landing_offers_status', ['status', 'createdAt'])
@Index('ix_landing_offers_park', ['parkOrganizationId', 'createdAt'])
export class LandingOfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  parkOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'park_organization_id' })
  parkOrganization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 8, default: 'DRAFT' })
  status: LandingOfferStatus;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb', nullable: true })
  description: LocalizedText | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city: string | null;

  @Column({ type: 'int', nullable: true })
  spaceSqm: number | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  spaceType: LandingSpaceType | null;

  @Column({ type: 'smallint', nullable: true })
  rentFreeMonths: number | null;

  /** CNY fen per m² per month, for year 1, 2, … of the stay. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  rentSubsidyPerSqmMonthByYear: number[];

  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  cashGrantCnyMinor: number | null;

  @Column({ type: 'jsonb', nullable: true })
  taxIncentives: LocalizedText | null;

  @Column({ type: 'jsonb', nullable: true })
  talentSupport: LocalizedText | null;

  @Column({ type: 'jsonb', nullable: true })
  housingSupport: LocalizedText | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  services: LandingServiceCode[];

  @Column({ type: 'jsonb', nullable: true })
  servicesNote: LocalizedText | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  targetFieldCodes: string[];

  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  rules: EligibilityRules;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
