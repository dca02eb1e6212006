import type { IntroductionPurpose } from '@bridge/contracts';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedTextDto } from '../../../common/graphql/localized-text.dto';
import { ConnectionType } from '../../../common/pagination/connection';
import { IntroductionPurposeEnum } from '../../introductions/dtos/introduction.enums';
import type { ConversationView } from '../conversation-access';

@ObjectType('Conversation', {
  description:
    'Between the start-up and the requester of an accepted introduction; only members of those two organisations read it.',
})
export class ConversationDto {
  @Field(() => ID) id: string;
  @Field(() => ID) introductionId: string;
  @Field(() => IntroductionPurposeEnum) purpose: IntroductionPurpose;
  @Field(() => ID) projectId: string;
  @Field(() => LocalizedTextDto) projectTitle: LocalizedTextDto;
  @Field({ description: 'Time of the latest message (the opening time until then).' }) lastMessageAt: Date;
  // startup, partner, unreadCount, messages and meetings are field resolvers.

  /** Internal: the two sides, checked again by every nested field. */
  startupOrganizationId: string;
  partnerOrganizationId: string;

  static from(view: ConversationView): ConversationDto {
    return Object.assign(new ConversationDto(), {
      id: view.id,
      introductionId: view.introductionId,
      purpose: view.purpose,
      projectId: view.projectId,
      projectTitle: view.projectTitle,
      lastMessageAt: view.lastMessageAt,
      startupOrganizationId: view.startupOrganizationId,
      partnerOrganizationId: view.partnerOrganizationId,
    });
  }
}

export const ConversationConnection = ConnectionType(ConversationDto, 'Conversation');
