import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import { Capability } from '@bridge/contracts';
import { AuthService } from './auth.service';

function signInFirst(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl } });
}

/** Lets signed-in viewers through; sends others to sign in and back here afterwards. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  return auth.signedIn() ? true : signInFirst(inject(Router), state.url);
};

/** For sign-in and sign-up: a signed-in viewer goes to the dashboard instead. */
export const signedOutGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return auth.signedIn() ? inject(Router).createUrlTree(['/dashboard']) : true;
};

/**
 * Lets through viewers whose capabilities (derived by the server) include `capability`. Signed-out
 * viewers sign in first; others land on the dashboard, which says what they can do.
 */
export function capabilityGuard(capability: Capability): CanActivateFn {
  return (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    if (!auth.signedIn()) return signInFirst(router, state.url);
    return auth.can(capability) ? true : router.createUrlTree(['/dashboard']);
  };
}

/** A return URL from the query string, only if it stays inside the portal. */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}
