import { Routes } from '@angular/router';

export const NOT_FOUND_ROUTES: Routes = [
  {
    path: '**',
    title: 'titles.notFound',
    loadComponent: () => import('./pages/not-found.page').then((m) => m.NotFoundPage),
  },
];
