import { Args, Context, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context.js';
import { User } from '../accounts/user.model.js';
import { ActivityService } from './activity.service.js';
import { SpaceActivityArgs, ThreadActivityArgs } from './discussions.inputs.js';
import { Comment, DiscussionEvent, Thread } from './discussions.models.js';
import { commentIdOf, primeLoaders, threadIdOf } from './event-hydration.js';
import type { DiscussionEventType } from './event-log.js';
import type { Delivery } from './space-events.hub.js';
import { SpaceAccessService } from './space-access.js';

export interface DiscussionEventView {
  position: string;
  type: DiscussionEventType;
  createdAt: Date;
  spaceId: string;
  threadId: string | null;
  commentId: string | null;
  actorId: string | null;
}

/** The subscription's context lives as long as the connection: each event starts from the hub's fresh rows. */
function resolveDelivery(access: SpaceAccessService) {
  return (payload: Delivery, _args: unknown, ctx: GqlContext): DiscussionEventView => {
    primeLoaders(ctx.loaders, payload.batch, ctx.viewer?.user.id);
    // The roles the hub checked this event against: fresh, and no query per subscriber.
    if (ctx.viewer) access.prime(ctx.viewer, payload.table);
    const r = payload.row;
    return {
      position: String(r.position), type: r.type as DiscussionEventType, createdAt: r.createdAt, spaceId: r.spaceId,
      threadId: threadIdOf(r), commentId: commentIdOf(r), actorId: r.actorId,
    };
  };
}

// Field resolvers take (parent, args, context) without parameter decorators: Nest then calls them
// directly instead of through its pipes and guards, which matters for pages of 50 comments.
@Resolver(() => DiscussionEvent)
export class ActivityResolver {
  constructor(
    private readonly activity: ActivityService,
    private readonly access: SpaceAccessService,
  ) {}

  @Subscription(() => DiscussionEvent, {
    description: 'What happens in a thread: comments added, edited, deleted, hidden; reactions; status, pin, lock, answer. '
      + 'With `after`, everything since that position comes first, then live events: none lost, none twice.',
    resolve(this: ActivityResolver, payload: Delivery, args: unknown, ctx: GqlContext) {
      return resolveDelivery(this.access)(payload, args, ctx);
    },
  })
  threadActivity(@Args() args: ThreadActivityArgs, @Context() ctx: GqlContext) {
    return this.activity.thread(ctx.viewer, args.threadId, args.after);
  }

  @Subscription(() => DiscussionEvent, {
    description: 'What happens in a space: threads created, moved, changed, and activity in its threads you can see. '
      + 'With `after`, everything since that position comes first.',
    resolve(this: ActivityResolver, payload: Delivery, args: unknown, ctx: GqlContext) {
      return resolveDelivery(this.access)(payload, args, ctx);
    },
  })
  spaceActivity(@Args() args: SpaceActivityArgs, @Context() ctx: GqlContext) {
    return this.activity.space(ctx.viewer, args.spaceId, args.after);
  }

  @ResolveField(() => Thread, { nullable: true, description: 'The thread as it is now' })
  thread(e: DiscussionEventView, _args: unknown, ctx: GqlContext) {
    return e.threadId ? ctx.loaders.threadById.load(e.threadId) : null;
  }

  @ResolveField(() => Comment, { nullable: true, description: 'The comment concerned, as it is now' })
  comment(e: DiscussionEventView, _args: unknown, ctx: GqlContext) {
    return e.commentId ? ctx.loaders.commentById.load(e.commentId) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'Who did it' })
  actor(e: DiscussionEventView, _args: unknown, ctx: GqlContext) {
    return e.actorId ? ctx.loaders.userById.load(e.actorId) : null;
  }
}
