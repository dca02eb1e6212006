import { MatPaginatorIntl } from '@angular/material/paginator';
import { Routes } from '@angular/router';
import { TranslatedPaginatorIntl } from '../../core/i18n/paginator-intl';

/** Tabs of one edition: each a lazy child route, so every tab has its own address. */
const TAB_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'overview' },
  {
    path: 'overview',
    title: 'adminCompetitions.titles.overview',
    loadComponent: () => import('./pages/overview.tab').then((m) => m.OverviewTab),
  },
  {
    path: 'settings',
    title: 'adminCompetitions.titles.settings',
    loadComponent: () => import('./pages/settings.tab').then((m) => m.SettingsTab),
  },
  {
    path: 'applications',
    title: 'adminCompetitions.titles.applications',
    loadComponent: () => import('./pages/applications.tab').then((m) => m.ApplicationsTab),
  },
  {
    path: 'applications/:projectId',
    title: 'adminCompetitions.titles.project',
    loadComponent: () => import('./pages/project-detail.page').then((m) => m.ProjectDetailPage),
  },
  {
    path: 'import',
    title: 'adminCompetitions.titles.import',
    loadComponent: () => import('./pages/import.tab').then((m) => m.ImportTab),
  },
  {
    path: 'judges',
    title: 'adminCompetitions.titles.judges',
    loadComponent: () => import('./pages/judges.tab').then((m) => m.JudgesTab),
  },
  {
    path: 'criteria',
    title: 'adminCompetitions.titles.criteria',
    loadComponent: () => import('./pages/criteria.tab').then((m) => m.CriteriaTab),
  },
  {
    path: 'assignments',
    title: 'adminCompetitions.titles.assignments',
    loadComponent: () => import('./pages/assignments.tab').then((m) => m.AssignmentsTab),
  },
  {
    path: 'selection',
    title: 'adminCompetitions.titles.selection',
    loadComponent: () => import('./pages/selection.tab').then((m) => m.SelectionTab),
  },
  {
    path: 'final',
    title: 'adminCompetitions.titles.final',
    loadComponent: () => import('./pages/final.tab').then((m) => m.FinalTab),
  },
  {
    path: 'dossier',
    title: 'adminCompetitions.titles.dossier',
    loadComponent: () => import('./pages/dossier.tab').then((m) => m.DossierTab),
  },
];

/** The organizers' competition screens (capability RUN_COMPETITIONS, checked in app.routes.ts). */
export const COMPETITIONS_ADMIN_ROUTES: Routes = [
  {
    path: '',
    // Provided here, not at the root, so paginator code stays out of the initial bundle.
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'adminCompetitions.titles.list',
        loadComponent: () => import('./pages/competitions-list.page').then((m) => m.CompetitionsListPage),
      },
      {
        path: 'new',
        title: 'adminCompetitions.create.title',
        loadComponent: () => import('./pages/create-competition.page').then((m) => m.CreateCompetitionPage),
      },
      {
        path: ':id',
        loadComponent: () => import('./pages/competition.page').then((m) => m.CompetitionPage),
        children: TAB_ROUTES,
      },
    ],
  },
];
