import { Routes } from '@angular/router';
import { capabilityGuard } from '../../core/auth/auth.guards';
import { parkGuard } from './landing.guards';

/**
 * Parks (MARKET, science park): /landing/offers, /offers/new, /offers/:id, /offers/:id/applications.
 * Start-ups (APPLY): /landing/find and /landing/compare?ids=a,b,c.
 */
export const LANDING_ROUTES: Routes = [
  {
    path: 'offers',
    canActivate: [capabilityGuard('MARKET'), parkGuard],
    children: [
      {
        path: '',
        title: 'landing.offersTitle',
        loadComponent: () => import('./pages/offers.page').then((m) => m.OffersPage),
      },
      {
        path: 'new',
        title: 'landing.newTitle',
        loadComponent: () => import('./pages/offer-edit.page').then((m) => m.OfferEditPage),
      },
      {
        path: ':id',
        title: 'landing.editTitle',
        loadComponent: () => import('./pages/offer-edit.page').then((m) => m.OfferEditPage),
      },
      {
        path: ':id/applications',
        title: 'landing.applicationsTitle',
        loadComponent: () => import('./pages/applications.page').then((m) => m.ApplicationsPage),
      },
    ],
  },
  {
    path: 'find',
    title: 'landing.findTitle',
    canActivate: [capabilityGuard('APPLY')],
    loadComponent: () => import('./pages/find.page').then((m) => m.FindPage),
  },
  {
    path: 'compare',
    title: 'landing.compareTitle',
    canActivate: [capabilityGuard('APPLY')],
    loadComponent: () => import('./pages/compare.page').then((m) => m.ComparePage),
  },
  { path: '', pathMatch: 'full', redirectTo: 'find' },
];
