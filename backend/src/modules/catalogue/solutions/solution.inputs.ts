import { Field, Float, InputType, Int, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import {
  MaintenanceType, RequirementLevel, SolutionDomain, SolutionMaturity, SolutionType, StepKind,
} from '../catalogue.enums.js';
import type { PubliccodeExtras } from './solution.entity.js';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG = { message: 'Een slug bestaat uit kleine letters, cijfers en koppeltekens (3 tot 80 tekens).' };
const KEY = { message: 'Onbekende sleutel.' };
const DATE = { message: 'Gebruik de vorm JJJJ-MM-DD.' };
const LIST = { message: 'Te veel items.' };
const ITEM = { message: 'Een item telt hoogstens 200 tekens.' };
const WHOLE = { message: 'Vul een geheel getal van 0 of meer in.' };

@InputType()
export class SolutionContactInput {
  @Field() @IsString() @Length(1, 120, { message: 'Een naam telt 1 tot 120 tekens.' }) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' }) @MaxLength(254) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40, { message: 'Een telefoonnummer telt hoogstens 40 tekens.' }) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200, ITEM) affiliation?: string | null;
}

@InputType()
export class SolutionLinkInput {
  @Field() @IsString() @Length(1, 80, { message: 'Een label telt 1 tot 80 tekens.' }) label: string;
  @Field() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Vul een volledige http(s)-link in.' }) @MaxLength(2000) url: string;
}

@InputType()
export class RequirementInput {
  @Field({ description: 'Key of a capability' }) @IsString(KEY) @MaxLength(80, KEY) capabilityKey: string;
  @Field(() => RequirementLevel) @IsEnum(RequirementLevel, { message: 'Kies vereist of aanbevolen.' }) level: RequirementLevel;
}

@InputType()
export class PrerequisiteInput {
  @Field({ description: 'Key of an indicator' }) @IsString(KEY) @MaxLength(80, KEY) indicatorKey: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Vul een getal in.' }) minValue: number;
}

@InputType()
export class StepInput {
  @Field() @IsString() @Length(2, 200, { message: 'Een stap telt 2 tot 200 tekens.' }) title: string;
  @Field(() => StepKind) @IsEnum(StepKind, { message: 'Kies technisch of organisatorisch.' }) kind: StepKind;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000, { message: 'Een toelichting telt hoogstens 2000 tekens.' }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Capability that covers this step' })
  @IsOptional() @IsString(KEY) @MaxLength(80, KEY) capabilityKey?: string | null;
}

/** Every field of a solution except its slug; create requires some, update takes any subset. */
@InputType({ isAbstract: true })
export class SolutionFieldsInput {
  @Field() @IsString() @Length(2, 120, { message: 'Een naam telt 2 tot 120 tekens.' }) name: string;
  @Field() @IsString() @Length(1, 150, { message: 'Een korte beschrijving telt 1 tot 150 tekens.' }) summary: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000, { message: 'Een beschrijving telt hoogstens 20.000 tekens.' }) description?: string;
  @Field(() => SolutionType) @IsEnum(SolutionType, { message: 'Kies een type.' }) type: SolutionType;
  @Field(() => [SolutionDomain], { nullable: true }) @IsOptional() @ArrayMaxSize(11, LIST) @IsEnum(SolutionDomain, { each: true, message: 'Onbekend domein.' }) domains?: SolutionDomain[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200, ITEM) provider?: string | null;
  @Field(() => String, { nullable: true, description: 'SPDX expression, e.g. EUPL-1.2' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9.+\-() ]{1,100}$/, { message: 'Vul een SPDX-licentie in, bv. EUPL-1.2.' })
  licence?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() openSource?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200, ITEM) costIndication?: string | null;
  @Field(() => SolutionMaturity) @IsEnum(SolutionMaturity, { message: 'Kies een maturiteit.' }) maturity: SolutionMaturity;
  @Field(() => MaintenanceType, { nullable: true }) @IsOptional() @IsEnum(MaintenanceType, { message: 'Kies een soort onderhoud.' }) maintenanceType?: MaintenanceType | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, DATE) maintenanceUntil?: string | null;
  @Field(() => [SolutionContactInput], { nullable: true }) @IsOptional() @ArrayMaxSize(20, LIST) @ValidateNested({ each: true }) @Type(() => SolutionContactInput) contacts?: SolutionContactInput[];
  @Field(() => [SolutionLinkInput], { nullable: true }) @IsOptional() @ArrayMaxSize(20, LIST) @ValidateNested({ each: true }) @Type(() => SolutionLinkInput) links?: SolutionLinkInput[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50, LIST) @IsString({ each: true }) @MaxLength(200, { each: true, ...ITEM }) standards?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50, LIST) @IsString({ each: true }) @MaxLength(200, { each: true, ...ITEM }) features?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50, LIST) @Matches(SLUG_PATTERN, { each: true, ...SLUG }) relatedTrajectSlugs?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50, LIST) @IsString({ each: true }) @MaxLength(200, { each: true, ...ITEM }) processes?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50, LIST) @IsString({ each: true }) @MaxLength(200, { each: true, ...ITEM }) roles?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt(WHOLE) @Min(0, WHOLE) @Max(100000, WHOLE) effortMinDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt(WHOLE) @Min(0, WHOLE) @Max(100000, WHOLE) effortMaxDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt(WHOLE) @Min(0, WHOLE) @Max(10000000, WHOLE) populationMin?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt(WHOLE) @Min(0, WHOLE) @Max(10000000, WHOLE) populationMax?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'Hoogstens 5000 tekens.' }) changeNotes?: string | null;
  @Field(() => [RequirementInput], { nullable: true, description: 'Replaces all technical requirements' })
  @IsOptional() @ArrayMaxSize(50, LIST) @ValidateNested({ each: true }) @Type(() => RequirementInput) requirements?: RequirementInput[];
  @Field(() => [PrerequisiteInput], { nullable: true, description: 'Replaces all maturity prerequisites' })
  @IsOptional() @ArrayMaxSize(20, LIST) @ValidateNested({ each: true }) @Type(() => PrerequisiteInput) prerequisites?: PrerequisiteInput[];
  @Field(() => [StepInput], { nullable: true, description: 'Replaces the implementation checklist' })
  @IsOptional() @ArrayMaxSize(100, LIST) @ValidateNested({ each: true }) @Type(() => StepInput) steps?: StepInput[];
}

@InputType({ description: 'A new solution (administrators only)' })
export class CreateSolutionInput extends SolutionFieldsInput {
  @Field({ description: 'Stable name in URLs' }) @IsString(SLUG) @Length(3, 80, SLUG) @Matches(SLUG_PATTERN, SLUG) slug: string;
}

@InputType({ description: 'Only the fields given are changed; lists given replace the old ones' })
export class UpdateSolutionInput extends PartialType(SolutionFieldsInput, InputType) {
  @Field({ description: 'The solution to change' }) @IsString(SLUG) @MaxLength(80, SLUG) slug: string;
}

/** A solution as plain data: what create, update and the publiccode.yml import have in common. */
export type SolutionData = Partial<SolutionFieldsInput> & { slug: string; publiccode?: PubliccodeExtras | null };
