import { Routes } from '@angular/router';

export const JUDGING_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.assignments',
    loadComponent: () => import('./pages/assignments.page').then((m) => m.AssignmentsPage),
  },
  {
    path: ':id',
    title: 'scorecard.pageTitle',
    loadComponent: () => import('./pages/scorecard.page').then((m) => m.ScorecardPage),
  },
];
