import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { keysetAfter, paginate, toConnection, type ConnectionShape, type PageArgs } from '../../common/pagination.js';
import { RateLimitService } from '../../common/rate-limit.service.js';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { columnCount, hydrateJsonAt, jsonColumns, jsonRows, sql, takeColumn } from '../../database/rows.js';
import { AUTHOR_OPTIONAL_COLUMNS, COMMENT_OPTIONAL_COLUMNS, firstPageRows, rememberFirstPage, type FirstPagePlan, type PageProjection } from './comment-page.js';
import { UserEntity } from '../accounts/user.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { CommentEntity } from './comment.entity.js';
import { PostRevisionEntity } from './discussion-records.entity.js';
import { DiscussionErrors as E } from './discussions.errors.js';
import type { CreateThreadInput, ThreadsArgs, UpdateThreadInput } from './discussions.inputs.js';
import { ThreadSort } from './discussions.models.js';
import { DiscussionEventType as T, DiscussionWriter, type EventBuffer } from './event-log.js';
import { HTML_VERSION, mentionedIds, renderMarkdown } from './markdown.js';
import { SpaceAccessService } from './space-access.js';
import { SpaceKind } from './space.entity.js';
import { ThreadGuard, type ThreadInContext } from './thread-guard.js';
import { ThreadEntity, ThreadKind, ThreadStatus } from './thread.entity.js';

const FULL_PAGE: PageProjection = { slimComments: false, slimAuthors: false };
// A page's comments are all of the thread asked for, so thread_id is never read.
const FULL_PAGE_OMITS: ReadonlySet<string> = new Set(['thread_id']);
const SLIM_PAGE_OMITS: ReadonlySet<string> = new Set([...COMMENT_OPTIONAL_COLUMNS, 'thread_id']);

// Pinned threads first, then (for UNANSWERED) open questions, then the time: one number, so the
// generic keyset helper can page it. Milliseconds since 1970 stay below 1e13 for centuries.
const PINNED = 2e13;
const UNANSWERED = 1e13;
const timeKey = (column: string) => `floor(extract(epoch FROM ${column}) * 1000)`;
const unansweredSql = `(t.kind = 'VRAAG' AND t.status = 'OPEN')`;
const isUnanswered = (t: ThreadEntity) => t.kind === ThreadKind.VRAAG && t.status === ThreadStatus.OPEN;

/**
 * Records that a person posted in a thread (participants) and has read it up to now: two data-modifying
 * CTEs, `thread` and `user` being the statement's parameters, so a larger write can take them along.
 */
export const participationCtes = (thread: string, user: string) => `participated AS (
    INSERT INTO thread_participants (thread_id, user_id) VALUES (${thread}, ${user})
    ON CONFLICT (thread_id, user_id) DO UPDATE SET post_count = thread_participants.post_count + 1, last_posted_at = now()
  ), marked_read AS (
    INSERT INTO thread_reads (user_id, thread_id, last_read_at) VALUES (${user}, ${thread}, now())
    ON CONFLICT (user_id, thread_id) DO UPDATE SET last_read_at = greatest(thread_reads.last_read_at, now())
  )`;

export async function touchParticipation(m: EntityManager, threadId: string, userId: string): Promise<void> {
  await m.query(`WITH ${participationCtes('$1::uuid', '$2::uuid')} SELECT 1`, [threadId, userId]);
}

export async function markRead(m: EntityManager, threadId: string, userId: string): Promise<void> {
  await m.query(
    `INSERT INTO thread_reads (user_id, thread_id, last_read_at) VALUES ($1, $2, now())
     ON CONFLICT (user_id, thread_id) DO UPDATE SET last_read_at = greatest(thread_reads.last_read_at, now())`,
    [userId, threadId],
  );
}

/** Mentioned people who exist and may read the thread; others are not stored (and so not notified). */
export async function mentionsFor(
  access: SpaceAccessService, m: EntityManager, source: string, thread: { spaceId: string; membersOnly: boolean },
): Promise<string[]> {
  const ids = mentionedIds(source).slice(0, 50);
  if (!ids.length) return [];
  const table = await access.table(ids, [thread.spaceId], m);
  return ids.filter((id) => table.canRead(id, thread));
}

