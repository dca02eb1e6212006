import { Field, ID, InputType } from '@nestjs/graphql';
import { IsArray, IsOptional, IsString, IsUUID } from 'class-validator';

/*
 * Types are checked here; lengths, trimming and tag rules (which count after trimming) are checked
 * by ShortlistInputCleaner, with the same field errors.
 */

@InputType()
export class CreateShortlistInput {
  @Field({ description: '1–120 characters (trimmed), unique in the organisation (CONFLICT otherwise).' })
  @IsString()
  name: string;

  @Field(() => String, { nullable: true, description: 'At most 2,000 characters.' })
  @IsOptional()
  @IsString()
  description?: string | null;
}

@InputType({ description: 'Omitted fields stay as they are; an empty or null description clears it.' })
export class UpdateShortlistInput {
  @Field(() => ID) @IsUUID() id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  description?: string | null;
}

@InputType()
export class AddToShortlistInput {
  @Field(() => ID) @IsUUID() shortlistId: string;
  @Field(() => ID) @IsUUID() projectId: string;

  @Field(() => String, { nullable: true, description: 'At most 4,000 characters.' })
  @IsOptional()
  @IsString()
  note?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'At most 20 tags of 1–40 characters each; trimmed and de-duplicated (ignoring case).',
  })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  tags?: string[] | null;
}

@InputType({
  description: 'Omitted fields stay as they are; an empty or null note clears it, [] clears the tags.',
})
export class UpdateShortlistItemInput {
  @Field(() => ID) @IsUUID() itemId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  note?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  tags?: string[] | null;
}
