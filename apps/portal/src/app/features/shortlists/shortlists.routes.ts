import { Routes } from '@angular/router';

/** /shortlists and /shortlists/:id — the organisation's lists (capability MARKET). */
export const SHORTLIST_ROUTES: Routes = [
  {
    path: '',
    title: 'shortlists.pageTitle',
    loadComponent: () => import('./pages/shortlists.page').then((m) => m.ShortlistsPage),
  },
  {
    path: ':id',
    title: 'shortlists.listPageTitle',
    loadComponent: () => import('./pages/shortlist.page').then((m) => m.ShortlistPage),
  },
];
