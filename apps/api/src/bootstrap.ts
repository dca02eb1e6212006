import 'reflect-metadata';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'fs';
import { join, resolve } from 'path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { JsonLogger } from './common/logging/json-logger';
import { requestLogger } from './common/logging/request-logger.middleware';
import { AppConfig } from './config/app-config';
import { Env } from './config/env.schema';
import { EmbeddedPostgres, startEmbeddedPostgres } from './database/embedded-postgres';
import { runMigrations } from './database/migrate';
import { seedDemoData } from './database/seed/demo-seed';
import { PasswordService } from './identity/password.service';

export interface BridgeAppOptions {
  /** Modules to start beside AppModule (tests and tools try a feature before it is wired in). */
  imports?: Array<Type | DynamicModule>;
}

/** The root that imports AppModule and the extra modules of BridgeAppOptions. */
@Module({})
class BridgeRootModule {}

export interface BridgeApp {
  app: NestExpressApplication;
  config: AppConfig;
  /** Closes the app, then the embedded database it started (if any). */
  close(): Promise<void>;
}

/**
 * Builds the whole API — database (embedded PGlite unless DATABASE_URL is set), migrations, demo data,
 * GraphQL, portal files — ready to listen. `main.ts`, the tools and the integration tests share it.
 */
export async function createBridgeApp(
  env: Env,
  logger: JsonLogger,
  options: BridgeAppOptions = {},
): Promise<BridgeApp> {
  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres({
      dataDir: join(env.DATA_DIR, 'pglite'),
      maxConnections: env.DATABASE_POOL_SIZE + 2,
    });
    databaseUrl = embedded.url;
    logger.pino.info(
      { dataDir: resolve(env.DATA_DIR, 'pglite'), ms: Date.now() - started },
      'embedded PGlite database started',
    );
  }
  const config = new AppConfig(env, databaseUrl, !!embedded);
  try {
    const appModule = AppModule.forRoot(config, logger);
    const root: DynamicModule = options.imports?.length
      ? { module: BridgeRootModule, imports: [appModule, ...options.imports] }
      : appModule;
    const app = await NestFactory.create<NestExpressApplication>(root, {
      logger,
      abortOnError: false,
    });
    app.set('trust proxy', env.TRUST_PROXY_HOPS);
    app.disable('x-powered-by');
    app.use(requestLogger(logger.pino));
    app.use(cookieParser());
    app.use(securityHeaders);
    servePortal(app, env.PORTAL_DIR, logger);
    app.enableShutdownHooks();

    const dataSource = app.get(DataSource);
    const applied = await runMigrations(dataSource);
    if (applied.length) logger.pino.info({ migrations: applied }, 'migrations applied');
    if (env.SEED_DEMO_DATA) {
      const created = await seedDemoData(dataSource, app.get(PasswordService));
      if (created.length) logger.pino.info({ accounts: created }, 'demo data seeded');
    }
    await app.init();
    return {
      app,
      config,
      async close() {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  next();
}

/** Paths the API answers itself (GraphQL, health, downloads): never the portal's index.html. */
export const API_PATHS =
  /^\/(graphql|health|imports)(\/|$)|^\/competitions\/[^/]+\/dossier(\.xlsx|\.csv)?$|^\/shortlists\/[^/]+\/export\.(csv|xlsx)$|^\/meetings\/[^/]+\/invite\.ics$|^\/outcomes\/export\.(csv|xlsx)$/;

/** Serves the built portal (when present) with an index.html fallback for client-side routes. */
function servePortal(app: NestExpressApplication, portalDir: string, logger: JsonLogger) {
  if (!portalDir) return;
  const root = resolve(portalDir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    logger.pino.warn({ portalDir: root }, 'portal not built: only the API is served (run `npm run build`)');
    return;
  }
  app.useStaticAssets(root, {
    index: false,
    setHeaders: (res, path) => {
      // Angular's output file names carry a content hash: cache them for a year.
      if (/-[A-Z0-9]{8}\.(js|css)$/.test(path))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
    res.sendFile(index);
  });
}
