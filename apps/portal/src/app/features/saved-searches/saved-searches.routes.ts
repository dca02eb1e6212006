import { Routes } from '@angular/router';

/** /saved-searches — the organisation's saved searches and their alerts (capability MARKET). */
export const SAVED_SEARCH_ROUTES: Routes = [
  {
    path: '',
    title: 'savedSearches.pageTitle',
    loadComponent: () => import('./pages/saved-searches.page').then((m) => m.SavedSearchesPage),
  },
];
