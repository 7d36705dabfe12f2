import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RateLimitService } from '../../common/rate-limit.service.js';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { hydrate, selectColumns } from '../../database/rows.js';
import { recordAudit } from '../audit/audit.service.js';
import { CommentEntity } from './comment.entity.js';
import { PostRevisionEntity } from './discussion-records.entity.js';
import { DiscussionErrors as E } from './discussions.errors.js';
import type { AddCommentInput, EditCommentInput } from './discussions.inputs.js';
import { DiscussionEventType as T, DiscussionWriter } from './event-log.js';
import { HTML_VERSION, renderMarkdown } from './markdown.js';
import { SpaceAccessService, type SpaceRole } from './space-access.js';
import { ThreadGuard } from './thread-guard.js';
import { ThreadEntity, ThreadKind, ThreadStatus } from './thread.entity.js';
import { mentionsFor, participationCtes, ThreadsService } from './threads.service.js';

/** Whether a person may add a comment to this thread now. */
export function canComment(thread: ThreadEntity, role: SpaceRole): boolean {
  if (!role.post) return false;
  return role.moderate || (!thread.locked && thread.status !== ThreadStatus.CLOSED);
}

const reload = (m: EntityManager, id: string) => m.getRepository(CommentEntity).findOneByOrFail({ id });

