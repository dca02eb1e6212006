import type { ConversationView, MeetingView, MessageView } from '../../conversations/data/conversation.types';
import type { IntroductionView, OrganizationView } from '../data/introduction.types';

let sequence = 0;
const nextId = () => `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export function anOrganization(overrides: Partial<OrganizationView> = {}): OrganizationView {
  return {
    id: nextId(),
    kind: 'INVESTOR',
    name: { en: 'Harbin Ventures', ru: 'Харбин Венчурс', zh: '哈尔滨创投' },
    description: { en: 'Early-stage fund for robotics and agritech.', ru: null, zh: null },
    city: 'Harbin',
    country: 'CN',
    website: 'https://harbin.example',
    verificationStatus: 'VERIFIED',
    contacts: null,
    ...overrides,
  };
}

export function anIntroduction(overrides: Partial<IntroductionView> = {}): IntroductionView {
  return {
    id: nextId(),
    purpose: 'INVESTMENT',
    status: 'PENDING',
    message: 'We invest in agritech robotics and would like to meet your team in Harbin.',
    proposedSlots: [{ startsAt: '2026-12-01T02:00:00.000Z', minutes: 60 }],
    declineReason: null,
    declineNote: null,
    createdAt: '2026-11-20T08:00:00Z',
    expiresAt: '2026-12-04T08:00:00Z',
    answeredAt: null,
    side: 'STARTUP',
    projectId: nextId(),
    projectTitle: { en: 'AgroVision', ru: 'АгроВижн', zh: null },
    requester: anOrganization(),
    requesterName: 'Li Wei',
    startup: anOrganization({
      kind: 'STARTUP',
      name: { en: 'AgroVision LLC', ru: 'ООО АгроВижн', zh: null },
      city: 'Novosibirsk',
    }),
    fit: 72,
    fitReasons: [{ key: 'recommendations.reason.trl', met: true, params: { trl: 6, min: 4, max: 8 } }],
    notes: [],
    conversationId: null,
    ...overrides,
  };
}

export function aMeeting(overrides: Partial<MeetingView> = {}): MeetingView {
  return {
    id: nextId(),
    conversationId: nextId(),
    status: 'PROPOSED',
    slots: [
      { startsAt: '2026-12-01T02:00:00.000Z', endsAt: '2026-12-01T03:00:00.000Z', minutes: 60 },
      { startsAt: '2026-12-02T07:30:00.000Z', endsAt: '2026-12-02T08:00:00.000Z', minutes: 30 },
    ],
    chosenSlot: null,
    note: null,
    proposedByName: 'Li Wei',
    proposedByMe: false,
    createdAt: '2026-11-25T08:00:00Z',
    icsUrl: null,
    ...overrides,
  };
}

export function aMessage(overrides: Partial<MessageView> = {}): MessageView {
  return {
    id: nextId(),
    conversationId: nextId(),
    body: 'Hello!',
    attachments: [],
    authorName: 'Li Wei',
    authorOrganizationId: nextId(),
    mine: false,
    createdAt: '2026-11-25T08:00:00Z',
    ...overrides,
  };
}

export function aConversation(overrides: Partial<ConversationView> = {}): ConversationView {
  return {
    id: nextId(),
    introductionId: nextId(),
    purpose: 'INVESTMENT',
    projectId: nextId(),
    projectTitle: { en: 'AgroVision', ru: 'АгроВижн', zh: null },
    startup: anOrganization({ kind: 'STARTUP', name: { en: 'AgroVision LLC', ru: null, zh: null } }),
    partner: anOrganization(),
    lastMessageAt: '2026-11-25T08:00:00Z',
    unreadCount: 0,
    meetings: [],
    ...overrides,
  };
}
