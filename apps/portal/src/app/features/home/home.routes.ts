import { Routes } from '@angular/router';

export const HOME_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.home',
    loadComponent: () => import('./pages/home.page').then((m) => m.HomePage),
  },
];
