import { SetMetadata, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Capability } from '@bridge/contracts';
import type { BridgeRequest, Viewer } from './viewer';

export const PUBLIC_KEY = 'bridge:public';
export const ALLOW_KEY = 'bridge:allow';

/** Who may call a resolver: signed-in users, or those with one of the given capabilities. */
export type AccessPolicy = 'SIGNED_IN' | Capability;

/** Marks a handler as callable by anyone, signed in or not. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * States who may call a handler (any of the policies). Handlers without `@Allow` or `@Public` are
 * refused by the global AccessGuard, and a test fails when one exists.
 */
export const Allow = (...policies: [AccessPolicy, ...AccessPolicy[]]) => SetMetadata(ALLOW_KEY, policies);

export function requestOf(context: ExecutionContext): BridgeRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: BridgeRequest }>().req;
  }
  return context.switchToHttp().getRequest<BridgeRequest>();
}

/** The signed-in viewer (guaranteed by `@Allow`), or null on `@Public` handlers. */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | null => requestOf(context).viewer ?? null,
);
