import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** A content field in Chinese, English and Russian; the portal picks the viewer's language. */
@ObjectType('LocalizedText')
export class LocalizedTextDto {
  @Field(() => String, { nullable: true })
  zh?: string | null;

  @Field(() => String, { nullable: true })
  en?: string | null;

  @Field(() => String, { nullable: true })
  ru?: string | null;
}

/** Builds a LocalizedText input type whose values may be at most `maxLength` characters. */
function localizedTextInput(name: string, maxLength: number) {
  @InputType(name)
  class LocalizedTextInputType {
    @Field(() => String, { nullable: true })
    @IsOptional()
    @IsString()
    @MaxLength(maxLength, { context: { max: maxLength } })
    zh?: string | null;

    @Field(() => String, { nullable: true })
    @IsOptional()
    @IsString()
    @MaxLength(maxLength, { context: { max: maxLength } })
    en?: string | null;

    @Field(() => String, { nullable: true })
    @IsOptional()
    @IsString()
    @MaxLength(maxLength, { context: { max: maxLength } })
    ru?: string | null;
  }
  return LocalizedTextInputType;
}

/** Short texts: names and titles (200 characters a language). */
export const LocalizedTextInput = localizedTextInput('LocalizedTextInput', 200);
export type LocalizedTextInput = InstanceType<typeof LocalizedTextInput>;
/** Long texts: descriptions (5,000 characters a language). */
export const LocalizedLongTextInput = localizedTextInput('LocalizedLongTextInput', 5000);
export type LocalizedLongTextInput = InstanceType<typeof LocalizedLongTextInput>;

/** Trims every language and drops empty ones. */
export function cleanLocalizedText(input: { zh?: string | null; en?: string | null; ru?: string | null }) {
  const result: { zh?: string; en?: string; ru?: string } = {};
  for (const lang of ['zh', 'en', 'ru'] as const) {
    const value = input[lang]?.trim();
    if (value) result[lang] = value;
  }
  return result;
}
