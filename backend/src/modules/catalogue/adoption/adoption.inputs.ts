import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { AdoptionStatus } from '../catalogue.enums.js';

const NIS = { message: 'Onbekende NIS-code.' };
const SLUG = { message: 'Onbekende oplossing.' };
const DATE = { message: 'Gebruik de vorm JJJJ-MM-DD.' };

@InputType({ description: "Sets a bestuur's status for a solution (creates or replaces it)" })
export class SetAdoptionInput {
  @Field() @IsString(NIS) @MaxLength(10, NIS) nisCode: string;
  @Field() @IsString(SLUG) @MaxLength(80, SLUG) solutionSlug: string;
  @Field(() => AdoptionStatus) @IsEnum(AdoptionStatus, { message: 'Kies een status.' }) status: AdoptionStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, DATE) startDate?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, DATE) endDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000, { message: 'Een notitie telt hoogstens 2000 tekens.' }) note?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: offer yourself as contact for peers; false: withdraw; absent: unchanged' })
  @IsOptional() @IsBoolean()
  offerContact?: boolean | null;
}

@InputType()
export class RemoveAdoptionInput {
  @Field() @IsString(NIS) @MaxLength(10, NIS) nisCode: string;
  @Field() @IsString(SLUG) @MaxLength(80, SLUG) solutionSlug: string;
}
