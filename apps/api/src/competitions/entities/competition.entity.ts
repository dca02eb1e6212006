import type {
  CompetitionStage,
  LocalizedText,
  NormalizationMethodName,
  UnfilledSlotRuleName,
} from '@bridge/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An edition of the competition, with its settings (every number is a setting — DESIGN.md §2). */
@Entity('competitions')
@Index('uq_competitions_year_edition', ['year', 'editionNumber'], { unique: true })
export class CompetitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'jsonb' })
  name: LocalizedText;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  editionNumber: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  organisers: LocalizedText;

  @Column({ type: 'varchar', length: 24, default: 'SETUP' })
  stage: CompetitionStage;

  @Column({ type: 'int' })
  applicationTarget: number;

  @Column({ type: 'int' })
  finalistTotal: number;

  @Column({ type: 'int' })
  perFieldCap: number;

  @Column({ type: 'varchar', length: 16 })
  unfilledSlotRule: UnfilledSlotRuleName;

  @Column({ type: 'int' })
  minReviews: number;

  @Column({ type: 'int' })
  awardPlaces: number;

  @Column({ type: 'varchar', length: 16 })
  normalizationMethod: NormalizationMethodName;

  @Column({ type: 'int' })
  zscoreMinScores: number;

  /** k: judges per project in automatic assignment. */
  @Column({ type: 'int' })
  reviewsPerProject: number;

  /** Most assignments one judge gets per round. */
  @Column({ type: 'int' })
  judgeLoadLimit: number;

  @Column({ type: 'int' })
  bootstrapRounds: number;

  /** Closing a round reveals scores to its judges and allows publication. */
  @Column({ type: 'timestamptz', nullable: true })
  preliminaryClosedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finalClosedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finalistsPublishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  awardsPublishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
