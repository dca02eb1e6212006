import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from '../../common/graphql/json.scalar';
import type { SavedSearchInput } from '../saved-search.entity';

@ObjectType('SavedSearch')
export class SavedSearchDto {
  @Field(() => ID) id: string;
  @Field() name: string;

  @Field(() => GraphQLJSON, {
    description: 'The SearchInput as saved (without first and after): the portal rebuilds its URL from it.',
  })
  input: SavedSearchInput;

  @Field({ description: 'In-app alerts to the creator when a project newly matches.' })
  alertsEnabled: boolean;

  @Field({ description: "New matches in the creator's daily e-mail digest." })
  emailDigest: boolean;

  @Field(() => Int, { description: 'Alerts for you not yet seen (reset by markSavedSearchSeen).' })
  newMatches: number;

  @Field(() => Date, { nullable: true, description: 'When a project last newly matched.' })
  lastMatchAt: Date | null;

  @Field() createdAt: Date;
  @Field(() => String, { nullable: true }) createdByName: string | null;

  @Field({ description: 'You saved it (and get its alerts).' })
  mine: boolean;
}
