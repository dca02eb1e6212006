import { MatPaginatorIntl } from '@angular/material/paginator';
import { Routes } from '@angular/router';
import { TranslatedPaginatorIntl } from '../../core/i18n/paginator-intl';

export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    // Provided here, not at the root, so paginator code stays out of the initial bundle.
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      {
        path: 'organizations',
        title: 'titles.adminOrganizations',
        loadComponent: () => import('./pages/organizations-admin.page').then((m) => m.OrganizationsAdminPage),
      },
      { path: '', pathMatch: 'full', redirectTo: 'organizations' },
    ],
  },
];