@Injectable()
export class ThreadsService {
  constructor(
    private readonly ds: DataSource,
    private readonly writer: DiscussionWriter,
    private readonly guard: ThreadGuard,
    private readonly access: SpaceAccessService,
    private readonly limits: RateLimitService,
  ) {}

  /** The comment page's SQL per variant (see comments()), alone and read along with its thread. */
  private readonly pageSql = new Map<string, string>();
  private readonly firstPageSql = new Map<string, { name: string; column: string; head?: string }>();

  /** A thread the viewer may read, with its author and space (read in the same query). */
  get(viewer: Viewer | null, id: string): Promise<ThreadInContext> {
    return this.guard.thread(viewer, id);
  }

  /**
   * get(), with the first page of comments `plan` describes read in the same statement; comments()
   * then answers that page from those rows instead of a query of its own.
   */
  async getWithFirstPage(viewer: Viewer | null, id: string, plan: FirstPagePlan): Promise<ThreadInContext> {
    const variant = `${this.pageVariant(false, plan.projection)}${plan.count ? '_n' : ''}`;
    let page = this.firstPageSql.get(variant);
    if (!page) {
      page = {
        name: `kw_thread_first_page${variant}`,
        column: this.pageJson(plan.projection, '', '$3'),
        // totalCount, when the query asks for it, in the thread's row.
        head: plan.count ? `(SELECT count(*)::int FROM comments n WHERE n.thread_id = $1 AND n.parent_id IS NULL)` : undefined,
      };
      this.firstPageSql.set(variant, page);
    }
    // Literals without spreads (see the context in graphql.config.ts).
    const { context, along, head } = await this.guard.threadAlong(viewer, id, { name: page.name, column: page.column, head: page.head, params: [plan.first + 1] });
    rememberFirstPage(context.thread, { first: plan.first, projection: plan.projection, count: plan.count, rows: jsonRows(along), total: plan.count ? Number(head) : undefined });
    return context;
  }

  async list(viewer: Viewer | null, args: ThreadsArgs) {
    const v = requireViewer(viewer);
    const access = await this.guard.forViewer(v);
    const qb = this.ds.getRepository(ThreadEntity).createQueryBuilder('t');
    if (args.spaceId) {
      const space = access.table.space(args.spaceId);
      if (!space) throw E.spaceNotFound();
      const role = access.role(space.id);
      if (!role.read) throw E.cannotReadSpace();
      qb.where('t.space_id = :sid', { sid: space.id });
      if (!role.member) qb.andWhere('NOT t.members_only');
    } else {
      qb.where('t.space_id = ANY(:readable) AND (NOT t.members_only OR t.space_id = ANY(:member))', {
        readable: access.readableSpaceIds, member: access.memberSpaceIds,
      });
    }
    if (args.kind) qb.andWhere('t.kind = :kind', { kind: args.kind });
    if (args.status) qb.andWhere('t.status = :status', { status: args.status });
    if (args.tag) qb.andWhere('t.tags @> ARRAY[:tag]::text[]', { tag: args.tag.toLowerCase() });
    if (args.mine) {
      qb.andWhere('(t.author_id = :me OR EXISTS (SELECT 1 FROM thread_participants p WHERE p.thread_id = t.id AND p.user_id = :me))', { me: v.user.id });
    }
    if (args.unread) {
      qb.andWhere('NOT EXISTS (SELECT 1 FROM thread_reads r WHERE r.thread_id = t.id AND r.user_id = :me AND r.last_read_at >= t.last_activity_at)', { me: v.user.id });
    }
    const sort = args.sort ?? ThreadSort.ACTIVITY;
    const time = sort === ThreadSort.NEWEST ? 'created_at' : 'last_activity_at';
    const column = `(CASE WHEN t.pinned THEN ${PINNED} ELSE 0 END`
      + (sort === ThreadSort.UNANSWERED ? ` + CASE WHEN ${unansweredSql} THEN ${UNANSWERED} ELSE 0 END` : '')
      + ` + ${timeKey(`t.${time}`)})`;
    return paginate(qb, args, {
      column,
      direction: 'DESC',
      value: (t) => (t.pinned ? PINNED : 0) + (sort === ThreadSort.UNANSWERED && isUnanswered(t) ? UNANSWERED : 0)
        + (sort === ThreadSort.NEWEST ? t.createdAt : t.lastActivityAt).getTime(),
    });
  }