@Injectable()
export class CommentsService {
  private insertSql: string | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly writer: DiscussionWriter,
    private readonly guard: ThreadGuard,
    private readonly access: SpaceAccessService,
    private readonly threads: ThreadsService,
    private readonly limits: RateLimitService,
  ) {}

  async get(viewer: Viewer | null, id: string): Promise<CommentEntity> {
    return (await this.guard.comment(viewer, id)).comment;
  }

  async add(viewer: Viewer | null, input: AddCommentInput): Promise<CommentEntity> {
    const v = requireViewer(viewer);
    return this.writer.run(async (m, events) => {
      const { thread } = await this.check(viewer, input, m);
      // Counted only once the input is known to be good, before anything is written.
      await this.limits.consume('commentCreatePerAccount', v.user.id);
      const mentions = await mentionsFor(this.access, m, input.body, thread);
      const [row] = await m.query(this.insertStatement(), [
        thread.id, input.parentId ?? null, v.user.id, input.body, renderMarkdown(input.body), HTML_VERSION, mentions,
      ]);
      const saved = hydrate(this.ds, CommentEntity, row, 'c_')!;
      events.emit({ type: T.COMMENT_ADDED, spaceId: thread.spaceId, threadId: thread.id, actorId: v.user.id, payload: { commentId: saved.id } });
      this.threads.emitMentions(events, thread, v.user.id, mentions, saved.id);
      return saved;
    });
  }

  // The comment, the thread's counters and the author's participation in one round trip; the
  // comment comes back whole (its defaults and generated columns), as a reload would read it.
  private insertStatement(): string {
    this.insertSql ??= `WITH added AS (
        INSERT INTO comments AS c (thread_id, parent_id, author_id, body, body_html, html_version, mentioned_user_ids)
        VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${selectColumns(this.ds, CommentEntity, 'c', 'c_')}
      ), counted AS (
        UPDATE threads SET reply_count = reply_count + 1, last_activity_at = date_trunc('milliseconds', now()), updated_at = now() WHERE id = $1
      ), ${participationCtes('$1', '$3')}
      SELECT * FROM added`;
    return this.insertSql;
  }

  private async check(viewer: Viewer | null, input: AddCommentInput, m?: EntityManager) {
    const ctx = await this.guard.thread(viewer, input.threadId, m);
    if (!ctx.role.post) throw E.cannotPost();
    if (!canComment(ctx.thread, ctx.role)) throw ctx.thread.locked ? E.locked() : E.closed();
    if (input.parentId) {
      const parent = await (m ?? this.ds.manager).getRepository(CommentEntity).findOneBy({ id: input.parentId });
      if (!parent) throw E.commentNotFound();
      if (parent.threadId !== ctx.thread.id) throw E.parentElsewhere();
      if (parent.parentId) throw E.nestedReply();
      if (parent.deletedAt) throw E.replyToDeleted();
    }
    return ctx;
  }

  /** The author edits their comment; the earlier version is kept and viewable ("bewerkt"). */
  async edit(viewer: Viewer | null, input: EditCommentInput): Promise<CommentEntity> {
    return this.writer.run(async (m, events) => {
      const { v, thread, comment } = await this.guard.comment(viewer, input.commentId, m, true);
      if (comment.authorId !== v.user.id) throw E.notAuthor();
      if (comment.deletedAt) throw E.deleted();
      if (comment.hiddenAt) throw E.hidden();
      if (comment.body === input.body) return comment;
      await m.insert(PostRevisionEntity, {
        threadId: thread.id, commentId: comment.id, editorId: v.user.id, title: null, body: comment.body,
        writtenAt: comment.editedAt ?? comment.createdAt,
      });
      const mentions = await mentionsFor(this.access, m, input.body, thread);
      await m.update(CommentEntity, { id: comment.id }, {
        body: input.body, bodyHtml: renderMarkdown(input.body), htmlVersion: HTML_VERSION, mentionedUserIds: mentions, editedAt: () => 'now()',
      });
      events.emit({ type: T.COMMENT_EDITED, spaceId: thread.spaceId, threadId: thread.id, actorId: v.user.id, payload: { commentId: comment.id } });
      this.threads.emitMentions(events, thread, v.user.id, mentions.filter((id) => !comment.mentionedUserIds.includes(id)), comment.id);
      return reload(m, comment.id);
    });
  }

  /** A soft delete: the text goes, the place ("bericht verwijderd") and the replies stay. */
  async delete(viewer: Viewer | null, commentId: string): Promise<CommentEntity> {
    return this.writer.run(async (m, events) => {
      const { v, thread, role, comment } = await this.guard.comment(viewer, commentId, m, true);
      const isAuthor = comment.authorId === v.user.id;
      if (!isAuthor && !role.moderate) throw E.notAuthorOrModerator();
      if (comment.deletedAt) throw E.deleted();
      await m.update(CommentEntity, { id: comment.id }, { deletedAt: () => 'now()', deletedBy: v.user.id });
      await m.query(`UPDATE threads SET reply_count = greatest(reply_count - 1, 0), updated_at = now() WHERE id = $1`, [thread.id]);
      if (thread.acceptedCommentId === comment.id) await this.clearAnswer(m, thread);
      if (!isAuthor) {
        await recordAudit(m, {
          actorId: v.user.id, action: 'comment.deleted', subjectType: 'comment', subjectId: comment.id,
          before: { body: comment.body, authorId: comment.authorId }, after: { deleted: true },
        });
      }
      events.emit({ type: T.COMMENT_DELETED, spaceId: thread.spaceId, threadId: thread.id, actorId: v.user.id, payload: { commentId: comment.id } });
      return reload(m, comment.id);
    });
  }

  /** "Nuttig": one per person per comment; not for one's own. */
  async markUseful(viewer: Viewer | null, commentId: string, useful: boolean): Promise<CommentEntity> {
    return this.writer.run(async (m, events) => {
      const { v, thread, role, comment } = await this.guard.comment(viewer, commentId, m);
      if (!role.read) throw E.cannotRead();
      if (comment.deletedAt) throw E.deleted();
      if (comment.hiddenAt) throw E.hidden();
      if (comment.authorId === v.user.id) throw E.ownPost();
      const changed = useful
        ? await m.query(`INSERT INTO comment_reactions (comment_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING comment_id`, [comment.id, v.user.id])
        // Through a CTE, so the driver answers with rows as for the INSERT (a bare DELETE answers [rows, count]).
        : await m.query(
          `WITH gone AS (DELETE FROM comment_reactions WHERE comment_id = $1 AND user_id = $2 AND kind = 'NUTTIG' RETURNING comment_id) SELECT * FROM gone`,
          [comment.id, v.user.id],
        );
      if (!(changed as unknown[]).length) throw useful ? E.alreadyUseful() : E.notUseful();
      events.emit({ type: T.REACTION_CHANGED, spaceId: thread.spaceId, threadId: thread.id, actorId: v.user.id, payload: { commentId: comment.id } });
      return comment;
    });
  }

  /** The asker, a moderator or an administrator marks the answer; the question is then "beantwoord". */
  async acceptAnswer(viewer: Viewer | null, commentId: string): Promise<ThreadEntity> {
    return this.writer.run(async (m, events) => {
      const { v, comment } = await this.guard.comment(viewer, commentId, m);
      const { thread, role } = await this.guard.thread(v, comment.threadId, m, true);
      const isAsker = thread.authorId === v.user.id;
      if (!isAsker && !role.moderate) throw E.notAsker();
      if (thread.kind !== ThreadKind.VRAAG) throw E.notAQuestion();
      if (comment.deletedAt) throw E.deleted();
      if (comment.hiddenAt) throw E.hidden();
      const before = { acceptedCommentId: thread.acceptedCommentId, status: thread.status };
      const status = thread.status === ThreadStatus.CLOSED ? ThreadStatus.CLOSED : ThreadStatus.ANSWERED;
      await m.update(ThreadEntity, { id: thread.id }, { acceptedCommentId: comment.id, status });
      if (!isAsker) {
        await recordAudit(m, { actorId: v.user.id, action: 'thread.answerAccepted', subjectType: 'thread', subjectId: thread.id, before, after: { acceptedCommentId: comment.id, status } });
      }
      events.emit({ type: T.ANSWER_ACCEPTED, spaceId: thread.spaceId, threadId: thread.id, actorId: v.user.id, payload: { commentId: comment.id } });
      return m.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id });
    });
  }

  async unacceptAnswer(viewer: Viewer | null, threadId: string): Promise<ThreadEntity> {
    return this.writer.run(async (m, events) => {
      const { v, thread, role } = await this.guard.thread(viewer, threadId, m, true);
      const isAsker = thread.authorId === v.user.id;
      if (!isAsker && !role.moderate) throw E.notAsker();
      if (thread.kind !== ThreadKind.VRAAG) throw E.notAQuestion();
      if (!thread.acceptedCommentId) return thread;
      const before = { acceptedCommentId: thread.acceptedCommentId, status: thread.status };
      await this.clearAnswer(m, thread);
      if (!isAsker) {
        await recordAudit(m, { actorId: v.user.id, action: 'thread.answerUnaccepted', subjectType: 'thread', subjectId: thread.id, before, after: { acceptedCommentId: null } });
      }
      events.emit({ type: T.ANSWER_UNACCEPTED, spaceId: thread.spaceId, threadId: thread.id, actorId: v.user.id, payload: { commentId: before.acceptedCommentId } });
      return m.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id });
    });
  }

  private async clearAnswer(m: EntityManager, thread: ThreadEntity): Promise<void> {
    await m.update(ThreadEntity, { id: thread.id }, {
      acceptedCommentId: null,
      status: thread.status === ThreadStatus.ANSWERED ? ThreadStatus.OPEN : thread.status,
    });
  }
}
