import { Routes } from '@angular/router';
import { capabilityGuard, signedInGuard } from './core/auth/auth.guards';

/** One lazy chunk per feature; guards use the viewer's capabilities as the server derived them. */
export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    loadChildren: () => import('./features/home/home.routes').then((m) => m.HOME_ROUTES),
  },
  {
    path: '',
    loadChildren: () => import('./features/auth/auth.routes').then((m) => m.AUTH_ROUTES),
  },
  {
    path: 'invitations',
    loadChildren: () => import('./features/invitations/invitations.routes').then((m) => m.INVITATION_ROUTES),
  },
  {
    path: 'dashboard',
    canActivate: [signedInGuard],
    loadChildren: () => import('./features/dashboard/dashboard.routes').then((m) => m.DASHBOARD_ROUTES),
  },
  {
    path: 'organization',
    canActivate: [signedInGuard],
    loadChildren: () =>
      import('./features/organization/organization.routes').then((m) => m.ORGANIZATION_ROUTES),
  },
  {
    path: 'account',
    canActivate: [signedInGuard],
    loadChildren: () => import('./features/account/account.routes').then((m) => m.ACCOUNT_ROUTES),
  },
  {
    path: 'admin/competitions',
    canActivate: [capabilityGuard('RUN_COMPETITIONS')],
    loadChildren: () =>
      import('./features/competitions-admin/competitions-admin.routes').then(
        (m) => m.COMPETITIONS_ADMIN_ROUTES,
      ),
  },
  {
    path: 'admin',
    canActivate: [capabilityGuard('VERIFY_ORGANIZATIONS')],
    loadChildren: () => import('./features/admin/admin.routes').then((m) => m.ADMIN_ROUTES),
  },
  {
    path: 'market',
    canActivate: [capabilityGuard('MARKET')],
    loadChildren: () => import('./features/market/market.routes').then((m) => m.MARKET_ROUTES),
  },
  {
    path: 'assignments',
    canActivate: [capabilityGuard('JUDGE')],
    loadChildren: () => import('./features/judging/judging.routes').then((m) => m.JUDGING_ROUTES),
  },
  {
    path: 'my-project',
    canActivate: [capabilityGuard('APPLY')],
    loadChildren: () => import('./features/projects/projects.routes').then((m) => m.PROJECT_ROUTES),
  },
  {
    // Judge invitations, notifications and public results: one entry here (each byte of this file is
    // in the initial bundle); the routes file it loads is tiny and lazy-loads each page.
    path: '',
    loadChildren: () => import('./features/participants.routes').then((m) => m.PARTICIPANT_ROUTES),
  },
  {
    path: '**',
    loadChildren: () => import('./features/not-found/not-found.routes').then((m) => m.NOT_FOUND_ROUTES),
  },
];
