import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context.js';
import { User } from '../accounts/user.model.js';
import type { ProgressUpdateEntity } from './progress-update.entity.js';
import { MilestoneChange, ProgressUpdate, ProgressUpdateConnection, ProgressUpdateRevision } from './progress-update.model.js';
import {
  CreateProgressUpdateInput, ProgressUpdateIdInput, ProgressUpdatesArgs, ScheduleProgressUpdateInput, UpdateProgressUpdateInput,
} from './progress-updates.inputs.js';
import { ProgressUpdatesService } from './progress-updates.service.js';
import { Traject } from './traject.model.js';

@Resolver(() => ProgressUpdate)
export class ProgressUpdatesResolver {
  constructor(private readonly updates: ProgressUpdatesService) {}

  @Query(() => ProgressUpdateConnection, { description: 'A traject\'s updates: published ones newest first; drafts and scheduled ones for its team' })
  progressUpdates(@Args() args: ProgressUpdatesArgs, @Context() ctx: GqlContext) {
    return this.updates.list(ctx.viewer, args);
  }

  @Mutation(() => ProgressUpdate, { description: 'Write a draft update (the traject\'s team)' })
  createProgressUpdate(@Args('input') input: CreateProgressUpdateInput, @Context() ctx: GqlContext) {
    return this.updates.create(ctx.viewer, input);
  }

  @Mutation(() => ProgressUpdate, { description: 'Edit an update; once published the earlier text is kept and it shows as edited (the team)' })
  updateProgressUpdate(@Args('input') input: UpdateProgressUpdateInput, @Context() ctx: GqlContext) {
    return this.updates.update(ctx.viewer, input);
  }

  @Mutation(() => ProgressUpdate, { description: 'Schedule an unpublished update for a future time, or (publishAt null) turn it back into a draft (the team)' })
  scheduleProgressUpdate(@Args('input') input: ScheduleProgressUpdateInput, @Context() ctx: GqlContext) {
    return this.updates.schedule(ctx.viewer, input);
  }

  @Mutation(() => ProgressUpdate, { description: 'Publish an update now, applying its milestone changes (the team)' })
  publishProgressUpdate(@Args('input') input: ProgressUpdateIdInput, @Context() ctx: GqlContext) {
    return this.updates.publish(ctx.viewer, input);
  }

  @Mutation(() => Traject, { description: 'Delete an unpublished update (the team)' })
  deleteProgressUpdate(@Args('input') input: ProgressUpdateIdInput, @Context() ctx: GqlContext) {
    return this.updates.delete(ctx.viewer, input);
  }

  @ResolveField(() => User, { nullable: true })
  author(u: ProgressUpdateEntity, _args: unknown, ctx: GqlContext) {
    return u.authorId ? ctx.loaders.userById.load(u.authorId) : null;
  }

  @ResolveField(() => Traject)
  traject(u: ProgressUpdateEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.trajectById.load(u.trajectId);
  }

  @ResolveField(() => Boolean, { description: 'Edited after publishing ("bijgewerkt")' })
  edited(u: ProgressUpdateEntity) {
    return u.editedAt !== null;
  }

  @ResolveField(() => [MilestoneChange], { description: 'Milestone states this update sets (or set) when published' })
  milestoneChanges(u: ProgressUpdateEntity, _args: unknown, ctx: GqlContext) {
    return u.milestoneChanges.map((c) => ({ status: c.status, milestone: ctx.loaders.milestoneById.load(c.milestoneId) }));
  }

  @ResolveField(() => [ProgressUpdateRevision], { description: 'Earlier versions after edits, oldest first' })
  async revisions(u: ProgressUpdateEntity, _args: unknown, ctx: GqlContext) {
    const rows = await ctx.loaders.revisionsByUpdateId.load(u.id);
    return rows.map((r) => ({
      id: r.id, title: r.title, body: r.body, replacedAt: r.createdAt, editedBy: r.editedBy ? ctx.loaders.userById.load(r.editedBy) : null,
    }));
  }
}
