import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { JudgeEntity } from './judge.entity';

export type ConflictKind = 'ORGANIZATION' | 'PERSON' | 'PROJECT';

/** A declared conflict of interest of a judge: an organisation, a project or a person. */
@Entity('judge_conflicts')
@Index('ix_judge_conflicts_judge', ['judgeId'])
export class JudgeConflictEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  judgeId: string;

  @ManyToOne(() => JudgeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'judge_id' })
  judge?: JudgeEntity;

  @Column({ type: 'varchar', length: 16 })
  kind: ConflictKind;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  /** A person's name, matched against the projects' team contacts and organisation members. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  personName: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
