import { Routes } from '@angular/router';
import { signedOutGuard } from '../../core/auth/auth.guards';

export const AUTH_ROUTES: Routes = [
  {
    path: 'sign-in',
    title: 'titles.signIn',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./pages/sign-in.page').then((m) => m.SignInPage),
  },
  {
    path: 'sign-up',
    title: 'titles.signUp',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./pages/sign-up.page').then((m) => m.SignUpPage),
  },
];
