import { GRAPHQL_LIMITS } from '@bridge/contracts';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/* Types are checked here; lengths, trimming and URL schemes by cleanMessage (same field errors). */

@InputType()
export class AttachmentInput {
  @Field({ description: 'http or https only; at most 2,000 characters.' }) @IsString() url: string;

  @Field(() => String, { nullable: true, description: 'At most 200 characters.' })
  @IsOptional()
  @IsString()
  label?: string | null;
}

@InputType()
export class SendMessageInput {
  @Field(() => ID) @IsUUID() conversationId: string;

  @Field({ description: '1–8,000 characters after trimming.' }) @IsString() body: string;

  @Field(() => [AttachmentInput], { nullable: true, description: 'At most 5 links.' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AttachmentInput)
  attachments?: AttachmentInput[] | null;
}

/** A page of messages: the newest `first`, or the `first` before the cursor `before`. */
@ArgsType()
export class MessagePageArgs {
  @Field(() => Int, { defaultValue: 30 })
  @IsInt()
  @Min(1, { context: { min: 1, max: GRAPHQL_LIMITS.maxPageSize } })
  @Max(GRAPHQL_LIMITS.maxPageSize, { context: { min: 1, max: GRAPHQL_LIMITS.maxPageSize } })
  first = 30;

  @Field(() => String, {
    nullable: true,
    description: 'A cursor (pageInfo.endCursor of the page shown): the messages older than it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  before?: string | null;
}
