import { Routes } from '@angular/router';

export const ORGANIZATION_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.organization',
    loadComponent: () => import('./pages/organization-profile.page').then((m) => m.OrganizationProfilePage),
  },
  {
    path: 'members',
    title: 'titles.members',
    loadComponent: () => import('./pages/members.page').then((m) => m.MembersPage),
  },
];
