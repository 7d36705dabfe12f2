import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUUID,
  Length, Matches, Max, MaxLength, Min,
} from 'class-validator';
import { PageArgs } from '../../common/pagination.js';
import {
  MilestoneStatus, Pillar, RolloutStatus, TrajectPhase, TrajectRole, TrajectStatus, TrajectVisibility,
} from './trajecten.enums.js';

const TRAJECT = { message: 'Onbekend traject.' };
const USER = { message: 'Onbekende gebruiker.' };
const MILESTONE = { message: 'Onbekende mijlpaal.' };
const DAY_FORMAT = /^\d{4}-\d{2}-\d{2}$/;
const DAY = { message: 'Geef een datum als JJJJ-MM-DD.' };
const TITLE = { message: 'Een titel telt 3 tot 150 tekens.' };
const SUMMARY = { message: 'Een samenvatting telt 1 tot 300 tekens.' };
const DESCRIPTION = { message: 'Een beschrijving telt hoogstens 20.000 tekens.' };
const PILLARS = { message: 'Kies één of meer pijlers.' };
const PARTNERS = { message: 'Geef hoogstens 30 partners van elk hoogstens 150 tekens.' };
const WEIGHT = { message: 'Het gewicht is een geheel getal van 0 tot 1000.' };
const PROGRESS = { message: 'De voortgang ligt tussen 0 en 100.' };

/** A calendar day as YYYY-MM-DD that exists (no 31 February). */
function IsDay(): PropertyDecorator {
  return (target, key) => {
    Matches(DAY_FORMAT, DAY)(target, key);
    IsISO8601({ strict: true }, DAY)(target, key);
  };
}

@InputType({ description: 'A new traject (administrators only)' })
export class CreateTrajectInput {
  @Field() @IsString(TITLE) @Length(3, 150, TITLE) title: string;
  @Field({ nullable: true, description: 'Lowercase letters, digits and hyphens; made from the title when left out' })
  @IsOptional() @IsString() @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Een slug bestaat uit kleine letters, cijfers en koppeltekens.' })
  @Length(3, 80, { message: 'Een slug telt 3 tot 80 tekens.' })
  slug?: string;
  @Field() @IsString(SUMMARY) @Length(1, 300, SUMMARY) summary: string;
  @Field({ nullable: true, description: 'Markdown' }) @IsOptional() @IsString(DESCRIPTION) @MaxLength(20_000, DESCRIPTION) description?: string;
  @Field(() => TrajectPhase) @IsEnum(TrajectPhase, { message: 'Kies adopteren of innoveren.' }) phase: TrajectPhase;
  @Field(() => [Pillar]) @ArrayMinSize(1, PILLARS) @ArrayUnique({ message: 'Kies elke pijler hoogstens één keer.' }) @IsEnum(Pillar, { each: true, ...PILLARS })
  pillars: Pillar[];
  @Field(() => TrajectStatus, { nullable: true, description: 'Default IDEE' }) @IsOptional() @IsEnum(TrajectStatus) status?: TrajectStatus;
  @Field(() => TrajectVisibility, { nullable: true, description: 'Default PUBLIC' }) @IsOptional() @IsEnum(TrajectVisibility) visibility?: TrajectVisibility;
  @Field(() => String, { nullable: true }) @IsOptional() @IsDay() startDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsDay() targetDate?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(30, PARTNERS) @IsString({ each: true, ...PARTNERS }) @Length(1, 150, { each: true, ...PARTNERS })
  partners?: string[];
}

@InputType({ description: 'Only the fields given are changed; the slug never changes' })
export class UpdateTrajectInput {
  @Field(() => ID) @IsUUID('all', TRAJECT) trajectId: string;
  @Field({ nullable: true }) @IsOptional() @IsString(TITLE) @Length(3, 150, TITLE) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString(SUMMARY) @Length(1, 300, SUMMARY) summary?: string;
  @Field({ nullable: true }) @IsOptional() @IsString(DESCRIPTION) @MaxLength(20_000, DESCRIPTION) description?: string;
  @Field(() => TrajectPhase, { nullable: true }) @IsOptional() @IsEnum(TrajectPhase) phase?: TrajectPhase;
  @Field(() => [Pillar], { nullable: true }) @IsOptional() @ArrayMinSize(1, PILLARS) @ArrayUnique() @IsEnum(Pillar, { each: true, ...PILLARS })
  pillars?: Pillar[];
  @Field(() => TrajectStatus, { nullable: true }) @IsOptional() @IsEnum(TrajectStatus) status?: TrajectStatus;
  @Field(() => TrajectVisibility, { nullable: true }) @IsOptional() @IsEnum(TrajectVisibility) visibility?: TrajectVisibility;
  @Field(() => String, { nullable: true, description: 'null clears it' }) @IsOptional() @IsDay() startDate?: string | null;
  @Field(() => String, { nullable: true, description: 'null clears it' }) @IsOptional() @IsDay() targetDate?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(30, PARTNERS) @IsString({ each: true, ...PARTNERS }) @Length(1, 150, { each: true, ...PARTNERS })
  partners?: string[];
}

