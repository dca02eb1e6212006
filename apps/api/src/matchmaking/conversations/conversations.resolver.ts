import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException } from '../../common/errors/app.exception';
import { PageArgs } from '../../common/pagination/connection';
import type { Connection } from '../../common/pagination/connection';
import { OrganizationDto } from '../../identity/dtos/organization.dto';
import { IdentityLoaders } from '../../identity/identity.loaders';
import { Allow, CurrentViewer } from '../../identity/access.decorators';
import type { RequestContext, Viewer } from '../../identity/viewer';
import { MeetingDto } from '../meetings/dtos/meeting.dto';
import { assertParty } from './conversation-access';
import { ConversationsLoaders } from './conversations.loaders';
import { ConversationsService } from './conversations.service';
import { ConversationConnection, ConversationDto } from './dtos/conversation.dto';
import { MessagePageArgs, SendMessageInput } from './dtos/conversation.inputs';
import { MessageConnection, MessageDto } from './dtos/message.dto';
import { MessagesService } from './messages.service';

/**
 * Conversations of accepted introductions. Every handler and nested field checks that the viewer's
 * active organisation is one of the two sides; anyone else (organizers included) gets NOT_FOUND.
 */
@Resolver(() => ConversationDto)
export class ConversationsResolver {
  constructor(
    private readonly service: ConversationsService,
    private readonly messages: MessagesService,
    private readonly loaders: ConversationsLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  @Allow('SIGNED_IN')
  @Query(() => ConversationConnection, {
    description: "Your organisation's conversations, newest activity first.",
  })
  async conversations(
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
  ): Promise<Connection<ConversationDto>> {
    const connection = await this.service.list(viewer, page);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ ...e, node: ConversationDto.from(e.node) })),
    };
  }

  @Allow('SIGNED_IN')
  @Query(() => ConversationDto, {
    description: 'NOT_FOUND unless your organisation is one of its two sides.',
  })
  async conversation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return ConversationDto.from(await this.service.get(viewer, id));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => MessageDto, {
    description:
      'Field errors: body (1–8,000 after trimming), attachments (≤ 5; url http/https ≤ 2,000; label ≤ 200).',
  })
  async sendMessage(@CurrentViewer() viewer: Viewer, @Args('input') input: SendMessageInput) {
    return MessageDto.from(await this.messages.send(viewer, input));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => ConversationDto, {
    description: "Moves your read marker to now: the other side's messages so far are read.",
  })
  async markConversationRead(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return ConversationDto.from(await this.service.markRead(viewer, id));
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => OrganizationDto)
  async startup(
    @Parent() conversation: ConversationDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ) {
    assertParty(viewer, conversation);
    return this.organization(context, conversation.startupOrganizationId);
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => OrganizationDto, {
    description: 'The investor, science park or R&D partner that asked.',
  })
  async partner(
    @Parent() conversation: ConversationDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ) {
    assertParty(viewer, conversation);
    return this.organization(context, conversation.partnerOrganizationId);
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => Int, { description: "The other side's messages after your read marker." })
  unreadCount(
    @Parent() conversation: ConversationDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<number> {
    assertParty(viewer, conversation);
    return this.loaders.unreadCounts(context, viewer).load(conversation.id);
  }

  @Allow('SIGNED_IN')
  @ResolveField('messages', () => MessageConnection, {
    description:
      'The newest page first; `before` (pageInfo.endCursor) pages back in time. Within a page, oldest → newest; ' +
      'hasNextPage: older messages exist.',
  })
  async messagesPage(
    @Parent() conversation: ConversationDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
    @Args() page: MessagePageArgs,
  ): Promise<Connection<MessageDto>> {
    assertParty(viewer, conversation);
    const connection = await this.loaders.messages(context, page.first, page.before).load(conversation.id);
    return { ...connection, edges: connection.edges.map((e) => ({ ...e, node: MessageDto.from(e.node) })) };
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => [MeetingDto], { description: 'Oldest first.' })
  async meetings(
    @Parent() conversation: ConversationDto,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<MeetingDto[]> {
    assertParty(viewer, conversation);
    return (await this.loaders.meetings(context).load(conversation.id)).map(MeetingDto.from);
  }

  private async organization(context: RequestContext, id: string): Promise<OrganizationDto> {
    const organization = await this.identity.organizations(context).load(id);
    if (!organization) throw AppException.notFound('organization');
    return OrganizationDto.from(organization);
  }
}
