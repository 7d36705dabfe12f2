import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination.js';
import { User } from '../accounts/user.model.js';
import { Bestuur, Region } from '../regions/regions.model.js';
import {
  MilestoneStatus, Pillar, ProgressMode, RolloutStatus, TrajectPhase, TrajectRole, TrajectStatus, TrajectVisibility,
} from './trajecten.enums.js';

@ObjectType({ description: 'An innovatietraject: a project of the programme, with its team, milestones and progress' })
export class Traject {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable name in URLs, e.g. digitale-aangifte-overlijden' }) slug: string;
  @Field() title: string;
  @Field({ description: 'Short summary, at most 300 characters' }) summary: string;
  @Field({ description: 'Markdown' }) description: string;
  @Field(() => TrajectPhase) phase: TrajectPhase;
  @Field(() => [Pillar], { description: 'One or more of the three pillars' }) pillars: Pillar[];
  @Field(() => TrajectStatus) status: TrajectStatus;
  @Field(() => TrajectVisibility) visibility: TrajectVisibility;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startDate: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; never before the start date' }) targetDate: string | null;
  @Field(() => [String], { description: 'Partner organisations, by name' }) partners: string[];
  @Field(() => Int, { description: 'Progress 0–100: the milestone roll-up, or set by a lead (see progressMode)' }) progress: number;
  @Field(() => ProgressMode) progressMode: ProgressMode;
  @Field(() => String, { nullable: true, description: 'Why a lead set the progress by hand' }) progressReason: string | null;
  @Field({ description: 'Demonstration content, not a real traject' }) isDemo: boolean;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType()
export class TrajectConnection extends Connection(Traject, 'A page of trajecten, by title') {}

@ObjectType({ description: 'A person on a traject\'s team' })
export class TrajectTeamMember {
  @Field(() => User) user: User;
  @Field(() => TrajectRole) role: TrajectRole;
  @Field(() => GraphQLISODateTime) appointedAt: Date;
}

@ObjectType({ description: 'A milestone of a traject' })
export class Milestone {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field({ description: 'Markdown' }) description: string;
  @Field({ description: 'YYYY-MM-DD' }) dueDate: string;
  @Field(() => MilestoneStatus) status: MilestoneStatus;
  @Field(() => Int, { description: 'Share in the progress roll-up (0: does not count)' }) weight: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was (last) marked reached' }) reachedAt: Date | null;
}

@ObjectType({ description: 'One point of the progress history' })
export class ProgressPoint {
  @Field(() => Int) progress: number;
  @Field(() => ProgressMode) mode: ProgressMode;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => GraphQLISODateTime) at: Date;
  @Field(() => ID, { nullable: true, description: 'The progress update that caused it, if any' }) updateId: string | null;
}

@ObjectType({ description: 'A measured value of an outcome indicator' })
export class IndicatorMeasurement {
  @Field(() => ID) id: string;
  @Field(() => Float) value: number;
  @Field({ description: 'YYYY-MM-DD' }) measuredOn: string;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType({ description: 'An outcome indicator, e.g. "dagen tussen overlijden en akte"' })
export class OutcomeIndicator {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'e.g. werkdagen, %' }) unit: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Float, { description: 'Value before the traject' }) baseline: number;
  @Field(() => Float, { nullable: true }) target: number | null;
}

@ObjectType({ description: 'How many municipalities stand where, out of all of them' })
export class RolloutCounts {
  @Field(() => Int) notInvolved: number;
  @Field(() => Int) interested: number;
  @Field(() => Int) participant: number;
  @Field(() => Int) live: number;
  @Field(() => Int, { description: 'All municipalities' }) total: number;
}

@ObjectType({ description: 'The rollout counts of one region\'s municipalities' })
export class RegionRollout extends RolloutCounts {
  @Field(() => Region) region: Region;
}

@ObjectType({ description: 'Where one municipality stands in a traject' })
export class BestuurRollout {
  @Field(() => Bestuur) bestuur: Bestuur;
  @Field(() => RolloutStatus) status: RolloutStatus;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last change; null when never involved' }) updatedAt: Date | null;
}
