import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** A subscription's values as they arrive, and how it ended (a close code when the server refused). */
export interface LiveSubscription<T> {
  values: T[];
  /** Resolves with the first value after `from` values have arrived. */
  next(from?: number, timeoutMs?: number): Promise<T>;
  /** Resolves when the subscription ends: with the close code, or null when it completed. */
  ended: Promise<number | null>;
  dispose(): void;
}

/**
 * A browser-like graphql-ws client: connects to /graphql with the given cookie and Origin headers on
 * the upgrade request, like a page of `origin` whose browser holds that cookie. No retries.
 */
export function liveClient(baseUrl: string, headers: { cookie?: string | null; origin?: string }): Client {
  const upgradeHeaders: Record<string, string> = {};
  if (headers.cookie) upgradeHeaders['cookie'] = headers.cookie;
  if (headers.origin) upgradeHeaders['origin'] = headers.origin;
  class HeaderWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: upgradeHeaders });
    }
  }
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: HeaderWebSocket,
    retryAttempts: 0,
    lazy: true,
  });
}

export function subscribe<T>(client: Client, query: string, field: string): LiveSubscription<T> {
  const values: T[] = [];
  const waiters: Array<() => void> = [];
  let end: (code: number | null) => void = () => undefined;
  const ended = new Promise<number | null>((resolve) => (end = resolve));
  const dispose = client.subscribe<Record<string, T>>(
    { query },
    {
      next: (result) => {
        if (result.data) values.push(result.data[field] as T);
        for (const wake of waiters.splice(0)) wake();
      },
      error: (error) => end((error as { code?: number }).code ?? -1),
      complete: () => end(null),
    },
  );
  return {
    values,
    ended,
    dispose,
    async next(from = values.length, timeoutMs = 10_000) {
      const started = Date.now();
      while (values.length <= from) {
        if (Date.now() - started > timeoutMs)
          throw new Error(`no value after ${from} within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return values[from] as T;
    },
  };
}

/** Resolves to 'value' when a value arrives within `ms`, else 'nothing'. */
export async function quietFor<T>(sub: LiveSubscription<T>, ms: number): Promise<'value' | 'nothing'> {
  const before = sub.values.length;
  await new Promise((resolve) => setTimeout(resolve, ms));
  return sub.values.length > before ? 'value' : 'nothing';
}
