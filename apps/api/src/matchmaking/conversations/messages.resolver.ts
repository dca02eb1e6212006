import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdentityLoaders } from '../../identity/identity.loaders';
import { Allow, CurrentViewer } from '../../identity/access.decorators';
import type { RequestContext, Viewer } from '../../identity/viewer';
import { MessageDto } from './dtos/message.dto';

/** A Message is only returned after its conversation's party check (Conversation.messages, sendMessage). */
@Resolver(() => MessageDto)
export class MessagesResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @Allow('SIGNED_IN')
  @ResolveField(() => String, {
    nullable: true,
    description: "The author's display name (null once deleted).",
  })
  async authorName(
    @Parent() message: MessageDto,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    if (!message.authorUserId) return null;
    return (await this.identity.users(context).load(message.authorUserId))?.displayName ?? null;
  }

  @Allow('SIGNED_IN')
  @ResolveField(() => Boolean, { description: 'Written by your (active) organisation.' })
  mine(@Parent() message: MessageDto, @CurrentViewer() viewer: Viewer): boolean {
    return message.authorOrganizationId === viewer.active?.organizationId;
  }
}
