import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination/connection';
import type { MessageAttachment, MessageEntity } from '../entities/message.entity';

@ObjectType('Attachment', { description: 'A link sent with a message (http or https).' })
export class AttachmentDto {
  @Field() url: string;
  @Field(() => String, { nullable: true }) label: string | null;
}

@ObjectType('Message')
export class MessageDto {
  @Field(() => ID) id: string;
  @Field(() => ID) conversationId: string;
  @Field() body: string;
  @Field(() => [AttachmentDto]) attachments: AttachmentDto[];
  @Field(() => ID) authorOrganizationId: string;
  @Field() createdAt: Date;
  // authorName and mine are field resolvers.

  /** Internal: the author (null once their account is deleted). */
  authorUserId: string | null;

  static from(entity: MessageEntity): MessageDto {
    return Object.assign(new MessageDto(), {
      id: entity.id,
      conversationId: entity.conversationId,
      body: entity.body,
      attachments: (entity.attachments ?? []).map((a: MessageAttachment) => ({
        url: a.url,
        label: a.label ?? null,
      })),
      authorOrganizationId: entity.authorOrganizationId,
      authorUserId: entity.authorUserId,
      createdAt: entity.createdAt,
    });
  }
}

export const MessageConnection = ConnectionType(MessageDto, 'Message');
