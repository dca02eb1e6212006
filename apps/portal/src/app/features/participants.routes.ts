import { Routes } from '@angular/router';
import { signedInGuard } from '../core/auth/auth.guards';

/**
 * Judge invitations, notifications and the public results pages, behind a single entry of
 * app.routes.ts. Visitors reach the results and invitations without signing in.
 */
export const PARTICIPANT_ROUTES: Routes = [
  {
    path: 'judge-invitations',
    loadChildren: () =>
      import('./judge-invitations/judge-invitations.routes').then((m) => m.JUDGE_INVITATION_ROUTES),
  },
  {
    path: 'editions',
    loadChildren: () => import('./results/results.routes').then((m) => m.EDITION_ROUTES),
  },
  {
    path: 'projects',
    loadChildren: () => import('./results/results.routes').then((m) => m.PUBLIC_PROJECT_ROUTES),
  },
  {
    path: 'notifications',
    canActivate: [signedInGuard],
    loadChildren: () => import('./notifications/notifications.routes').then((m) => m.NOTIFICATION_ROUTES),
  },
];
