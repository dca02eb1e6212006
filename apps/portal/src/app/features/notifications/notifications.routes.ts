import { Routes } from '@angular/router';

export const NOTIFICATION_ROUTES: Routes = [
  {
    path: '',
    title: 'notificationsPage.title',
    loadComponent: () => import('./pages/notifications.page').then((m) => m.NotificationsPage),
  },
];
