import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination.js';

const SLUG = { message: 'Onbekende regio.' };

@InputType()
export class CoordinatorInput {
  @Field() @IsString(SLUG) @MaxLength(80, SLUG) regionSlug: string;
  @Field(() => ID) @IsUUID('all', { message: 'Onbekende gebruiker.' }) userId: string;
}

@InputType({ description: 'Only the fields given are changed' })
export class UpdateRegionInput {
  @Field() @IsString(SLUG) @MaxLength(80, SLUG) slug: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(2, 100, { message: 'Een naam telt 2 tot 100 tekens.' }) name?: string;
  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @MaxLength(2000, { message: 'Een beschrijving telt hoogstens 2000 tekens.' })
  description?: string | null;
}

@InputType()
export class AssignBestuurInput {
  @Field() @IsString() @MaxLength(10, { message: 'Onbekende NIS-code.' }) nisCode: string;
  @Field() @IsString(SLUG) @MaxLength(80, SLUG) regionSlug: string;
}

@ArgsType()
export class BesturenArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, or the start of the NIS code' })
  @IsOptional() @IsString() @MaxLength(100, { message: 'Zoekterm is te lang.' })
  search?: string;

  @Field(() => String, { nullable: true, description: 'Only the municipalities of this region' })
  @IsOptional() @IsString() @MaxLength(80)
  regionSlug?: string;
}
