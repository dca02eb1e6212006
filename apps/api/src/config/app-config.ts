import { Env } from './env.schema';

/** Typed configuration, injected wherever a setting is needed. */
export class AppConfig {
  constructor(
    readonly env: Env,
    /** The database URL the app connects to (the embedded one when DATABASE_URL is unset). */
    readonly databaseUrl: string,
    readonly embeddedDatabase: boolean,
  ) {}

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  get cookieSecure(): boolean {
    return this.env.COOKIE_SECURE ?? this.isProduction;
  }
}