@InputType({ description: 'Set the progress by hand with a reason, or pass progress null to return to the milestone roll-up' })
export class SetTrajectProgressInput {
  @Field(() => ID) @IsUUID('all', TRAJECT) trajectId: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt(PROGRESS) @Min(0, PROGRESS) @Max(100, PROGRESS) progress?: number | null;
  @Field(() => String, { nullable: true, description: 'Required with a progress' })
  @IsOptional() @IsString() @MaxLength(500, { message: 'Een reden telt hoogstens 500 tekens.' })
  reason?: string | null;
}

@InputType()
export class AppointTrajectMemberInput {
  @Field(() => ID) @IsUUID('all', TRAJECT) trajectId: string;
  @Field(() => ID) @IsUUID('all', USER) userId: string;
  @Field(() => TrajectRole) @IsEnum(TrajectRole, { message: 'Kies trekker of teamlid.' }) role: TrajectRole;
}

@InputType()
export class RemoveTrajectMemberInput {
  @Field(() => ID) @IsUUID('all', TRAJECT) trajectId: string;
  @Field(() => ID) @IsUUID('all', USER) userId: string;
}

@InputType()
export class CreateMilestoneInput {
  @Field(() => ID) @IsUUID('all', TRAJECT) trajectId: string;
  @Field() @IsString(TITLE) @Length(3, 150, TITLE) title: string;
  @Field({ nullable: true, description: 'Markdown' }) @IsOptional() @IsString() @MaxLength(5000, { message: 'Een beschrijving telt hoogstens 5000 tekens.' })
  description?: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsDay() dueDate: string;
  @Field(() => MilestoneStatus, { nullable: true, description: 'Default GEPLAND' }) @IsOptional() @IsEnum(MilestoneStatus) status?: MilestoneStatus;
  @Field(() => Int, { nullable: true, description: 'Default 1' }) @IsOptional() @IsInt(WEIGHT) @Min(0, { message: 'Het gewicht mag niet negatief zijn.' }) @Max(1000, WEIGHT)
  weight?: number;
}

@InputType({ description: 'Only the fields given are changed' })
export class UpdateMilestoneInput {
  @Field(() => ID) @IsUUID('all', MILESTONE) milestoneId: string;
  @Field({ nullable: true }) @IsOptional() @IsString(TITLE) @Length(3, 150, TITLE) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'Een beschrijving telt hoogstens 5000 tekens.' }) description?: string;
  @Field({ nullable: true }) @IsOptional() @IsDay() dueDate?: string;
  @Field(() => MilestoneStatus, { nullable: true }) @IsOptional() @IsEnum(MilestoneStatus) status?: MilestoneStatus;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt(WEIGHT) @Min(0, { message: 'Het gewicht mag niet negatief zijn.' }) @Max(1000, WEIGHT)
  weight?: number;
}

@InputType()
export class DeleteMilestoneInput {
  @Field(() => ID) @IsUUID('all', MILESTONE) milestoneId: string;
}

@InputType()
export class CreateOutcomeIndicatorInput {
  @Field(() => ID) @IsUUID('all', TRAJECT) trajectId: string;
  @Field() @IsString() @Length(3, 150, { message: 'Een naam telt 3 tot 150 tekens.' }) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40, { message: 'Een eenheid telt hoogstens 40 tekens.' }) unit?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000, { message: 'Een beschrijving telt hoogstens 2000 tekens.' })
  description?: string | null;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Geef een getal.' }) baseline: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Geef een getal.' })
  target?: number | null;
}

@InputType()
export class RecordIndicatorMeasurementInput {
  @Field(() => ID) @IsUUID('all', { message: 'Onbekende indicator.' }) indicatorId: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Geef een getal.' }) value: number;
  @Field({ description: 'YYYY-MM-DD' }) @IsDay() measuredOn: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500, { message: 'Een toelichting telt hoogstens 500 tekens.' })
  note?: string | null;
}

@InputType({ description: 'Set the rollout status of one or more municipalities (by NIS code)' })
export class SetRolloutStatusInput {
  @Field(() => ID) @IsUUID('all', TRAJECT) trajectId: string;
  @Field(() => [String]) @ArrayMinSize(1, { message: 'Kies minstens één gemeente.' }) @ArrayMaxSize(285, { message: 'Kies hoogstens 285 gemeenten.' })
  @ArrayUnique({ message: 'Kies elke gemeente hoogstens één keer.' }) @Matches(/^\d{5}$/, { each: true, message: 'Onbekende NIS-code.' })
  nisCodes: string[];
  @Field(() => RolloutStatus) @IsEnum(RolloutStatus) status: RolloutStatus;
}

@ArgsType()
export class TrajectenArgs extends PageArgs {
  @Field(() => TrajectStatus, { nullable: true }) @IsOptional() @IsEnum(TrajectStatus) status?: TrajectStatus;
  @Field(() => TrajectPhase, { nullable: true }) @IsOptional() @IsEnum(TrajectPhase) phase?: TrajectPhase;
  @Field(() => Pillar, { nullable: true }) @IsOptional() @IsEnum(Pillar) pillar?: Pillar;
  @Field(() => Boolean, { nullable: true, description: 'Only trajecten the viewer is on the team of or subscribed to' })
  @IsOptional() @IsBoolean()
  mine?: boolean;
}
