import { Routes } from '@angular/router';

export const ACCOUNT_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.account',
    loadComponent: () => import('./pages/account.page').then((m) => m.AccountPage),
  },
];
