import { z } from 'zod';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

const url = (protocols: string[]) =>
  z
    .string()
    .optional()
    .refine(
      (v) => {
        if (v === undefined || v === '') return true;
        try {
          return protocols.includes(new URL(v).protocol);
        } catch {
          return false;
        }
      },
      { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
    )
    .transform((v) => (v ? v : undefined));

/**
 * Every environment variable the API reads: its type, default and a one-line description.
 * The README's configuration table lists the same variables.
 */
export const ENV_SCHEMA = z.object({
  /** `production` hides stack traces and internal messages from clients. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** HTTP port of the API (and of the portal it serves). */
  PORT: z.coerce.number({ message: 'must be a number' }).int().min(0).max(65535).default(3000),
  /** Interface to bind to. */
  HOST: z.string().min(1).default('0.0.0.0'),
  /** PostgreSQL connection string. Unset: embedded PGlite in DATA_DIR. */
  DATABASE_URL: url(['postgres:', 'postgresql:']),
  /** Folder for the embedded database and other local files. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** Connections in the database pool. */
  DATABASE_POOL_SIZE: z.coerce.number({ message: 'must be a number' }).int().min(1).max(100).default(10),
  /** Create the demo organisations and users at start (idempotent). */
  SEED_DEMO_DATA: bool(true),
  /** Folder of the built portal that the API serves; empty to serve none. */
  PORTAL_DIR: z.string().default('dist/apps/portal/browser'),
  /** Lifetime of a session in hours (sliding: extended while in use). */
  SESSION_TTL_HOURS: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Send the session cookie only over HTTPS. Defaults to true in production. */
  COOKIE_SECURE: bool(false).optional(),
  /** Failed sign-ins per account in the window before sign-in is throttled. */
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  /** Failed sign-ins per client address in the window before sign-in is throttled. */
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  /** Length of the sign-in throttling window in minutes. */
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Trust X-Forwarded-For from this many proxies in front of the API (0: none). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Log level: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Meilisearch URL (production search). Unset: PostgreSQL full-text search. */
  MEILI_URL: url(['http:', 'https:']),
  /** Meilisearch API key. */
  MEILI_API_KEY: z.string().optional(),
  /** Meilisearch index that holds the projects. */
  MEILI_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, { message: 'must be 1–100 letters, digits, _ or -' })
    .default('projects'),
  /** Pause between polls of the search outbox when it is empty, in ms. */
  SEARCH_OUTBOX_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(10)
    .max(60_000)
    .default(250),
  /** Outbox rows per search-index transaction. */
  SEARCH_OUTBOX_BATCH_SIZE: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(1)
    .max(10_000)
    .default(100),
  /** Run the search outbox worker in this process. */
  SEARCH_WORKER_ENABLED: bool(true),
  /** Longest pause between retries of a failed index write, in ms. */
  SEARCH_RETRY_MAX_MS: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(100)
    .max(3_600_000)
    .default(60_000),
  /** How long totals and facet counts of one search may be reused, in ms (0: never). */
  SEARCH_COUNTS_CACHE_MS: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(0)
    .max(600_000)
    .default(10_000),
  /** Pause between sweeps for index documents out of step with the database, in ms (0: none). */
  SEARCH_SWEEP_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(0)
    .max(86_400_000)
    .default(300_000),
  /** Redis URL for subscriptions across API processes. */
  REDIS_URL: url(['redis:', 'rediss:']),
  /** Origins (besides the API's own and PUBLIC_URL) whose pages may open live subscriptions, comma-separated. */
  SUBSCRIPTION_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .refine(
      (v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean)
          .every((o) => {
            try {
              return ['http:', 'https:'].includes(new URL(o).protocol);
            } catch {
              return false;
            }
          }),
      { message: 'must be a comma-separated list of http(s) origins' },
    ),
  /** E-mail notifications by default (on for introductions, meetings, competition); false: only what users turn on. */
  NOTIFICATION_EMAIL_DEFAULT: bool(true),
  /** Address users open the portal at: links in e-mails start with it. */
  PUBLIC_URL: z.string().url({ message: 'must be a URL' }).default('http://localhost:3000'),
  /** Sender of Bridge's e-mails: an address, or `Name <address>`. */
  MAIL_FROM: z
    .string()
    .min(3)
    .max(200)
    .regex(/^[^\r\n]*@[^\r\n]*$/, { message: 'must be an address or Name <address>' })
    .default('Bridge <no-reply@bridge.localhost>'),
  /** SMTP server for e-mails (smtp://user:pass@host:587, smtps://…). Unset: .eml files in DATA_DIR/mail. */
  SMTP_URL: url(['smtp:', 'smtps:']),
  /** Run the mail worker (sends the mail outbox) in this process. */
  MAIL_WORKER_ENABLED: bool(true),
  /** Pause between polls of the mail outbox, in ms. */
  MAIL_OUTBOX_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(10)
    .max(3_600_000)
    .default(5_000),
  /** Pause between saved-search alert runs, in ms (0: this process runs no alerts or digests). */
  SAVED_SEARCH_ALERT_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(0)
    .max(86_400_000)
    .default(60_000),
  /** Pause between checks for due daily digests of saved searches, in ms (0: none). */
  SAVED_SEARCH_DIGEST_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(0)
    .max(86_400_000)
    .default(3_600_000),
  /** Days an introduction request stays open before it expires. */
  INTRODUCTION_EXPIRY_DAYS: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(1)
    .max(365)
    .default(14),
  /** Pause between runs of the introduction expiry job, in ms (0: this process runs none). */
  INTRODUCTION_EXPIRY_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(0)
    .max(86_400_000)
    .default(60_000),
  /** Pause between runs of the engagement milestone reminder job, in ms (0: this process runs none). */
  ENGAGEMENT_REMINDER_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(0)
    .max(86_400_000)
    .default(3_600_000),
});

export type Env = z.infer<typeof ENV_SCHEMA>;

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Variables whose empty value is a setting of its own (PORTAL_DIR='' serves no portal). */
const EMPTY_ALLOWED = new Set(['PORTAL_DIR']);

/** Parses the environment; throws one error that names every bad variable and what it must be. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty value means "use the default", except where empty is a meaningful setting.
  const result = ENV_SCHEMA.safeParse(
    Object.fromEntries(
      Object.entries(source).filter(([k, v]) => v !== undefined && (v !== '' || EMPTY_ALLOWED.has(k))),
    ),
  );
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `${name}=${JSON.stringify(source[name] ?? '')}: ${issue.message}`;
    });
    throw new InvalidEnvironmentError(problems);
  }
  return result.data;
}
