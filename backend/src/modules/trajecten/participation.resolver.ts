import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context.js';
import { User } from '../accounts/user.model.js';
import { Bestuur } from '../regions/regions.model.js';
import { ParticipationService } from './participation.service.js';
import { DecideParticipationRequestInput, SubscribeToTrajectInput, TrajectIdInput, TrajectSubscribersArgs } from './progress-updates.inputs.js';
import type { TrajectSubscriptionEntity } from './traject-subscription.entity.js';
import { TrajectSubscription, TrajectSubscriptionConnection } from './traject-subscription.model.js';
import { Traject } from './traject.model.js';

@Resolver(() => TrajectSubscription)
export class ParticipationResolver {
  constructor(private readonly participation: ParticipationService) {}

  @Query(() => TrajectSubscriptionConnection, { description: 'Who subscribed to a traject, oldest first (its team and administrators)' })
  trajectSubscribers(@Args() args: TrajectSubscribersArgs, @Context() ctx: GqlContext) {
    return this.participation.subscribers(ctx.viewer, args);
  }

  @Mutation(() => TrajectSubscription, { description: 'Follow a traject (VOLGEN) or ask for your bestuur to take part (DEELNEMEN); also changes the level' })
  subscribeToTraject(@Args('input') input: SubscribeToTrajectInput, @Context() ctx: GqlContext) {
    return this.participation.subscribe(ctx.viewer, input);
  }

  @Mutation(() => Traject, { description: 'Stop following or taking part (the bestuur\'s rollout status stays)' })
  unsubscribeFromTraject(@Args('input') input: TrajectIdInput, @Context() ctx: GqlContext) {
    return this.participation.unsubscribe(ctx.viewer, input);
  }

  @Mutation(() => TrajectSubscription, { description: 'Accept or decline a request to take part, with a message (leads and administrators)' })
  decideParticipationRequest(@Args('input') input: DecideParticipationRequestInput, @Context() ctx: GqlContext) {
    return this.participation.decide(ctx.viewer, input);
  }

  @Mutation(() => Traject, { description: 'Register your municipality\'s interest in a traject on its behalf' })
  registerBestuurInterest(@Args('input') input: TrajectIdInput, @Context() ctx: GqlContext) {
    return this.participation.registerInterest(ctx.viewer, input);
  }

  @ResolveField(() => User)
  user(s: TrajectSubscriptionEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.userById.load(s.userId);
  }

  @ResolveField(() => Bestuur, { nullable: true, description: 'The bestuur a request to take part is for' })
  bestuur(s: TrajectSubscriptionEntity, _args: unknown, ctx: GqlContext) {
    return s.bestuurId ? ctx.loaders.bestuurById.load(s.bestuurId) : null;
  }

  @ResolveField(() => Traject)
  traject(s: TrajectSubscriptionEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.trajectById.load(s.trajectId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who decided the request' })
  decidedBy(s: TrajectSubscriptionEntity, _args: unknown, ctx: GqlContext) {
    return s.decidedBy ? ctx.loaders.userById.load(s.decidedBy) : null;
  }
}
