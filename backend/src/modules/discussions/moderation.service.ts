import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { paginate } from '../../common/pagination.js';
import { requireAdmin, requireViewer, type Viewer } from '../../common/viewer.js';
import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { CommentEntity } from './comment.entity.js';
import { ReportEntity, ReportStatus } from './discussion-records.entity.js';
import { DiscussionErrors as E } from './discussions.errors.js';
import type { HideCommentInput, ReportPostInput, ReportsArgs, ResolveReportInput } from './discussions.inputs.js';
import { DiscussionEventType as T, DiscussionWriter, type EventBuffer } from './event-log.js';
import { SpaceKind } from './space.entity.js';
import { ThreadGuard, type ThreadInContext } from './thread-guard.js';
import { ThreadEntity, ThreadStatus } from './thread.entity.js';

type ThreadChange = Partial<Pick<ThreadEntity, 'pinned' | 'locked' | 'status' | 'spaceId'>>;

/** Pin, lock, close, reopen, move, hide and reports: for the space's moderators; every action audited. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly ds: DataSource,
    private readonly writer: DiscussionWriter,
    private readonly guard: ThreadGuard,
  ) {}

  setPinned(viewer: Viewer | null, threadId: string, pinned: boolean) {
    return this.changeThread(viewer, threadId, () => ({ pinned }), pinned ? T.THREAD_PINNED : T.THREAD_UNPINNED, pinned ? 'thread.pinned' : 'thread.unpinned');
  }

  setLocked(viewer: Viewer | null, threadId: string, locked: boolean) {
    return this.changeThread(viewer, threadId, () => ({ locked }), locked ? T.THREAD_LOCKED : T.THREAD_UNLOCKED, locked ? 'thread.locked' : 'thread.unlocked');
  }

  close(viewer: Viewer | null, threadId: string) {
    return this.changeThread(viewer, threadId, () => ({ status: ThreadStatus.CLOSED }), T.THREAD_CLOSED, 'thread.closed');
  }

  reopen(viewer: Viewer | null, threadId: string) {
    return this.changeThread(
      viewer, threadId, (t) => ({ status: t.acceptedCommentId ? ThreadStatus.ANSWERED : ThreadStatus.OPEN }), T.THREAD_REOPENED, 'thread.reopened',
    );
  }

  /** Moves a thread; the moderator must moderate where it is and read where it goes. */
  move(viewer: Viewer | null, threadId: string, spaceId: string) {
    return this.changeThread(viewer, threadId, async (thread, ctx) => {
      const access = await ctx.access();
      const target = access.table.space(spaceId);
      if (!target) throw E.spaceNotFound();
      if (!access.role(target.id).post) throw E.cannotPost();
      if (target.id === thread.spaceId) throw E.sameSpace();
      // "Alleen kenniskring" means something only in a region: elsewhere it would quietly go public.
      if (thread.membersOnly && target.kind !== SpaceKind.REGION) throw E.membersOnlyHere();
      return { spaceId: target.id };
    }, T.THREAD_MOVED, 'thread.moved');
  }

  private changeThread(
    viewer: Viewer | null,
    threadId: string,
    change: (t: ThreadEntity, ctx: ThreadInContext) => ThreadChange | Promise<ThreadChange>,
    type: T,
    action: string,
  ): Promise<ThreadEntity> {
    return this.writer.run(async (m, events) => {
      const ctx = await this.guard.thread(viewer, threadId, m, true);
      const { v, thread, role } = ctx;
      if (!role.moderate) throw E.notModerator();
      const after = await change(thread, ctx);
      const before = Object.fromEntries(Object.keys(after).map((k) => [k, thread[k as keyof ThreadChange]]));
      if (Object.entries(after).every(([k, val]) => thread[k as keyof ThreadChange] === val)) return thread;
      await m.update(ThreadEntity, { id: thread.id }, after);
      await recordAudit(m, { actorId: v.user.id, action, subjectType: 'thread', subjectId: thread.id, before, after });
      if (after.spaceId) {
        // The space it left hears of it too; that entry names the thread only in its payload (see the hub).
        events.emit({ type, spaceId: thread.spaceId, threadId: null, actorId: v.user.id, payload: { threadId: thread.id, toSpaceId: after.spaceId } });
        events.emit({ type, spaceId: after.spaceId, threadId: thread.id, actorId: v.user.id, payload: { fromSpaceId: thread.spaceId } });
      } else {
        events.emit({ type, spaceId: thread.spaceId, threadId: thread.id, actorId: v.user.id });
      }
      return m.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id });
    });
  }

  hide(viewer: Viewer | null, input: HideCommentInput): Promise<CommentEntity> {
    return this.changeComment(viewer, input.commentId, T.COMMENT_HIDDEN, 'comment.hidden', async (m, c, actorId) => {
      await m.update(CommentEntity, { id: c.id }, { hiddenAt: () => 'now()', hiddenBy: actorId, hiddenReason: input.reason });
      return { before: { hidden: Boolean(c.hiddenAt), reason: c.hiddenReason }, after: { hidden: true, reason: input.reason } };
    });
  }

  unhide(viewer: Viewer | null, commentId: string): Promise<CommentEntity> {
    return this.changeComment(viewer, commentId, T.COMMENT_UNHIDDEN, 'comment.unhidden', async (m, c) => {
      await m.update(CommentEntity, { id: c.id }, { hiddenAt: null, hiddenBy: null, hiddenReason: null });
      return { before: { hidden: Boolean(c.hiddenAt), reason: c.hiddenReason }, after: { hidden: false } };
    });
  }

  private changeComment(
    viewer: Viewer | null,
    commentId: string,
    type: T,
    action: string,
    work: (m: EntityManager, c: CommentEntity, actorId: string) => Promise<{ before: unknown; after: unknown }>,
  ): Promise<CommentEntity> {
    return this.writer.run(async (m, events) => {
      const { v, thread, role, comment } = await this.guard.comment(viewer, commentId, m, true);
      if (!role.moderate) throw E.notModerator();
      if (comment.deletedAt) throw E.deleted();
      const { before, after } = await work(m, comment, v.user.id);
      await recordAudit(m, { actorId: v.user.id, action, subjectType: 'comment', subjectId: comment.id, before, after });
      events.emit({ type, spaceId: thread.spaceId, threadId: thread.id, actorId: v.user.id, payload: { commentId: comment.id } });
      return m.getRepository(CommentEntity).findOneByOrFail({ id: comment.id });
    });
  }

  /** A member flags a post with a reason; it lands in the queue of the space's moderators. */
  async report(viewer: Viewer | null, input: ReportPostInput): Promise<ReportEntity> {
    if (Boolean(input.threadId) === Boolean(input.commentId)) throw E.oneTarget();
    return this.writer.run(async (m, events) => {
      const ctx = input.commentId ? await this.guard.comment(viewer, input.commentId, m) : await this.guard.thread(viewer, input.threadId!, m);
      const commentId = 'comment' in ctx ? (ctx as { comment: CommentEntity }).comment.id : null;
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO discussion_reports (thread_id, comment_id, reporter_id, reason) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
        [ctx.thread.id, commentId, ctx.v.user.id, input.reason],
      );
      if (!row) throw E.alreadyReported();
      events.emit({
        type: T.POST_REPORTED, spaceId: ctx.thread.spaceId, threadId: ctx.thread.id, actorId: ctx.v.user.id, payload: { reportId: row.id, commentId },
      });
      return m.getRepository(ReportEntity).findOneByOrFail({ id: row.id });
    });
  }

  async resolveReport(viewer: Viewer | null, input: ResolveReportInput): Promise<ReportEntity> {
    return this.writer.run(async (m, events) => {
      requireViewer(viewer);
      const report = await m.getRepository(ReportEntity).findOne({ where: { id: input.reportId }, lock: { mode: 'pessimistic_write' } });
      if (!report) throw E.reportNotFound();
      const { v, thread, role } = await this.guard.thread(viewer, report.threadId, m);
      if (!role.moderate) throw E.notModerator();
      if (report.status !== ReportStatus.OPEN) throw E.reportHandled();
      await m.update(ReportEntity, { id: report.id }, { status: input.status, resolvedBy: v.user.id, resolvedAt: () => 'now()' });
      await recordAudit(m, {
        actorId: v.user.id, action: 'report.resolved', subjectType: 'report', subjectId: report.id,
        before: { status: report.status }, after: { status: input.status },
      });
      this.emitResolved(events, thread, report, v.user.id, input.status);
      return m.getRepository(ReportEntity).findOneByOrFail({ id: report.id });
    });
  }

  private emitResolved(events: EventBuffer, thread: ThreadEntity, report: ReportEntity, actorId: string, status: ReportStatus) {
    events.emit({ type: T.REPORT_RESOLVED, spaceId: thread.spaceId, threadId: thread.id, actorId, payload: { reportId: report.id, status } });
  }

  /** The queue: reports in the spaces the viewer moderates (all, for administrators), oldest first. */
  async reports(viewer: Viewer | null, args: ReportsArgs) {
    const v = requireViewer(viewer);
    const access = await this.guard.forViewer(v);
    let spaces = access.table.allSpaces().filter((s) => access.role(s.id).moderate).map((s) => s.id);
    if (args.spaceId) {
      if (!access.table.space(args.spaceId)) throw E.spaceNotFound();
      if (!spaces.includes(args.spaceId)) throw E.notModerator();
      spaces = [args.spaceId];
    }
    if (!spaces.length) throw E.notModerator();
    const qb = this.ds.getRepository(ReportEntity).createQueryBuilder('r')
      .innerJoin(ThreadEntity, 't', 't.id = r.thread_id')
      .where('t.space_id = ANY(:spaces) AND r.status = :status', { spaces, status: args.status ?? ReportStatus.OPEN });
    return paginate(qb, args, { column: 'r.created_at', value: (r) => r.createdAt.toISOString() });
  }

  /** Moderation actions in the werkruimte, newest first (administrators only). */
  async log(viewer: Viewer | null, args: { first?: number; after?: string }) {
    requireAdmin(viewer);
    const qb = this.ds.getRepository(AuditEventEntity).createQueryBuilder('a')
      .where(`a.subject_type IN ('thread', 'comment', 'report')`);
    const page = await paginate(qb, args, { column: `date_trunc('milliseconds', a.created_at)`, direction: 'DESC', value: (a) => a.createdAt.toISOString() });
    return {
      ...page,
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: {
          ...e.node,
          before: e.node.before == null ? null : JSON.stringify(e.node.before),
          after: e.node.after == null ? null : JSON.stringify(e.node.after),
        },
      })),
    };
  }
}
