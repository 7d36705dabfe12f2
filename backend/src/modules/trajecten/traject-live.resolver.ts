import { Args, Context, ID, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context.js';
import { clearLoaders } from '../../common/loaders.js';
import { canSee, trajectNotFound } from './traject-access.js';
import { TrajectEvents, type StreamItem, type TrajectEvent } from './traject-events.js';
import { ProgressUpdate } from './progress-update.model.js';
import { ProgressUpdatePublishedEvent, TrajectChangedEvent } from './traject-subscription.model.js';
import { Milestone, Traject } from './traject.model.js';
import { TrajectEventType } from './trajecten.enums.js';
import { TrajectenService } from './trajecten.service.js';

/** What a subscription event resolves to: the log entry, its fields read through the (fresh) loaders. */
interface LiveEvent {
  position: string;
  type: TrajectEventType;
  occurredAt: Date;
  trajectId: string;
  payload: Record<string, unknown>;
}

// The context, and so its DataLoaders, lives as long as the subscription: forget what earlier events loaded.
function toLive(item: StreamItem, ctx: GqlContext): LiveEvent {
  clearLoaders(ctx.loaders);
  if (item.denied) throw trajectNotFound();
  const e: TrajectEvent = item.event;
  return { position: e.position, type: e.type, occurredAt: new Date(e.createdAt), trajectId: e.trajectId, payload: e.payload };
}

const idIn = (p: Record<string, unknown>, key: string) => (typeof p[key] === 'string' ? (p[key] as string) : null);

@Resolver(() => TrajectChangedEvent)
export class TrajectLiveResolver {
  constructor(
    private readonly trajecten: TrajectenService,
    private readonly events: TrajectEvents,
  ) {}

  @Subscription(() => TrajectChangedEvent, {
    description: 'Everything that changes in a traject, in order; with `after` the events since that position are replayed first',
    resolve: (item: StreamItem, _args: unknown, ctx: GqlContext) => toLive(item, ctx),
  })
  async trajectChanged(
    @Args('trajectId', { type: () => ID }) trajectId: string,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Context() ctx: GqlContext,
  ) {
    const t = await this.trajecten.visibleById(ctx.viewer, trajectId);
    return this.events.stream(t.id, after, { canSee: (vis) => canSee(ctx.viewer, vis) });
  }

  @Subscription(() => ProgressUpdatePublishedEvent, {
    description: 'Progress updates of a traject as they are published; with `after` the ones since that position are replayed first',
    resolve: (item: StreamItem, _args: unknown, ctx: GqlContext) => toLive(item, ctx),
  })
  async progressUpdatePublished(
    @Args('trajectId', { type: () => ID }) trajectId: string,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Context() ctx: GqlContext,
  ) {
    const t = await this.trajecten.visibleById(ctx.viewer, trajectId);
    return this.events.stream(t.id, after, { canSee: (vis) => canSee(ctx.viewer, vis), types: [TrajectEventType.UPDATE_PUBLISHED] });
  }

  @ResolveField(() => Traject, { description: 'The traject as it is now' })
  traject(e: LiveEvent, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.trajectById.load(e.trajectId);
  }

  @ResolveField(() => ProgressUpdate, { nullable: true, description: 'The update concerned, for update events' })
  update(e: LiveEvent, _args: unknown, ctx: GqlContext) {
    const id = idIn(e.payload, 'updateId');
    return id ? ctx.loaders.progressUpdateById.load(id) : null;
  }

  @ResolveField(() => Milestone, { nullable: true, description: 'The milestone concerned, for milestone events' })
  milestone(e: LiveEvent, _args: unknown, ctx: GqlContext) {
    const id = idIn(e.payload, 'milestoneId');
    return id ? ctx.loaders.milestoneById.load(id) : null;
  }
}

@Resolver(() => ProgressUpdatePublishedEvent)
export class ProgressUpdatePublishedResolver {
  @ResolveField(() => ProgressUpdate)
  update(e: LiveEvent, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.progressUpdateById.load(idIn(e.payload, 'updateId')!);
  }

  @ResolveField(() => Traject)
  traject(e: LiveEvent, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.trajectById.load(e.trajectId);
  }
}
