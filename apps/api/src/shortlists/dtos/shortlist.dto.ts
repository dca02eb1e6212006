import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ShortlistItemEntity } from '../entities/shortlist-item.entity';
import { ShortlistEntity } from '../entities/shortlist.entity';

@ObjectType('Shortlist', {
  description: "An organisation's named list of projects, shared by its members and private to it.",
})
export class ShortlistDto {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  // itemCount and items are field resolvers (batched per request).

  static from(entity: ShortlistEntity): ShortlistDto {
    return Object.assign(new ShortlistDto(), {
      id: entity.id,
      name: entity.name,
      description: entity.description,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

@ObjectType('ShortlistItem', {
  description: 'A project on a shortlist, with the organisation’s note and tags.',
})
export class ShortlistItemDto {
  @Field(() => ID) id: string;
  @Field(() => ID) shortlistId: string;
  @Field(() => ID) projectId: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => [String]) tags: string[];
  @Field() addedAt: Date;
  // project, projectTitle and addedByName are field resolvers.

  /** Internal: the row behind the item (its title snapshot and who added it). */
  entity: ShortlistItemEntity;

  static from(entity: ShortlistItemEntity): ShortlistItemDto {
    return Object.assign(new ShortlistItemDto(), {
      id: entity.id,
      shortlistId: entity.shortlistId,
      projectId: entity.projectId,
      note: entity.note,
      tags: entity.tags,
      addedAt: entity.addedAt,
      entity,
    });
  }
}
