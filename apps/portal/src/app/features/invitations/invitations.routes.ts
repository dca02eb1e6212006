import { Routes } from '@angular/router';

export const INVITATION_ROUTES: Routes = [
  {
    path: ':token',
    title: 'titles.invitation',
    loadComponent: () => import('./pages/invitation.page').then((m) => m.InvitationPage),
  },
];