  /**
   * Top-level comments of a thread the caller already may see, oldest first, with their authors
   * (one query, or none when getWithFirstPage read this page with the thread; `authors` receives
   * each author with its comment). With a projection (see
   * comment-page.ts) the columns no selected field reads are left out.
   */
  async comments(
    thread: ThreadEntity, args: PageArgs, authors?: (u: UserEntity, c: CommentEntity) => void, projection: PageProjection = FULL_PAGE,
  ): Promise<ConnectionShape<CommentEntity>> {
    const first = args.first ?? 20;
    const read: { rows: unknown[][]; total?: number } = firstPageRows(thread, first, args.after, projection)
      ?? { rows: await this.readPage(thread, first, args, projection) };
    const authorAt = columnCount(this.ds, CommentEntity);
    const comments = read.rows.map((r) => {
      const comment = hydrateJsonAt(this.ds, CommentEntity, r, 0)!;
      // Not read: it is this thread's.
      comment.threadId = thread.id;
      const author = authors && hydrateJsonAt(this.ds, UserEntity, r, authorAt);
      if (author) authors!(author, comment);
      return comment;
    });
    return toConnection(comments, first, args, { value: (c) => Number(c.seq) }, async () => {
      if (read.total !== undefined) return read.total;
      const [{ n }] = await sql<{ n: number }>(this.ds, `SELECT count(*)::int AS n FROM comments WHERE thread_id = $1 AND parent_id IS NULL`, [thread.id], 'kw_comments_count');
      return n;
    });
  }

  private async readPage(thread: ThreadEntity, first: number, args: PageArgs, projection: PageProjection): Promise<unknown[][]> {
    const after = keysetAfter(args, 'c.seq', 'c.id', 'ASC', 3);
    const variant = this.pageVariant(Boolean(after.sql), projection);
    let text = this.pageSql.get(variant);
    if (!text) {
      text = `SELECT ${this.pageJson(projection, after.sql, '$2')} AS page`;
      this.pageSql.set(variant, text);
    }
    const [row] = await sql<{ page: unknown }>(this.ds, text, [thread.id, first + 1, ...after.params], `kw_comments_page${variant}`);
    return jsonRows(takeColumn(row, 'page'));
  }

  private pageVariant(after: boolean, p: PageProjection): string {
    return `${after ? '_after' : ''}${p.slimComments ? '_c' : ''}${p.slimAuthors ? '_a' : ''}`;
  }

  /**
   * A page of a thread's ($1) top-level comments as one JSON value: an array of rows, each the
   * comment's columns and then its author's (see jsonColumns), oldest first; `after` narrows it
   * (keysetAfter), `limit` is the parameter holding the page size (one more than asked, see toConnection).
   */
  private pageJson(p: PageProjection, after: string, limit: string): string {
    const columns = `${jsonColumns(this.ds, CommentEntity, 'c', p.slimComments ? SLIM_PAGE_OMITS : FULL_PAGE_OMITS)}, `
      + jsonColumns(this.ds, UserEntity, 'a', p.slimAuthors ? AUTHOR_OPTIONAL_COLUMNS : undefined);
    return `(SELECT coalesce(json_agg(p.r ORDER BY p.seq, p.id), '[]'::json) FROM (
        SELECT json_build_array(${columns}) AS r, c.seq, c.id FROM comments c LEFT JOIN users a ON a.id = c.author_id
        WHERE c.thread_id = $1 AND c.parent_id IS NULL${after} ORDER BY c.seq, c.id LIMIT ${limit}) p)`;
  }

