import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsNotEmpty,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SearchInput } from '../../search/dtos/search.input';

export const SAVED_SEARCH_NAME_MAX = 120;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const nameLength = { context: { max: SAVED_SEARCH_NAME_MAX } };

@InputType()
export class SaveSearchInput {
  @Field({ description: `1–${SAVED_SEARCH_NAME_MAX} characters (trimmed).` })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(SAVED_SEARCH_NAME_MAX, nameLength)
  name: string;

  @Field(() => SearchInput, { description: 'Validated like the search query; first and after are not kept.' })
  @IsDefined()
  @ValidateNested()
  @Type(() => SearchInput)
  search: SearchInput;

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  alertsEnabled = true;

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  emailDigest = true;
}

/** May be left out, but not set to null. */
const OmittableNotNull = () => (target: object, property: string) => {
  ValidateIf((_object, value) => value !== undefined)(target, property);
  IsDefined()(target, property);
};

@InputType()
export class UpdateSavedSearchInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true })
  @OmittableNotNull()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(SAVED_SEARCH_NAME_MAX, nameLength)
  name?: string;

  @Field(() => Boolean, { nullable: true })
  @OmittableNotNull()
  @IsBoolean()
  alertsEnabled?: boolean;

  @Field(() => Boolean, { nullable: true })
  @OmittableNotNull()
  @IsBoolean()
  emailDigest?: boolean;
}
