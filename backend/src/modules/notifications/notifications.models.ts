import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination.js';
import { FollowLevel, FollowTargetType, FollowVia, NotificationContextKind, NotificationDelivery, NotificationType } from './notifications.enums.js';

@ObjectType({ description: 'What a notification belongs to: a traject, a space, a solution, or your account' })
export class NotificationContext {
  @Field(() => NotificationContextKind) kind: NotificationContextKind;
  @Field(() => ID, { nullable: true }) id: string | null;
  @Field(() => String, { nullable: true }) title: string | null;
}

@ObjectType({ description: 'Something that happened that concerns you, as the bell lists it' })
export class Notification {
  @Field(() => ID) id: string;
  @Field(() => NotificationType) type: NotificationType;
  @Field({ description: 'Title of the thread, update, milestone, traject, region or solution it is about' }) subjectTitle: string;
  @Field(() => String, { nullable: true, description: 'A short plain-text excerpt of the post or update' }) excerpt: string | null;
  @Field({ description: 'Path in the app to the exact comment, update or page (a deep link)' }) link: string;
  @Field(() => ID, { nullable: true }) threadId: string | null;
  @Field(() => ID, { nullable: true }) commentId: string | null;
  @Field(() => ID, { nullable: true }) trajectId: string | null;
  @Field(() => ID, { nullable: true, description: 'The progress update (voortgangsbericht)' }) updateId: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt: Date | null;
  @Field(() => GraphQLISODateTime, { description: 'When it happened' }) createdAt: Date;
  @Field(() => NotificationDelivery, { description: 'How it is e-mailed: on its own, in a digest, or not' }) emailDelivery: NotificationDelivery;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification, 'A page of your notifications, newest first') {}

@ObjectType({ description: 'The thing followed, for the overview' })
export class FollowTarget {
  @Field() title: string;
  @Field({ description: 'Path in the app' }) link: string;
}

@ObjectType({ description: 'You follow a thread, space, traject or solution at a level' })
export class Follow {
  @Field(() => ID) id: string;
  @Field(() => FollowTargetType) targetType: FollowTargetType;
  @Field(() => ID) targetId: string;
  @Field(() => FollowLevel) level: FollowLevel;
  @Field({ description: 'Made by the platform (posting, appointment, team, subscription) rather than chosen' }) auto: boolean;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class FollowConnection extends Connection(Follow, 'A page of what you follow, newest first') {}

@ObjectType({ description: 'Whether and how you follow one thing, including through its space or a traject subscription' })
export class FollowStatus {
  @Field(() => FollowTargetType) targetType: FollowTargetType;
  @Field(() => ID) targetId: string;
  @Field(() => FollowLevel, { nullable: true, description: 'The level that applies; null when not followed' }) level: FollowLevel | null;
  @Field(() => FollowVia) via: FollowVia;
  @Field(() => Follow, { nullable: true, description: 'Your own follow of this thing, if any' }) follow: Follow | null;
}

@ObjectType({ description: 'How one type of notification reaches you by e-mail' })
export class NotificationPreference {
  @Field(() => NotificationType) type: NotificationType;
  @Field({ description: 'The type\'s name in Dutch' }) label: string;
  @Field(() => NotificationDelivery) delivery: NotificationDelivery;
  @Field({ description: 'True when you have not chosen and the default applies' }) isDefault: boolean;
}

@ObjectType({ description: 'A digest as it will be sent, for administrators' })
export class DigestPreview {
  @Field() to: string;
  @Field() subject: string;
  @Field() text: string;
  @Field() html: string;
  @Field(() => Int, { description: 'Notifications waiting for this digest' }) itemCount: number;
}
