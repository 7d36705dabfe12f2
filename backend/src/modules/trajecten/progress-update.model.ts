import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination.js';
import { User } from '../accounts/user.model.js';
import { Milestone } from './traject.model.js';
import { MilestoneStatus, ProgressUpdateStatus } from './trajecten.enums.js';

@ObjectType({ description: 'A voortgangsbericht: news from a traject\'s team' })
export class ProgressUpdate {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field({ description: 'Markdown' }) body: string;
  @Field(() => ProgressUpdateStatus) status: ProgressUpdateStatus;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a scheduled update is (or was) due' }) publishAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last edit after publishing ("bijgewerkt")' }) editedAt: Date | null;
  @Field({ description: 'Whether the progress at publication is shown with the update' }) attachProgress: boolean;
  @Field(() => Int, { nullable: true, description: 'The traject\'s progress when this was published, if attached' })
  progressSnapshot: number | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class ProgressUpdateConnection extends Connection(ProgressUpdate, 'A page of progress updates') {}

@ObjectType({ description: 'A milestone state set by an update when it is published' })
export class MilestoneChange {
  @Field(() => Milestone, { nullable: true, description: 'Null once the milestone was deleted' }) milestone: Milestone | null;
  @Field(() => MilestoneStatus) status: MilestoneStatus;
}

@ObjectType({ description: 'How an update read before an edit after publishing' })
export class ProgressUpdateRevision {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() body: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was replaced' }) replacedAt: Date;
  @Field(() => User, { nullable: true, description: 'Who made the edit' }) editedBy: User | null;
}
