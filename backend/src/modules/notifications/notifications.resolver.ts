import { Args, Context, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context.js';
import { User } from '../accounts/user.model.js';
import { DigestsService } from './digests.service.js';
import type { NotificationEntity } from './notification.entity.js';
import { summarize } from './notification-text.js';
import { DigestPreviewArgs, NotificationIdInput, NotificationsArgs, UpdateNotificationPreferencesInput } from './notifications.inputs.js';
import { DigestPreview, Notification, NotificationConnection, NotificationContext, NotificationPreference } from './notifications.models.js';
import { NotificationsService } from './notifications.service.js';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly digests: DigestsService,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first' })
  notifications(@Args() args: NotificationsArgs, @Context() ctx: GqlContext) {
    return this.service.list(ctx.viewer, args);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread (the bell); also pushed live as socket.io `notifications:count`' })
  unreadNotificationCount(@Context() ctx: GqlContext) {
    return this.service.unreadCount(ctx.viewer);
  }

  @Query(() => [NotificationPreference], { description: 'How each type of notification reaches you by e-mail' })
  notificationPreferences(@Context() ctx: GqlContext) {
    return this.service.preferences(ctx.viewer);
  }

  @Query(() => DigestPreview, { description: 'The digest a person would get for what is waiting now, as it will look (administrators only)' })
  digestPreview(@Args() args: DigestPreviewArgs, @Context() ctx: GqlContext) {
    return this.digests.preview(ctx.viewer, args.userId, args.frequency);
  }

  @Mutation(() => Notification, { description: 'Mark one of your notifications read' })
  markNotificationRead(@Args('input') input: NotificationIdInput, @Context() ctx: GqlContext) {
    return this.service.markRead(ctx.viewer, input);
  }

  @Mutation(() => Int, { description: 'Mark all your notifications read; answers how many were unread' })
  markAllNotificationsRead(@Context() ctx: GqlContext) {
    return this.service.markAllRead(ctx.viewer);
  }

  @Mutation(() => [NotificationPreference], { description: 'Choose the e-mail delivery of some notification types; answers all types' })
  updateNotificationPreferences(@Args('input') input: UpdateNotificationPreferencesInput, @Context() ctx: GqlContext) {
    return this.service.updatePreferences(ctx.viewer, input);
  }

  @ResolveField(() => String, { description: 'One Dutch sentence saying what happened, as in the mails' })
  summary(n: NotificationEntity) {
    return summarize(n);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who did it, if it was a person (and their account still exists)' })
  actor(n: NotificationEntity, _args: unknown, ctx: GqlContext) {
    return n.actorId ? ctx.loaders.userById.load(n.actorId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The actor\'s name when it happened' })
  actorName(n: NotificationEntity) {
    return n.actorName;
  }

  @ResolveField(() => NotificationContext)
  context(n: NotificationEntity): NotificationContext {
    return { kind: n.contextKind, id: n.contextId, title: n.contextTitle };
  }

  @ResolveField(() => Boolean)
  read(n: NotificationEntity) {
    return n.readAt !== null;
  }
}
