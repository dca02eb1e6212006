import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsIn } from 'class-validator';
import { NOTIFICATION_EMAIL_CATEGORIES, NotificationEmailCategoryEnum } from './notification-category';
import type { NotificationEmailCategory } from './notification-category';

@ObjectType('NotificationEmailPreference', {
  description: 'Whether you get e-mails for one category of notifications.',
})
export class NotificationEmailPreferenceDto {
  @Field(() => NotificationEmailCategoryEnum) category: NotificationEmailCategory;
  @Field() email: boolean;
}

@InputType()
export class NotificationEmailPreferenceInput {
  @Field(() => NotificationEmailCategoryEnum)
  @IsIn(NOTIFICATION_EMAIL_CATEGORIES)
  category: NotificationEmailCategory;

  @Field()
  @IsBoolean()
  email: boolean;
}
