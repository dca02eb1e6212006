import { InjectionToken } from '@angular/core';
import type { TypedDocumentNode } from '@apollo/client';

/** Why a live subscription ended. `refused`: the API will not take this connection (no retry). */
export type LiveEnd = 'completed' | 'refused' | 'failed';

export interface LiveSink<TData> {
  next(data: TData): void;
  end(reason: LiveEnd): void;
}

/** A WebSocket to the API's subscriptions (graphql-ws); one per bell. */
export interface LiveLink {
  /** Starts a subscription; returns the function that stops it. */
  subscribe<TData>(
    document: TypedDocumentNode<TData, Record<string, never>>,
    sink: LiveSink<TData>,
  ): () => void;
  /** Closes the socket. */
  dispose(): void;
}

/**
 * Opens the live link. The default loads graphql-ws with a dynamic import, so the WebSocket client
 * stays out of the initial bundle and loads only once the (deferred) bell asks for it.
 */
export const LIVE_LINK = new InjectionToken<() => Promise<LiveLink>>('LIVE_LINK', {
  providedIn: 'root',
  factory: () => () => import('./graphql-ws-link').then((m) => m.graphqlWsLink()),
});
