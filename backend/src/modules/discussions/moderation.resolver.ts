import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context.js';
import { PageArgs } from '../../common/pagination.js';
import { User } from '../accounts/user.model.js';
import type { ReportEntity } from './discussion-records.entity.js';
import {
  CommentRefInput, HideCommentInput, MoveThreadInput, ReportPostInput, ReportsArgs, ResolveReportInput, SetThreadLockedInput,
  SetThreadPinnedInput, ThreadRefInput,
} from './discussions.inputs.js';
import { Comment, ModerationLogEntry, ModerationLogEntryConnection, Report, ReportConnection, Thread } from './discussions.models.js';
import { ModerationService } from './moderation.service.js';

// Field resolvers take (parent, args, context) without parameter decorators: Nest then calls them
// directly instead of through its pipes and guards, which matters for pages of 50 comments.
@Resolver(() => Report)
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Mutation(() => Thread, { description: 'Pin or unpin a thread (moderators)' })
  setThreadPinned(@Args('input') input: SetThreadPinnedInput, @Context() ctx: GqlContext) {
    return this.moderation.setPinned(ctx.viewer, input.threadId, input.pinned);
  }

  @Mutation(() => Thread, { description: 'Lock or unlock a thread: when locked only moderators comment (moderators)' })
  setThreadLocked(@Args('input') input: SetThreadLockedInput, @Context() ctx: GqlContext) {
    return this.moderation.setLocked(ctx.viewer, input.threadId, input.locked);
  }

  @Mutation(() => Thread, { description: 'Close a thread (moderators)' })
  closeThread(@Args('input') input: ThreadRefInput, @Context() ctx: GqlContext) {
    return this.moderation.close(ctx.viewer, input.threadId);
  }

  @Mutation(() => Thread, { description: 'Reopen a closed thread (moderators)' })
  reopenThread(@Args('input') input: ThreadRefInput, @Context() ctx: GqlContext) {
    return this.moderation.reopen(ctx.viewer, input.threadId);
  }

  @Mutation(() => Thread, { description: 'Move a thread to another space (moderators of its space)' })
  moveThread(@Args('input') input: MoveThreadInput, @Context() ctx: GqlContext) {
    return this.moderation.move(ctx.viewer, input.threadId, input.spaceId);
  }

  @Mutation(() => Comment, { description: 'Hide a comment with a reason (moderators)' })
  hideComment(@Args('input') input: HideCommentInput, @Context() ctx: GqlContext) {
    return this.moderation.hide(ctx.viewer, input);
  }

  @Mutation(() => Comment, { description: 'Show a hidden comment again (moderators)' })
  unhideComment(@Args('input') input: CommentRefInput, @Context() ctx: GqlContext) {
    return this.moderation.unhide(ctx.viewer, input.commentId);
  }

  @Mutation(() => Report, { description: 'Report a thread\'s opening post or a comment to the moderators' })
  reportPost(@Args('input') input: ReportPostInput, @Context() ctx: GqlContext) {
    return this.moderation.report(ctx.viewer, input);
  }

  @Mutation(() => Report, { description: 'Close a report as resolved or dismissed (moderators)' })
  resolveReport(@Args('input') input: ResolveReportInput, @Context() ctx: GqlContext) {
    return this.moderation.resolveReport(ctx.viewer, input);
  }

  @Query(() => ReportConnection, { description: 'Reports in the spaces you moderate, oldest first' })
  discussionReports(@Args() args: ReportsArgs, @Context() ctx: GqlContext) {
    return this.moderation.reports(ctx.viewer, args);
  }

  @Query(() => ModerationLogEntryConnection, { description: 'Moderation actions in the werkruimte, newest first (administrators)' })
  moderationLog(@Args() args: PageArgs, @Context() ctx: GqlContext) {
    return this.moderation.log(ctx.viewer, args);
  }

  @ResolveField(() => User, { nullable: true })
  reporter(r: ReportEntity, _args: unknown, ctx: GqlContext) {
    return r.reporterId ? ctx.loaders.userById.load(r.reporterId) : null;
  }

  @ResolveField(() => User, { nullable: true })
  resolvedBy(r: ReportEntity, _args: unknown, ctx: GqlContext) {
    return r.resolvedBy ? ctx.loaders.userById.load(r.resolvedBy) : null;
  }

  @ResolveField(() => Thread)
  thread(r: ReportEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.threadById.load(r.threadId);
  }

  @ResolveField(() => Comment, { nullable: true, description: 'The reported comment; null when the opening post was reported' })
  comment(r: ReportEntity, _args: unknown, ctx: GqlContext) {
    return r.commentId ? ctx.loaders.commentById.load(r.commentId) : null;
  }
}

@Resolver(() => ModerationLogEntry)
export class ModerationLogResolver {
  @ResolveField(() => User, { nullable: true, description: 'Who did it' })
  actor(e: ModerationLogEntry, _args: unknown, ctx: GqlContext) {
    return e.actorId ? ctx.loaders.userById.load(e.actorId) : null;
  }
}
