import { Routes } from '@angular/router';

export const JUDGING_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.assignments',
    loadComponent: () => import('./pages/assignments.page').then((m) => m.AssignmentsPage),
  },
];
