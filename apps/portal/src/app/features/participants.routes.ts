import { Routes } from '@angular/router';
import { capabilityGuard, signedInGuard } from '../core/auth/auth.guards';

/**
 * Judge invitations, notifications, the public results pages and the market's tools (shortlists,
 * saved searches, recommendations), behind a single entry of app.routes.ts. Visitors reach the
 * results and invitations without signing in.
 */
export const PARTICIPANT_ROUTES: Routes = [
  {
    path: 'judge-invitations',
    loadChildren: () =>
      import('./judge-invitations/judge-invitations.routes').then((m) => m.JUDGE_INVITATION_ROUTES),
  },
  {
    path: 'editions',
    loadChildren: () => import('./results/results.routes').then((m) => m.EDITION_ROUTES),
  },
  {
    path: 'projects',
    loadChildren: () => import('./results/results.routes').then((m) => m.PUBLIC_PROJECT_ROUTES),
  },
  {
    path: 'search',
    loadChildren: () => import('./search/search.routes').then((m) => m.SEARCH_ROUTES),
  },
  {
    path: 'notifications',
    canActivate: [signedInGuard],
    loadChildren: () => import('./notifications/notifications.routes').then((m) => m.NOTIFICATION_ROUTES),
  },
  // The market's tools: members of verified investors, parks and R&D partners.
  {
    path: 'shortlists',
    canActivate: [signedInGuard, capabilityGuard('MARKET')],
    loadChildren: () => import('./shortlists/shortlists.routes').then((m) => m.SHORTLIST_ROUTES),
  },
  {
    path: 'saved-searches',
    canActivate: [signedInGuard, capabilityGuard('MARKET')],
    loadChildren: () => import('./saved-searches/saved-searches.routes').then((m) => m.SAVED_SEARCH_ROUTES),
  },
  {
    path: 'recommendations',
    canActivate: [signedInGuard, capabilityGuard('MARKET')],
    loadChildren: () =>
      import('./recommendations/recommendations.routes').then((m) => m.RECOMMENDATION_ROUTES),
  },
  // Matchmaking: sent requests (MARKET), the start-up inbox (APPLY), one request, conversations.
  {
    path: 'introductions',
    canActivate: [signedInGuard],
    loadChildren: () => import('./introductions/introductions.routes').then((m) => m.INTRODUCTION_ROUTES),
  },
  {
    path: 'conversations',
    canActivate: [signedInGuard],
    loadChildren: () => import('./conversations/conversations.routes').then((m) => m.CONVERSATION_ROUTES),
  },
  // Outcomes: the organizers' dashboard and printable report.
  {
    path: 'outcomes',
    canActivate: [signedInGuard, capabilityGuard('RUN_COMPETITIONS')],
    loadChildren: () => import('./outcomes/outcomes.routes').then((m) => m.OUTCOME_ROUTES),
  },
  // Landing offers: parks post and review (MARKET, science park), start-ups find, compare, apply (APPLY).
  {
    path: 'landing',
    canActivate: [signedInGuard],
    loadChildren: () => import('./landing/landing.routes').then((m) => m.LANDING_ROUTES),
  },
  // Engagements: both parties' pipelines.
  {
    path: 'engagements',
    canActivate: [signedInGuard],
    loadChildren: () => import('./engagements/engagements.routes').then((m) => m.ENGAGEMENT_ROUTES),
  },
];
