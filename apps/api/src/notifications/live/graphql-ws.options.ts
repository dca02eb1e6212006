import type { Response } from 'express';
import type { IncomingMessage } from 'http';
import type { AppConfig } from '../../config/app-config';
import { SESSION_COOKIE, SessionService } from '../../identity/session.service';
import type { BridgeRequest, RequestContext } from '../../identity/viewer';

/** The `ws` extra graphql-ws puts into its `Context`: the socket and the upgrade request. */
interface WsExtra {
  request: IncomingMessage;
  socket: { close(code: number, reason: string): void };
}

/** Close codes: the portal does not retry after these. */
export const WS_UNAUTHORIZED = 4401;
export const WS_FORBIDDEN = 4403;

/** The cookies of a request header (`a=1; b=2`), values URI-decoded. */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 1) continue;
    const name = part.slice(0, at).trim();
    let value = part.slice(at + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // keep the raw value, as cookie-parser does
    }
    if (!(name in cookies)) cookies[name] = value;
  }
  return cookies;
}

/** Origins that may open a subscription besides the API's own: PUBLIC_URL and SUBSCRIPTION_ALLOWED_ORIGINS. */
export function allowedOrigins(config: AppConfig): Set<string> {
  const origins = new Set<string>([new URL(config.env.PUBLIC_URL).origin]);
  for (const entry of config.env.SUBSCRIPTION_ALLOWED_ORIGINS.split(','))
    if (entry.trim()) origins.add(new URL(entry.trim()).origin);
  return origins;
}

/**
 * Whether the browser page that opens the socket may: its Origin is the API's own (the same host as
 * the request) or an allowed one. Browsers always send Origin on a WebSocket and the session cookie
 * goes along cross-site, so without this check any site could read a signed-in visitor's
 * notifications (cross-site WebSocket hijacking). A request without Origin is no browser's, and
 * carries only the credentials its sender has.
 */
export function originAllowed(request: IncomingMessage, allowed: ReadonlySet<string>): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (allowed.has(url.origin)) return true;
  const host = request.headers.host?.toLowerCase();
  return !!host && url.host === host && (url.protocol === 'http:' || url.protocol === 'https:');
}

/**
 * graphql-ws on /graphql (docs/notifications.md): the connection is accepted only from an allowed
 * Origin (else closed 4403) with a live session cookie on the upgrade request, checked exactly like
 * an HTTP request's (else closed 4401). Each operation runs with that viewer, through the same
 * guards as queries and mutations.
 */
export function graphqlWsOptions(sessions: SessionService, config: AppConfig) {
  const allowed = allowedOrigins(config);
  return {
    'graphql-ws': {
      onConnect: async (ctx: { extra: unknown }): Promise<boolean> => {
        const extra = ctx.extra as WsExtra;
        const request = extra.request as BridgeRequest;
        if (!originAllowed(request, allowed)) return false;
        request.cookies = parseCookies(request.headers.cookie);
        const viewer = request.cookies[SESSION_COOKIE] ? await sessions.viewerOf(request) : null;
        if (!viewer) {
          extra.socket.close(WS_UNAUTHORIZED, 'Unauthorized');
          return false;
        }
        return true;
      },
    },
  };
}

/**
 * The GraphQL context of an HTTP request (`{ req, res }`) or of a graphql-ws operation (`{ extra }`:
 * the upgrade request, whose viewer `onConnect` has set).
 */
export function graphqlContext(
  arg: { req?: BridgeRequest; res?: Response } | { extra: unknown },
): RequestContext {
  if ('extra' in arg) {
    const { request } = arg.extra as WsExtra;
    return { req: request as BridgeRequest, res: undefined as unknown as Response, loaders: new Map() };
  }
  return { req: arg.req as BridgeRequest, res: arg.res as Response, loaders: new Map() };
}
