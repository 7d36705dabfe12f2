import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../common/pagination.js';
import { MilestoneStatus, ParticipationStatus, ProgressUpdateStatus, SubscriptionLevel } from './trajecten.enums.js';

const TRAJECT = { message: 'Onbekend traject.' };
const UPDATE = { message: 'Onbekend voortgangsbericht.' };
const TITLE = { message: 'Een titel telt 3 tot 200 tekens.' };
const BODY = { message: 'Een bericht telt 1 tot 50.000 tekens.' };
const MESSAGE = { message: 'Een bericht telt hoogstens 1000 tekens.' };

@InputType({ description: 'A milestone state to set when the update is published' })
export class MilestoneChangeInput {
  @Field(() => ID) @IsUUID('all', { message: 'Onbekende mijlpaal.' }) milestoneId: string;
  @Field(() => MilestoneStatus) @IsEnum(MilestoneStatus) status: MilestoneStatus;
}

@InputType({ description: 'A new draft update' })
export class CreateProgressUpdateInput {
  @Field(() => ID) @IsUUID('all', TRAJECT) trajectId: string;
  @Field() @IsString(TITLE) @Length(3, 200, TITLE) title: string;
  @Field({ description: 'Markdown' }) @IsString(BODY) @Length(1, 50_000, BODY) body: string;
  @Field(() => [MilestoneChangeInput], { nullable: true })
  @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => MilestoneChangeInput)
  milestoneChanges?: MilestoneChangeInput[];
  @Field({ nullable: true, description: 'Show the traject\'s progress at publication with the update (default false)' })
  @IsOptional() @IsBoolean()
  attachProgress?: boolean;
}

@InputType({ description: 'Only the fields given are changed; after publishing the earlier text is kept as a revision' })
export class UpdateProgressUpdateInput {
  @Field(() => ID) @IsUUID('all', UPDATE) updateId: string;
  @Field({ nullable: true }) @IsOptional() @IsString(TITLE) @Length(3, 200, TITLE) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString(BODY) @Length(1, 50_000, BODY) body?: string;
  @Field(() => [MilestoneChangeInput], { nullable: true, description: 'Only before publishing' })
  @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => MilestoneChangeInput)
  milestoneChanges?: MilestoneChangeInput[];
  @Field({ nullable: true, description: 'Only before publishing' }) @IsOptional() @IsBoolean() attachProgress?: boolean;
}

@InputType({ description: 'Schedule an unpublished update; publishAt null turns it back into a draft' })
export class ScheduleProgressUpdateInput {
  @Field(() => ID) @IsUUID('all', UPDATE) updateId: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate({ message: 'Geef een tijdstip.' }) publishAt?: Date | null;
}

@InputType()
export class ProgressUpdateIdInput {
  @Field(() => ID) @IsUUID('all', UPDATE) updateId: string;
}

@ArgsType()
export class ProgressUpdatesArgs extends PageArgs {
  @Field(() => ID) @IsUUID('all', TRAJECT) trajectId: string;
  @Field(() => ProgressUpdateStatus, { nullable: true, description: 'Default PUBLISHED (newest first); DRAFT and SCHEDULED are for the team' })
  @IsOptional() @IsEnum(ProgressUpdateStatus)
  status?: ProgressUpdateStatus;
}

@InputType()
export class SubscribeToTrajectInput {
  @Field(() => ID) @IsUUID('all', TRAJECT) trajectId: string;
  @Field(() => SubscriptionLevel) @IsEnum(SubscriptionLevel, { message: 'Kies deelnemen of volgen.' }) level: SubscriptionLevel;
  @Field(() => String, { nullable: true, description: 'With a request to take part: a message for the team' })
  @IsOptional() @IsString(MESSAGE) @Length(0, 1000, MESSAGE)
  message?: string | null;
}

@InputType()
export class TrajectIdInput {
  @Field(() => ID) @IsUUID('all', TRAJECT) trajectId: string;
}

@InputType()
export class DecideParticipationRequestInput {
  @Field(() => ID) @IsUUID('all', { message: 'Onbekende aanvraag.' }) subscriptionId: string;
  @Field() @IsBoolean() accept: boolean;
  @Field(() => String, { nullable: true, description: 'Shown to the person who asked' })
  @IsOptional() @IsString(MESSAGE) @Length(0, 1000, MESSAGE)
  message?: string | null;
}

@ArgsType()
export class TrajectSubscribersArgs extends PageArgs {
  @Field(() => ID) @IsUUID('all', TRAJECT) trajectId: string;
  @Field(() => SubscriptionLevel, { nullable: true }) @IsOptional() @IsEnum(SubscriptionLevel) level?: SubscriptionLevel;
  @Field(() => ParticipationStatus, { nullable: true }) @IsOptional() @IsEnum(ParticipationStatus) requestStatus?: ParticipationStatus;
}
