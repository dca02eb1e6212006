import type { Locale } from '@bridge/contracts';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserEntity } from '../entities/user.entity';
import { LocaleEnum } from './identity.enums';

@ObjectType('User')
export class UserDto {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  /** Resolved by a field resolver: only the user, co-members and organizers see it. */
  email?: string | null;

  @Field(() => LocaleEnum)
  locale: Locale;

  @Field()
  timeZone: string;

  @Field()
  createdAt: Date;

  /** Internal: the e-mail, for the field resolver to reveal or not. */
  privateEmail: string;

  static from(entity: UserEntity): UserDto {
    return Object.assign(new UserDto(), {
      id: entity.id,
      displayName: entity.displayName,
      locale: entity.locale,
      timeZone: entity.timeZone,
      createdAt: entity.createdAt,
      privateEmail: entity.email,
    });
  }
}
