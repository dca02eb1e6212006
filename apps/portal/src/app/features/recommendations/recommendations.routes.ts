import { Routes } from '@angular/router';

/** /recommendations — market preferences and the projects that fit them (capability MARKET). */
export const RECOMMENDATION_ROUTES: Routes = [
  {
    path: '',
    title: 'recommendations.pageTitle',
    loadComponent: () => import('./pages/recommendations.page').then((m) => m.RecommendationsPage),
  },
];
