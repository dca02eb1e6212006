import { Injectable, inject } from '@angular/core';
import {
  CancelMeetingDocument,
  ConversationDocument,
  ConversationMessagesDocument,
  ConversationsDocument,
  MarkConversationReadDocument,
  PickMeetingSlotDocument,
  ProposeMeetingDocument,
  SendMessageDocument,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';
import type { AttachmentInput } from './message-rules';
import type { SlotValue } from './slot-input';
import {
  ConversationSummaryView,
  ConversationView,
  MeetingView,
  MessagePage,
  MessageView,
} from './conversation.types';

export const CONVERSATIONS_PAGE = 20;
export const MESSAGES_PAGE = 30;

interface MessageConnectionLike {
  edges: { node: MessageView }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/** The API pages backwards: `endCursor` is the oldest message's, `hasNextPage` says older exist. */
const toMessagePage = (connection: MessageConnectionLike): MessagePage => ({
  messages: connection.edges.map((edge) => edge.node),
  before: connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null,
});

@Injectable({ providedIn: 'root' })
export class ConversationsApi {
  private readonly gql = inject(GraphqlService);

  async conversations(
    after: string | null = null,
  ): Promise<{ items: ConversationSummaryView[]; endCursor: string | null; hasNextPage: boolean }> {
    const { conversations } = await this.gql.query(ConversationsDocument, {
      first: CONVERSATIONS_PAGE,
      after,
    });
    return {
      items: conversations.edges.map((edge) => edge.node),
      endCursor: conversations.pageInfo.endCursor ?? null,
      hasNextPage: conversations.pageInfo.hasNextPage,
    };
  }

  /** The conversation with its meetings and latest messages; NOT_FOUND when the viewer may not read it. */
  async conversation(id: string): Promise<{ conversation: ConversationView; page: MessagePage }> {
    const { conversation } = await this.gql.query(ConversationDocument, { id, first: MESSAGES_PAGE });
    const { messages, ...rest } = conversation;
    return { conversation: rest, page: toMessagePage(messages) };
  }

  async olderMessages(id: string, before: string): Promise<MessagePage> {
    const { conversation } = await this.gql.query(ConversationMessagesDocument, {
      id,
      first: MESSAGES_PAGE,
      before,
    });
    return toMessagePage(conversation.messages);
  }

  async send(conversationId: string, body: string, attachments: AttachmentInput[]): Promise<MessageView> {
    return (await this.gql.mutate(SendMessageDocument, { input: { conversationId, body, attachments } }))
      .sendMessage;
  }

  async markRead(id: string): Promise<void> {
    await this.gql.mutate(MarkConversationReadDocument, { id });
  }

  async propose(conversationId: string, slots: SlotValue[], note: string | null): Promise<MeetingView> {
    return (await this.gql.mutate(ProposeMeetingDocument, { input: { conversationId, slots, note } }))
      .proposeMeeting;
  }

  async pick(meetingId: string, startsAt: string): Promise<MeetingView> {
    return (await this.gql.mutate(PickMeetingSlotDocument, { input: { meetingId, startsAt } }))
      .pickMeetingSlot;
  }

  async cancel(id: string): Promise<MeetingView> {
    return (await this.gql.mutate(CancelMeetingDocument, { id })).cancelMeeting;
  }
}
