import { Routes } from '@angular/router';
import { capabilityGuard } from '../../core/auth/auth.guards';

/**
 * /introductions/sent — the requester's sent list (MARKET); /introductions/inbox — the start-up's
 * inbox (APPLY); /introductions/:id — one request, for either side.
 */
export const INTRODUCTION_ROUTES: Routes = [
  {
    path: 'sent',
    title: 'introductions.sentTitle',
    canActivate: [capabilityGuard('MARKET')],
    data: { mode: 'sent' },
    loadComponent: () => import('./pages/introductions.page').then((m) => m.IntroductionsPage),
  },
  {
    path: 'inbox',
    title: 'introductions.inboxTitle',
    canActivate: [capabilityGuard('APPLY')],
    data: { mode: 'inbox' },
    loadComponent: () => import('./pages/introductions.page').then((m) => m.IntroductionsPage),
  },
  {
    path: ':id',
    title: 'introductions.detailTitle',
    loadComponent: () => import('./pages/introduction.page').then((m) => m.IntroductionPage),
  },
];
