import { Routes } from '@angular/router';

export const MARKET_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.market',
    loadComponent: () => import('./pages/market.page').then((m) => m.MarketPage),
  },
];
