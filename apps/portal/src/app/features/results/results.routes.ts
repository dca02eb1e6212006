import { Routes } from '@angular/router';

/** /editions/:id/results — public. */
export const EDITION_ROUTES: Routes = [
  {
    path: ':id/results',
    title: 'results.pageTitle',
    loadComponent: () => import('./pages/edition-results.page').then((m) => m.EditionResultsPage),
  },
];

/** /projects/:id — public (the API decides how much the viewer sees). */
export const PUBLIC_PROJECT_ROUTES: Routes = [
  {
    path: ':id',
    title: 'results.projectPageTitle',
    loadComponent: () => import('./pages/project.page').then((m) => m.ProjectPage),
  },
];
