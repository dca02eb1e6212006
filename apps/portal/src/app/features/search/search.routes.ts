import { Routes } from '@angular/router';

/** /search — public: visitors search published results, the market and organizers see more. */
export const SEARCH_ROUTES: Routes = [
  {
    path: '',
    title: 'search.pageTitle',
    loadComponent: () => import('./pages/search.page').then((m) => m.SearchPage),
  },
];
