import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination.js';
import { ParticipationStatus, SubscriptionLevel, TrajectEventType } from './trajecten.enums.js';

@ObjectType({ description: 'A person taking part in (DEELNEMEN) or following (VOLGEN) a traject' })
export class TrajectSubscription {
  @Field(() => ID) id: string;
  @Field(() => SubscriptionLevel) level: SubscriptionLevel;
  @Field(() => ParticipationStatus, { nullable: true, description: 'For a request to take part: pending, accepted; DECLINED stays after the level fell back to VOLGEN' })
  requestStatus: ParticipationStatus | null;
  @Field(() => String, { nullable: true, description: 'The message sent with the request' }) requestMessage: string | null;
  @Field(() => String, { nullable: true, description: 'The team\'s message with its decision' }) decisionMessage: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType()
export class TrajectSubscriptionConnection extends Connection(TrajectSubscription, 'A page of a traject\'s subscribers, oldest first') {}

@ObjectType({ description: 'Something changed in a traject; `position` resumes the stream after it' })
export class TrajectChangedEvent {
  @Field({ description: 'Pass as `after` to resume right after this event' }) position: string;
  @Field(() => TrajectEventType) type: TrajectEventType;
  @Field(() => GraphQLISODateTime) occurredAt: Date;
}

@ObjectType({ description: 'A progress update was published; `position` resumes the stream after it' })
export class ProgressUpdatePublishedEvent {
  @Field({ description: 'Pass as `after` to resume right after this event' }) position: string;
  @Field(() => GraphQLISODateTime) occurredAt: Date;
}
