import { Args, Context, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context.js';
import { requireViewer } from '../../common/viewer.js';
import { User } from '../accounts/user.model.js';
import type { CommentEntity } from './comment.entity.js';
import { pageAuthor } from './comment-page.js';
import { CommentsService } from './comments.service.js';
import type { PostRevisionEntity } from './discussion-records.entity.js';
import { viewerKey } from './discussions.loaders.js';
import { AddCommentInput, CommentRefInput, EditCommentInput, IdArgs, ThreadRefInput } from './discussions.inputs.js';
import { Comment, CommentPermissions, PostRevision, Thread } from './discussions.models.js';
import { currentHtml, renderMarkdown } from './markdown.js';
import { canSeeBody, commentPermissions } from './permissions.js';
import { SpaceAccessService } from './space-access.js';

// Field resolvers take (parent, args, context) without parameter decorators: Nest then calls them
// directly instead of through its pipes and guards, which matters for pages of 50 comments.
@Resolver(() => Comment)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly access: SpaceAccessService,
  ) {}

  @Query(() => Comment, { description: 'One comment (for links to it)' })
  comment(@Args() args: IdArgs, @Context() ctx: GqlContext) {
    return this.comments.get(ctx.viewer, args.id);
  }

  @Mutation(() => Comment, { description: 'Comment on a thread, or reply to a top-level comment' })
  addComment(@Args('input') input: AddCommentInput, @Context() ctx: GqlContext) {
    return this.comments.add(ctx.viewer, input);
  }

  @Mutation(() => Comment, { description: 'Edit your comment; the earlier version stays viewable' })
  editComment(@Args('input') input: EditCommentInput, @Context() ctx: GqlContext) {
    return this.comments.edit(ctx.viewer, input);
  }

  @Mutation(() => Comment, { description: 'Delete a comment (its author or a moderator); its replies stay' })
  deleteComment(@Args('input') input: CommentRefInput, @Context() ctx: GqlContext) {
    return this.comments.delete(ctx.viewer, input.commentId);
  }

  @Mutation(() => Comment, { description: 'Mark a comment "nuttig" (once per person)' })
  markCommentUseful(@Args('input') input: CommentRefInput, @Context() ctx: GqlContext) {
    return this.comments.markUseful(ctx.viewer, input.commentId, true);
  }

  @Mutation(() => Comment, { description: 'Take back your "nuttig"' })
  unmarkCommentUseful(@Args('input') input: CommentRefInput, @Context() ctx: GqlContext) {
    return this.comments.markUseful(ctx.viewer, input.commentId, false);
  }

  @Mutation(() => Thread, { description: 'Mark the accepted answer of a question (its asker, a moderator or an administrator)' })
  acceptAnswer(@Args('input') input: CommentRefInput, @Context() ctx: GqlContext) {
    return this.comments.acceptAnswer(ctx.viewer, input.commentId);
  }

  @Mutation(() => Thread, { description: 'Withdraw the accepted answer' })
  unacceptAnswer(@Args('input') input: ThreadRefInput, @Context() ctx: GqlContext) {
    return this.comments.unacceptAnswer(ctx.viewer, input.threadId);
  }

  private async role(c: CommentEntity, ctx: GqlContext) {
    const v = requireViewer(ctx.viewer);
    const thread = (await ctx.loaders.threadById.load(c.threadId))!;
    return { v, thread, role: await this.access.roleIn(v, thread.spaceId) };
  }

  /** What the viewer may see of `c`'s text, without waiting when the request already knows its thread and role. */
  private visible<T>(c: CommentEntity, ctx: GqlContext, value: () => T): T | null | Promise<T | null> {
    const v = requireViewer(ctx.viewer);
    const thread = ctx.loaders.threadById.get(c.threadId);
    const role = thread && !(thread instanceof Promise) ? this.access.knownRole(v, thread.spaceId) : undefined;
    if (role) return canSeeBody(c, role, v.user.id) ? value() : null;
    return this.role(c, ctx).then(({ role: r }) => (canSeeBody(c, r, v.user.id) ? value() : null));
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown; null when deleted, or hidden (except for moderators and the author)' })
  body(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    return this.visible(c, ctx, () => c.body);
  }

  @ResolveField(() => String, { nullable: true, description: 'Sanitised HTML; null when body is null' })
  bodyHtml(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    return this.visible(c, ctx, () => currentHtml(c));
  }

  @ResolveField(() => Thread)
  thread(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.threadById.load(c.threadId);
  }

  @ResolveField(() => User, { nullable: true })
  author(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    return pageAuthor(c) ?? (c.authorId ? ctx.loaders.userById.get(c.authorId) : null);
  }

  @ResolveField(() => Boolean, { description: '"Bewerkt": it was edited; see revisions' })
  edited(c: CommentEntity) {
    return c.editedAt !== null;
  }

  @ResolveField(() => Boolean, { description: '"Bericht verwijderd"' })
  deleted(c: CommentEntity) {
    return c.deletedAt !== null;
  }

  @ResolveField(() => Boolean, { description: 'Hidden by a moderator' })
  hidden(c: CommentEntity) {
    return c.hiddenAt !== null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why a moderator hid it' })
  hiddenReason(c: CommentEntity) {
    return c.hiddenAt ? c.hiddenReason : null;
  }

  @ResolveField(() => [Comment], { description: 'Replies, oldest first (top-level comments only)' })
  replies(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    return c.parentId ? [] : ctx.loaders.repliesByParentId.load(c.id);
  }

  @ResolveField(() => Int, { description: 'Replies that are not deleted' })
  async replyCount(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    return c.parentId ? 0 : (await ctx.loaders.repliesByParentId.load(c.id)).filter((r) => !r.deletedAt).length;
  }

  @ResolveField(() => Int, { description: 'How many people found it "nuttig"' })
  usefulCount(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.usefulCountByCommentId.load(c.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether you marked it "nuttig"' })
  viewerFoundUseful(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.foundUseful.load(viewerKey(requireViewer(ctx.viewer).user.id, c.id));
  }

  @ResolveField(() => Boolean)
  async isAcceptedAnswer(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.threadById.load(c.threadId))?.acceptedCommentId === c.id;
  }

  @ResolveField(() => [PostRevision], { description: 'Earlier versions, newest first' })
  async revisions(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    const { v, role } = await this.role(c, ctx);
    return canSeeBody(c, role, v.user.id) ? ctx.loaders.revisionsByCommentId.load(c.id) : [];
  }

  @ResolveField(() => [User], { description: 'People mentioned in it' })
  async mentions(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.userById.loadMany(c.mentionedUserIds)).filter((u) => u && !(u instanceof Error));
  }

  @ResolveField(() => CommentPermissions)
  async viewerCan(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    const { v, thread, role } = await this.role(c, ctx);
    return commentPermissions(c, thread, role, v.user.id);
  }
}

@Resolver(() => PostRevision)
export class PostRevisionsResolver {
  @ResolveField(() => String, { description: 'That version as sanitised HTML' })
  bodyHtml(r: PostRevisionEntity) {
    return renderMarkdown(r.body);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who replaced this version' })
  editor(r: PostRevisionEntity, _args: unknown, ctx: GqlContext) {
    return r.editorId ? ctx.loaders.userById.load(r.editorId) : null;
  }
}
