import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context.js';
import type { FollowEntity } from './follow.entity.js';
import { FollowsService } from './follows.service.js';
import { FollowStatusArgs, FollowTargetInput, MyFollowsArgs, UnfollowTargetInput } from './notifications.inputs.js';
import { Follow, FollowConnection, FollowStatus, FollowTarget } from './notifications.models.js';

@Resolver(() => Follow)
export class FollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @Query(() => FollowConnection, { description: 'What you follow, newest first: the overview where you change levels' })
  myFollows(@Args() args: MyFollowsArgs, @Context() ctx: GqlContext) {
    return this.follows.myFollows(ctx.viewer, args);
  }

  @Query(() => FollowStatus, { description: 'Whether and how you follow one thing (for the follow control on it)' })
  followStatus(@Args() args: FollowStatusArgs, @Context() ctx: GqlContext) {
    return this.follows.status(ctx.viewer, args);
  }

  @Mutation(() => Follow, { description: 'Follow a thread, space, traject or solution you can see, or change the level' })
  followTarget(@Args('input') input: FollowTargetInput, @Context() ctx: GqlContext) {
    return this.follows.follow(ctx.viewer, input);
  }

  @Mutation(() => FollowStatus, { description: 'Stop following; answers what still applies (a traject subscription, the thread\'s space)' })
  unfollowTarget(@Args('input') input: UnfollowTargetInput, @Context() ctx: GqlContext) {
    return this.follows.unfollow(ctx.viewer, input);
  }

  @ResolveField(() => FollowTarget, { nullable: true, description: 'Title and link; null when the thing no longer exists' })
  target(f: FollowEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.followTarget.load(`${f.targetType}:${f.targetId}`);
  }
}
