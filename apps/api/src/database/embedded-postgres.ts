import { mkdirSync } from 'fs';
import { resolve } from 'path';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) on a free local port, stored in `dataDir`
 * (or in memory when `dataDir` is undefined), so the ordinary `pg` driver and TypeORM connect to it
 * exactly as to a PostgreSQL server. All connections share one backend: no session state is relied on.
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  maxConnections: number;
}): Promise<EmbeddedPostgres> {
  // Imported lazily: a deployment on PostgreSQL never loads the WebAssembly build.
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');

  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = resolve(options.dataDir);
    mkdirSync(dataDir, { recursive: true });
  }
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({
    db: oneQueryAtATime(db),
    host: '127.0.0.1',
    port: 0,
    maxConnections: options.maxConnections,
  });
  await server.start();
  return {
    url: `postgres://postgres:postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/**
 * The socket server runs its connections' protocol messages on the one backend one message at a
 * time, and keeps the backend for one connection only inside an explicit transaction block. But `pg`
 * sends every parameterised query as a sequence (Parse, Bind, Describe, Execute, Sync) whose messages
 * share the unnamed statement and portal: interleaved with another connection's sequence, a query runs
 * with the other's statement or parameters (wrong rows, another user's session) or fails ("unnamed
 * prepared statement does not exist"). This view of the database reports "in a transaction" from the
 * first message of such a sequence until its Sync, so the server keeps serving that connection alone.
 */
function oneQueryAtATime<T extends { isInTransaction(): boolean; execProtocolRawStream: unknown }>(db: T): T {
  const SEQUENCE_MESSAGES = new Set(['P', 'B', 'D', 'E', 'C', 'H']); // Parse … Flush; Sync ('S') ends one
  let inSequence = false;
  return new Proxy(db, {
    get(target, property) {
      if (property === 'isInTransaction') return () => inSequence || target.isInTransaction();
      if (property === 'execProtocolRawStream') {
        return (message: Uint8Array, ...rest: unknown[]) => {
          inSequence = SEQUENCE_MESSAGES.has(String.fromCharCode(message[0] ?? 0));
          return (target.execProtocolRawStream as (...args: unknown[]) => unknown).call(
            target,
            message,
            ...rest,
          );
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
