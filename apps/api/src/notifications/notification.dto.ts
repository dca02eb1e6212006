import { Field, ID, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from '../common/graphql/json.scalar';
import { ConnectionType } from '../common/pagination/connection';
import { NotificationEntity } from './notification.entity';

@ObjectType('Notification')
export class NotificationDto {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field({ description: 'Translation key of the text.' }) key: string;
  @Field(() => GraphQLJSON, { description: 'Parameters of the text.' }) params: Record<
    string,
    string | number
  >;
  @Field(() => String, { nullable: true }) link: string | null;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field() createdAt: Date;

  static from(entity: NotificationEntity): NotificationDto {
    return Object.assign(new NotificationDto(), {
      id: entity.id,
      kind: entity.kind,
      key: entity.key,
      params: entity.params,
      link: entity.link,
      readAt: entity.readAt,
      createdAt: entity.createdAt,
    });
  }
}

export const NotificationConnection = ConnectionType(NotificationDto, 'Notification');
