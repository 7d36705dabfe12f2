import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination.js';

const EMAIL = { message: 'Vul een geldig e-mailadres in.' };
const NAME = { message: 'Een weergavenaam telt 2 tot 80 tekens.' };
const JOB = { message: 'Een functie telt hoogstens 120 tekens.' };
const CODE = { message: 'Onbekende code.' };

@InputType({ description: 'A new account' })
export class RegisterInput {
  @Field() @IsEmail({}, EMAIL) @MaxLength(254, EMAIL) email: string;
  @Field() @IsString(NAME) @Length(2, 80, NAME) displayName: string;
  @Field({ description: '10 to 128 characters, not a commonly used password' })
  @IsString() @MaxLength(1024)
  password: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString(JOB) @MaxLength(120, JOB) jobTitle?: string | null;
  @Field(() => String, { nullable: true, description: 'NIS code of the municipality, or the code of a partner organisation' })
  @IsOptional() @IsString(CODE) @MaxLength(40, CODE)
  bestuurCode?: string | null;
}

@InputType()
export class LoginInput {
  @Field() @IsString(EMAIL) @MaxLength(254, EMAIL) email: string;
  @Field() @IsString() @MaxLength(1024) password: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field() @IsEmail({}, EMAIL) @MaxLength(254, EMAIL) email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field() @IsString() @MaxLength(200) token: string;
  @Field() @IsString() @MaxLength(1024) password: string;
}

@InputType()
export class VerifyEmailInput {
  @Field() @IsString() @MaxLength(200) token: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MaxLength(1024) currentPassword: string;
  @Field() @IsString() @MaxLength(1024) newPassword: string;
}

@InputType({ description: 'Only the fields given are changed' })
export class UpdateProfileInput {
  @Field({ nullable: true }) @IsOptional() @IsString(NAME) @Length(2, 80, NAME) displayName?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString(JOB) @MaxLength(120, JOB) jobTitle?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty string clears the bestuur' })
  @IsOptional() @IsString(CODE) @MaxLength(40, CODE)
  bestuurCode?: string | null;
}

@InputType()
export class RevokeSessionInput {
  @Field(() => ID) @IsUUID('all', { message: 'Onbekende sessie.' }) id: string;
}

@InputType()
export class SetAdminInput {
  @Field(() => ID) @IsUUID('all', { message: 'Onbekende gebruiker.' }) userId: string;
  @Field() @IsBoolean() admin: boolean;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name or e-mail address' })
  @IsOptional() @IsString() @MaxLength(100)
  search?: string;
}
