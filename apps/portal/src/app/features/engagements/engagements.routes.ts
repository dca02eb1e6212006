import { Routes } from '@angular/router';

/** /engagements — the board and the list; /engagements/:id — one engagement. */
export const ENGAGEMENT_ROUTES: Routes = [
  {
    path: '',
    title: 'engagements.title',
    loadComponent: () => import('./pages/engagements.page').then((m) => m.EngagementsPage),
  },
  {
    path: ':id',
    title: 'engagements.detailTitle',
    loadComponent: () => import('./pages/engagement.page').then((m) => m.EngagementPage),
  },
];
