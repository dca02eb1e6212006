import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CompetitionEntity } from '../../competitions/entities/competition.entity';
import { UserEntity } from '../../identity/entities/user.entity';

export type JudgeStatus = 'INVITED' | 'ACTIVE' | 'REMOVED';

/** A user judging one edition. Invited by e-mail; active once the invitation is accepted. */
@Entity('judges')
@Index('uq_judges_competition_email', ['competitionId', 'email'], { unique: true })
@Index('uq_judges_token_hash', ['tokenHash'], { unique: true, where: '"token_hash" IS NOT NULL' })
@Index('ix_judges_user', ['userId'])
export class JudgeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @ManyToOne(() => CompetitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competition_id' })
  competition?: CompetitionEntity;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 120 })
  displayName: string;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** SHA-256 of the invitation token, cleared once accepted. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  tokenHash: string | null;

  @Column({ type: 'varchar', length: 10, default: 'INVITED' })
  status: JudgeStatus;

  /** Declared affiliation (employer, fund, university): checked against projects' organisations. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  affiliation: string | null;

  /** Overrides the edition's judge load limit for this judge. */
  @Column({ type: 'int', nullable: true })
  loadLimit: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastRemindedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
