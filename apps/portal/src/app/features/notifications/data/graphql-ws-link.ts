import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { GRAPHQL_ENDPOINT } from '../../../core/graphql/apollo.provider';
import type { LiveLink } from './live-link';

/** Close codes of the API that mean "not with this session or from this page": do not retry. */
const REFUSED = new Set([4401, 4403]);

const codeOf = (event: unknown): number | null =>
  typeof event === 'object' && event !== null && 'code' in event
    ? Number((event as { code: unknown }).code)
    : null;

/** The address of the API's subscriptions: the GraphQL endpoint of this page's origin, ws(s)://. */
export function liveUrl(location: Pick<Location, 'href'> = window.location): string {
  const url = new URL(GRAPHQL_ENDPOINT, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * graphql-ws to /graphql with the session cookie (the browser sends it with the upgrade request).
 * Reconnects with backoff after a dropped connection (re-subscribing, so the count comes again), but
 * not after the API refused the session or the page.
 */
export function graphqlWsLink(): LiveLink {
  let refused = false;
  const client = createClient({
    url: liveUrl(),
    lazy: true,
    retryAttempts: 20,
    shouldRetry: (event) => !REFUSED.has(codeOf(event) ?? 0),
    on: {
      closed: (event) => {
        if (REFUSED.has(codeOf(event) ?? 0)) refused = true;
      },
    },
  });
  return {
    subscribe(document, sink) {
      return client.subscribe(
        { query: print(document) },
        {
          next: (result) => {
            if (result.data) sink.next(result.data as never);
          },
          error: (error) => sink.end(refused || REFUSED.has(codeOf(error) ?? 0) ? 'refused' : 'failed'),
          complete: () => sink.end('completed'),
        },
      );
    },
    dispose: () => void client.dispose(),
  };
}
