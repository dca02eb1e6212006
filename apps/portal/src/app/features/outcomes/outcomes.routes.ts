import { Routes } from '@angular/router';

/** /outcomes (the dashboard) and /outcomes/report/:competitionId?lang=zh|ru (the printable report). */
export const OUTCOME_ROUTES: Routes = [
  {
    path: '',
    title: 'outcomes.title',
    loadComponent: () => import('./pages/outcomes.page').then((m) => m.OutcomesPage),
  },
  {
    path: 'report/:competitionId',
    title: 'outcomes.report.title',
    loadComponent: () => import('./pages/outcome-report.page').then((m) => m.OutcomeReportPage),
  },
];
