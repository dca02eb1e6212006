import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bridge/contracts';
import type { Locale, MembershipRole, OrganizationKind, VerificationStatus } from '@bridge/contracts';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LocalizedLongTextInput, LocalizedTextInput } from '../../common/graphql/localized-text.dto';
import {
  LocaleEnum,
  MembershipRoleEnum,
  OrganizationKindEnum,
  VerificationStatusEnum,
} from './identity.enums';

/**
 * May be left out, but not set to null: for fields that have no "empty" value (a name, a language),
 * an explicit null is refused as `validation.required` instead of reaching the service.
 */
const OmittableNotNull = () => (target: object, property: string) => {
  ValidateIf((_object, value) => value !== undefined)(target, property);
  IsDefined()(target, property);
};

const password = { context: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH } };
const emailLength = { context: { max: 254 } };

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'email' })
  @MaxLength(254, emailLength)
  email: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, password)
  @MaxLength(PASSWORD_MAX_LENGTH, password)
  password: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120, { context: { max: 120 } })
  displayName: string;

  @Field(() => LocaleEnum)
  @IsIn(Object.values(LocaleEnum))
  locale: Locale;

  @Field(() => String, { nullable: true, description: 'Required unless invitationToken is given.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { context: { max: 200 } })
  organizationName?: string | null;

  @Field(() => OrganizationKindEnum, {
    nullable: true,
    description: 'STARTUP, INVESTOR, SCIENCE_PARK or RD_PARTNER; required unless invitationToken is given.',
  })
  @IsOptional()
  @IsIn(['STARTUP', 'INVESTOR', 'SCIENCE_PARK', 'RD_PARTNER'])
  organizationKind?: OrganizationKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Joins the inviting organisation instead of creating one.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  invitationToken?: string | null;
}

@InputType()
export class SignInInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(254, emailLength)
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH, password)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH, password)
  currentPassword: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, password)
  @MaxLength(PASSWORD_MAX_LENGTH, password)
  newPassword: string;
}

@InputType()
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true })
  @OmittableNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120, { context: { max: 120 } })
  displayName?: string;

  @Field(() => LocaleEnum, { nullable: true })
  @OmittableNotNull()
  @IsIn(Object.values(LocaleEnum))
  locale?: Locale;

  @Field(() => String, { nullable: true, description: 'An IANA time zone such as Europe/Moscow.' })
  @OmittableNotNull()
  @IsString()
  @MaxLength(64)
  timeZone?: string;
}

@InputType()
export class SwitchOrganizationInput {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  @OmittableNotNull()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  name?: LocalizedTextInput;

  @Field(() => LocalizedLongTextInput, { nullable: true })
  @OmittableNotNull()
  @ValidateNested()
  @Type(() => LocalizedLongTextInput)
  description?: LocalizedLongTextInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300, { context: { max: 300 } })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120, { context: { max: 120 } })
  city?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120, { context: { max: 120 } })
  country?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(254, emailLength)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60, { context: { max: 60 } })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120, { context: { max: 120 } })
  contactMessenger?: string | null;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field()
  @IsEmail({}, { message: 'email' })
  @MaxLength(254, emailLength)
  email: string;

  @Field(() => MembershipRoleEnum)
  @IsIn(Object.values(MembershipRoleEnum))
  role: MembershipRole;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  token: string;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID()
  membershipId: string;

  @Field(() => MembershipRoleEnum)
  @IsIn(Object.values(MembershipRoleEnum))
  role: MembershipRole;
}

@InputType()
export class VerifyOrganizationInput {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => VerificationStatusEnum)
  @IsIn(Object.values(VerificationStatusEnum))
  status: VerificationStatus;
}
