import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsDate, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';

/* Types are checked here; counts, ranges and the note's length by cleanProposal (same field errors). */

@InputType()
export class MeetingSlotInput {
  @Field({ description: 'In the future.' }) @Type(() => Date) @IsDate() startsAt: Date;
  @Field(() => Int, { description: '15–480.' }) @IsInt() minutes: number;
}

@InputType()
export class ProposeMeetingInput {
  @Field(() => ID) @IsUUID() conversationId: string;

  @Field(() => [MeetingSlotInput], { description: '1–5 times to choose from.' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MeetingSlotInput)
  slots: MeetingSlotInput[];

  @Field(() => String, { nullable: true, description: 'At most 1,000 characters.' })
  @IsOptional()
  @IsString()
  note?: string | null;
}

@InputType()
export class PickMeetingSlotInput {
  @Field(() => ID) @IsUUID() meetingId: string;
  @Field({ description: 'The start of one of the offered slots.' })
  @Type(() => Date)
  @IsDate()
  startsAt: Date;
}
