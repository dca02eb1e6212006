import type { ProjectStage, SeekingKind } from '@bridge/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganizationEntity } from '../identity/entities/organization.entity';

const usdMinor = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * What an investor, park or R&D partner looks for: one row per organisation, edited by any member.
 * Empty lists and null bounds are preferences not stated.
 */
@Entity('market_preferences')
export class MarketPreferencesEntity {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @OneToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  fieldCodes: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  stages: ProjectStage[];

  @Column({ type: 'smallint', nullable: true })
  trlMin: number | null;

  @Column({ type: 'smallint', nullable: true })
  trlMax: number | null;

  /** USD equivalent in cents. */
  @Column({ type: 'bigint', nullable: true, transformer: usdMinor })
  ticketMinUsd: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: usdMinor })
  ticketMaxUsd: number | null;

  /** What the organisation offers (matched against what projects seek). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  offers: SeekingKind[];

  /** City names, or city keys of the search CITY facet. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  cities: string[];

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
