import { Args, Field, ID, Int, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { NotificationsArgs } from './notifications.args';
import { Allow, CurrentViewer } from '../identity/access.decorators';
import type { Viewer } from '../identity/viewer';
import { NotificationConnection, NotificationDto } from './notification.dto';
import { NotificationsService } from './notifications.service';

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'Omit to mark every notification read.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[] | null;
}

@Resolver(() => NotificationDto)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Allow('SIGNED_IN')
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async notifications(@CurrentViewer() viewer: Viewer, @Args() args: NotificationsArgs) {
    const connection = await this.service.list(viewer.user.id, args, args.unreadOnly);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: NotificationDto.from(e.node) })),
    };
  }

  @Allow('SIGNED_IN')
  @Query(() => Int)
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer.user.id);
  }

  @Allow('SIGNED_IN')
  @Mutation(() => Int, { description: 'Marks your notifications read; returns how many changed.' })
  markNotificationsRead(@CurrentViewer() viewer: Viewer, @Args('input') input: MarkNotificationsReadInput) {
    return this.service.markRead(viewer.user.id, input.ids ?? null);
  }
}
