import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TooManyRequestsException } from '../common/errors/app.exception';
import { AppConfig } from '../config/app-config';
import { SignInAttemptEntity } from './entities/sign-in-attempt.entity';

/**
 * Throttles sign-in per account (failures since its last success, within the window) and per client
 * address (failures within the window). Kept in the database, so it holds across API processes.
 * Unknown e-mails are counted like known ones: the answer never tells whether an account exists.
 */
@Injectable()
export class SignInThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ipAddress: string): Promise<void> {
    const windowMs = this.config.env.SIGN_IN_WINDOW_MINUTES * 60_000;
    const since = new Date(Date.now() - windowMs);
    const [row] = (await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM sign_in_attempts a
           WHERE a.email = $1 AND NOT a.succeeded AND a.created_at > $3
             AND a.created_at > coalesce((SELECT max(s.created_at) FROM sign_in_attempts s
                                           WHERE s.email = $1 AND s.succeeded), '-infinity')) AS account_failures,
         (SELECT min(created_at) FROM sign_in_attempts WHERE email = $1 AND NOT succeeded AND created_at > $3) AS account_oldest,
         (SELECT count(*) FROM sign_in_attempts WHERE ip_address = $2 AND NOT succeeded AND created_at > $3) AS address_failures,
         (SELECT min(created_at) FROM sign_in_attempts WHERE ip_address = $2 AND NOT succeeded AND created_at > $3) AS address_oldest`,
      [email, ipAddress, since],
    )) as Array<{
      account_failures: string;
      account_oldest: Date | null;
      address_failures: string;
      address_oldest: Date | null;
    }>;

    const retryAfter = (oldest: Date | null) =>
      Math.max(
        1,
        Math.ceil(((oldest ? new Date(oldest).getTime() : Date.now()) + windowMs - Date.now()) / 1000),
      );
    if (Number(row.account_failures) >= this.config.env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT) {
      throw new TooManyRequestsException(retryAfter(row.account_oldest));
    }
    if (Number(row.address_failures) >= this.config.env.SIGN_IN_MAX_FAILURES_PER_ADDRESS) {
      throw new TooManyRequestsException(retryAfter(row.address_oldest));
    }
  }

  async record(email: string, ipAddress: string, succeeded: boolean): Promise<void> {
    await this.dataSource.getRepository(SignInAttemptEntity).insert({ email, ipAddress, succeeded });
  }
}