  async create(viewer: Viewer | null, input: CreateThreadInput): Promise<ThreadEntity> {
    const v = requireViewer(viewer);
    const access = await this.guard.forViewer(v);
    const space = access.table.space(input.spaceId);
    if (!space) throw E.spaceNotFound();
    const role = access.role(space.id);
    if (!role.read) throw E.cannotReadSpace();
    if (!role.post) throw E.cannotPost();
    if (input.kind === ThreadKind.MEDEDELING && !role.announce) throw E.announceOnly();
    if (input.membersOnly && space.kind !== SpaceKind.REGION) throw E.membersOnlyHere();
    // Nobody starts a thread they could not read themselves.
    if (input.membersOnly && !role.member) throw E.notInKenniskring();
    await this.limits.consume('threadCreatePerAccount', v.user.id);

    return this.writer.run(async (m, events) => {
      const draft = { spaceId: space.id, membersOnly: Boolean(input.membersOnly) };
      const mentions = await mentionsFor(this.access, m, input.body, draft);
      const thread = await m.getRepository(ThreadEntity).save(m.getRepository(ThreadEntity).create({
        ...draft,
        authorId: v.user.id,
        kind: input.kind,
        title: input.title,
        body: input.body,
        bodyHtml: renderMarkdown(input.body),
        htmlVersion: HTML_VERSION,
        tags: input.tags ?? [],
        mentionedUserIds: mentions,
      }));
      await touchParticipation(m, thread.id, v.user.id);
      events.emit({ type: T.THREAD_CREATED, spaceId: space.id, threadId: thread.id, actorId: v.user.id });
      this.emitMentions(events, thread, v.user.id, mentions, null);
      return m.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id });
    });
  }

  /** The author edits their opening post; moderators may too (audited). Earlier versions are kept. */
  async update(viewer: Viewer | null, input: UpdateThreadInput): Promise<ThreadEntity> {
    return this.writer.run(async (m, events) => {
      const { v, thread, role } = await this.guard.thread(viewer, input.threadId, m, true);
      const isAuthor = thread.authorId === v.user.id;
      if (!isAuthor && !role.moderate) throw E.notAuthor();
      const before = { title: thread.title, body: thread.body, tags: thread.tags };
      const title = input.title ?? thread.title;
      const body = input.body ?? thread.body;
      const tags = input.tags ?? thread.tags;
      if (title === before.title && body === before.body && tags.join('\n') === before.tags.join('\n')) return thread;
      if (title !== before.title || body !== before.body) {
        await m.insert(PostRevisionEntity, {
          threadId: thread.id, commentId: null, editorId: v.user.id, title: before.title, body: before.body,
          writtenAt: thread.editedAt ?? thread.createdAt,
        });
      }
      const mentions = await mentionsFor(this.access, m, body, thread);
      const added = mentions.filter((id) => !thread.mentionedUserIds.includes(id));
      await m.update(ThreadEntity, { id: thread.id }, {
        title, body, tags, bodyHtml: renderMarkdown(body), htmlVersion: HTML_VERSION, mentionedUserIds: mentions, editedAt: () => 'now()',
      });
      if (!isAuthor) {
        await recordAudit(m, { actorId: v.user.id, action: 'thread.edited', subjectType: 'thread', subjectId: thread.id, before, after: { title, body, tags } });
      }
      events.emit({ type: T.THREAD_EDITED, spaceId: thread.spaceId, threadId: thread.id, actorId: v.user.id });
      this.emitMentions(events, thread, v.user.id, added, null);
      return m.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id });
    });
  }

  /** Marks the thread read up to now for the viewer (the "nieuw sinds je laatste bezoek" divider moves). */
  async markRead(viewer: Viewer | null, threadId: string): Promise<ThreadEntity> {
    const { v, thread } = await this.guard.thread(viewer, threadId);
    await markRead(this.ds.manager, thread.id, v.user.id);
    return thread;
  }

  emitMentions(events: EventBuffer, thread: ThreadEntity, actorId: string, userIds: string[], commentId: string | null): void {
    const others = userIds.filter((id) => id !== actorId);
    if (!others.length) return;
    events.emit({ type: T.MENTIONED, spaceId: thread.spaceId, threadId: thread.id, actorId, payload: { userIds: others, commentId } });
  }
}
