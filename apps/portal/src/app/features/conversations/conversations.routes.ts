import { Routes } from '@angular/router';

/** /conversations and /conversations/:id — for members of the two organisations of each. */
export const CONVERSATION_ROUTES: Routes = [
  {
    path: '',
    title: 'conversations.pageTitle',
    loadComponent: () => import('./pages/conversations.page').then((m) => m.ConversationsPage),
  },
  {
    path: ':id',
    title: 'conversations.conversationTitle',
    loadComponent: () => import('./pages/conversation.page').then((m) => m.ConversationPage),
  },
];
