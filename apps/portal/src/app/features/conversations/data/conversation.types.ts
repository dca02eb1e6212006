import type { IntroductionPurpose, LocalizedText } from '@bridge/contracts';
import type { OrganizationView } from '../../introductions/data/introduction.types';

/**
 * What the conversation screens show, in the shape of the API's `Conversation`, `Message` and
 * `Meeting` (apps/api/schema.gql); conversations.api.ts assigns the generated types to these.
 */
export interface AttachmentView {
  url: string;
  label?: string | null;
}

export interface MessageView {
  id: string;
  conversationId: string;
  body: string;
  attachments: AttachmentView[];
  authorName?: string | null;
  authorOrganizationId?: string | null;
  mine: boolean;
  createdAt: string;
}

export type MeetingStatus = 'PROPOSED' | 'CONFIRMED' | 'CANCELLED';

export interface MeetingSlotView {
  startsAt: string;
  endsAt?: string | null;
  minutes: number;
}

export interface MeetingView {
  id: string;
  conversationId: string;
  status: MeetingStatus;
  slots: MeetingSlotView[];
  chosenSlot?: MeetingSlotView | null;
  note?: string | null;
  proposedByName?: string | null;
  proposedByMe: boolean;
  createdAt: string;
  icsUrl?: string | null;
}

export interface ConversationSummaryView {
  id: string;
  introductionId: string;
  purpose: IntroductionPurpose;
  projectId: string;
  projectTitle: LocalizedText;
  startup: OrganizationView;
  partner: OrganizationView;
  lastMessageAt?: string | null;
  unreadCount: number;
}

export interface ConversationView extends ConversationSummaryView {
  meetings: MeetingView[];
}

export interface MessagePage {
  /** Oldest first. */
  messages: MessageView[];
  /** Cursor for older messages; null when there are none. */
  before: string | null;
}
