import { Injectable } from '@nestjs/common';
import { groupByKey, requestLoader } from '../../common/dataloader/request-loader';
import type { RequestContext, Viewer } from '../../identity/viewer';
import { MeetingsService } from '../meetings/meetings.service';
import { ConversationsService } from './conversations.service';
import { MessagesService } from './messages.service';

/** Per-request loaders of what a Conversation nests: a page of conversations costs a fixed number of statements. */
@Injectable()
export class ConversationsLoaders {
  constructor(
    private readonly conversationsService: ConversationsService,
    private readonly messagesService: MessagesService,
    private readonly meetingsService: MeetingsService,
  ) {}

  unreadCounts(context: RequestContext, viewer: Viewer) {
    return requestLoader(context, 'conversationUnreadCounts', (ids: readonly string[]) =>
      this.conversationsService.unreadCounts(viewer, ids),
    );
  }

  /** One loader per page shape (`first`, `before`), batching the conversations that ask for it. */
  messages(context: RequestContext, first: number, before: string | null | undefined) {
    return requestLoader(context, `conversationMessages:${first}:${before ?? ''}`, (ids: readonly string[]) =>
      this.messagesService.pages(ids, first, before),
    );
  }

  meetings(context: RequestContext) {
    return requestLoader(context, 'conversationMeetings', async (ids: readonly string[]) =>
      groupByKey(ids, await this.meetingsService.ofConversations(ids), (m) => m.conversationId),
    );
  }
}
