import { Routes } from '@angular/router';

export const PROJECT_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.project',
    loadComponent: () => import('./pages/my-project.page').then((m) => m.MyProjectPage),
  },
];
