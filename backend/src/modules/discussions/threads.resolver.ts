import { Args, Context, GraphQLISODateTime, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { GqlContext } from '../../common/context.js';
import { PageArgs } from '../../common/pagination.js';
import { requireViewer } from '../../common/viewer.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { User } from '../accounts/user.model.js';
import type { CommentEntity } from './comment.entity.js';
import { firstPagePlan, pageProjection, rememberPageAuthor } from './comment-page.js';
import { viewerKey } from './discussions.loaders.js';
import {
  CreateThreadInput, IdArgs, MentionCandidatesArgs, SearchArgs, SimilarQuestionsArgs, ThreadRefInput, ThreadsArgs, UpdateThreadInput,
} from './discussions.inputs.js';
import { Comment, CommentConnection, PostRevision, SearchHit, Space, Thread, ThreadConnection, ThreadPermissions } from './discussions.models.js';
import { currentHtml } from './markdown.js';
import { threadPermissions } from './permissions.js';
import { SearchService } from './search.service.js';
import { SpaceAccessService } from './space-access.js';
import type { ThreadEntity } from './thread.entity.js';
import { ThreadsService } from './threads.service.js';

// Field resolvers take (parent, args, context) without parameter decorators: Nest then calls them
// directly instead of through its pipes and guards, which matters for pages of 50 comments.
@Resolver(() => Thread)
export class ThreadsResolver {
  constructor(
    private readonly threadsService: ThreadsService,
    private readonly searchService: SearchService,
    private readonly access: SpaceAccessService,
  ) {}

  @Query(() => ThreadConnection, { description: 'Threads you can see, pinned first; filter by space, kind, status, tag, mine, unread' })
  threads(@Args() args: ThreadsArgs, @Context() ctx: GqlContext) {
    return this.threadsService.list(ctx.viewer, args);
  }

  @Query(() => Thread)
  async thread(@Args() args: IdArgs, @Context() ctx: GqlContext, @Info() info: GraphQLResolveInfo) {
    // A thread page's first comments are read in the same statement as the thread.
    const plan = firstPagePlan(info);
    const { thread, space, author } = plan
      ? await this.threadsService.getWithFirstPage(ctx.viewer, args.id, plan)
      : await this.threadsService.get(ctx.viewer, args.id);
    // Read with it, so the fields below (and its comments, for the viewer's role) need no second query.
    ctx.loaders.threadById.prime(thread.id, thread);
    ctx.loaders.spaceById.prime(space.id, space);
    if (author) ctx.loaders.userById.prime(author.id, author);
    return thread;
  }

  @Query(() => [SearchHit], { description: 'Dutch full-text search over titles, posts and comments; the best match per thread, best first' })
  searchDiscussions(@Args() args: SearchArgs, @Context() ctx: GqlContext) {
    return this.searchService.search(ctx.viewer, args);
  }

  @Query(() => [Thread], { description: '"Vergelijkbare vragen": up to 5 questions with a similar title' })
  similarQuestions(@Args() args: SimilarQuestionsArgs, @Context() ctx: GqlContext) {
    return this.searchService.similarQuestions(ctx.viewer, args);
  }

  @Query(() => [User], { description: 'Up to 8 people for @mention autocomplete, among those who can read the thread or space' })
  mentionCandidates(@Args() args: MentionCandidatesArgs, @Context() ctx: GqlContext) {
    return this.searchService.mentionCandidates(ctx.viewer, args);
  }

  @Mutation(() => Thread, { description: 'Start a thread: a question, discussion or (coordinators, leads, admins) announcement' })
  createThread(@Args('input') input: CreateThreadInput, @Context() ctx: GqlContext) {
    return this.threadsService.create(ctx.viewer, input);
  }

  @Mutation(() => Thread, { description: 'Edit the title, opening post or tags (author or moderator); the earlier version is kept' })
  updateThread(@Args('input') input: UpdateThreadInput, @Context() ctx: GqlContext) {
    return this.threadsService.update(ctx.viewer, input);
  }

  @Mutation(() => Thread, { description: 'You have read the thread up to now' })
  markThreadRead(@Args('input') input: ThreadRefInput, @Context() ctx: GqlContext) {
    return this.threadsService.markRead(ctx.viewer, input.threadId);
  }

  @ResolveField(() => String, { description: 'The opening post as sanitised HTML' })
  bodyHtml(t: ThreadEntity) {
    return currentHtml(t);
  }

  @ResolveField(() => Space)
  space(t: ThreadEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.spaceById.load(t.spaceId);
  }

  @ResolveField(() => User, { nullable: true })
  author(t: ThreadEntity, _args: unknown, ctx: GqlContext) {
    return t.authorId ? ctx.loaders.userById.get(t.authorId) : null;
  }

  @ResolveField(() => Comment, { nullable: true, description: 'The accepted answer of a question' })
  acceptedAnswer(t: ThreadEntity, _args: unknown, ctx: GqlContext) {
    return t.acceptedCommentId ? ctx.loaders.commentById.load(t.acceptedCommentId) : null;
  }

  @ResolveField(() => CommentConnection, { description: 'Top-level comments, oldest first; each carries its replies' })
  comments(@Parent() t: ThreadEntity, @Args() args: PageArgs, @Context() ctx: GqlContext, @Info() info: GraphQLResolveInfo) {
    const projection = pageProjection(info);
    // Partial authors stay with their comments; whole ones serve the rest of the request too.
    const author = projection.slimAuthors
      ? (u: UserEntity, c: CommentEntity) => rememberPageAuthor(c, u)
      : (u: UserEntity) => ctx.loaders.userById.prime(u.id, u);
    return this.threadsService.comments(t, args, author, projection);
  }

  @ResolveField(() => [User], { description: 'The first 10 people who posted, in order of their first post' })
  async participants(t: ThreadEntity, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.participantsByThreadId.load(t.id)).users;
  }

  @ResolveField(() => Int)
  async participantCount(t: ThreadEntity, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.participantsByThreadId.load(t.id)).count;
  }

  @ResolveField(() => Int, { description: 'Comments by others since you last read the thread' })
  async unreadCount(t: ThreadEntity, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.readState.load(viewerKey(requireViewer(ctx.viewer).user.id, t.id))).unreadCount;
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true, description: 'When you last read it: comments after this are "nieuw sinds je laatste bezoek"' })
  async lastReadAt(t: ThreadEntity, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.readState.load(viewerKey(requireViewer(ctx.viewer).user.id, t.id))).lastReadAt;
  }

  @ResolveField(() => ThreadPermissions)
  async viewerCan(t: ThreadEntity, _args: unknown, ctx: GqlContext) {
    const v = requireViewer(ctx.viewer);
    return threadPermissions(t, await this.access.roleIn(v, t.spaceId), v.user.id);
  }

  @ResolveField(() => [PostRevision], { description: 'Earlier versions of the opening post, newest first' })
  revisions(t: ThreadEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.threadRevisionsByThreadId.load(t.id);
  }

  @ResolveField(() => [User], { description: 'People mentioned in the opening post' })
  async mentions(t: ThreadEntity, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.userById.loadMany(t.mentionedUserIds)).filter((u) => u && !(u instanceof Error));
  }
}
