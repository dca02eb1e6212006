import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { PageArgs } from '../common/pagination/connection';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  unreadOnly = false;
}
