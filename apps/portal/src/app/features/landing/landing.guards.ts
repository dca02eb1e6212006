import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';

/** Lets through members of a science park (the offers' editor and application review). */
export const parkGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return auth.activeOrganization()?.kind === 'SCIENCE_PARK'
    ? true
    : inject(Router).createUrlTree(['/dashboard']);
};
