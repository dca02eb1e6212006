import { Routes } from '@angular/router';

export const JUDGE_INVITATION_ROUTES: Routes = [
  {
    path: ':token',
    title: 'judgeInvitation.pageTitle',
    loadComponent: () => import('./pages/judge-invitation.page').then((m) => m.JudgeInvitationPage),
  },
];
