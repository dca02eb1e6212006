import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One sign-in try, for throttling per account and per client address. */
@Entity('sign_in_attempts')
@Index('ix_sign_in_attempts_email_time', ['email', 'createdAt'])
@Index('ix_sign_in_attempts_ip_time', ['ipAddress', 'createdAt'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  ipAddress: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
