import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { hydrate, selectColumns, sql, takeColumn } from '../../database/rows.js';
import { UserEntity } from '../accounts/user.entity.js';
import { CommentEntity } from './comment.entity.js';
import { DiscussionErrors as E } from './discussions.errors.js';
import { PROFILE_SELECT, profileLateral, SpaceAccessService, type ProfileRow, type SpaceRole, type ViewerAccess } from './space-access.js';
import { SpaceEntity } from './space.entity.js';
import { ThreadEntity } from './thread.entity.js';

export interface ThreadInContext {
  v: Viewer;
  thread: ThreadEntity;
  /** The thread's space, read with it. */
  space: SpaceEntity;
  /** Who started the thread (null when the account is gone), read with it. */
  author: UserEntity | null;
  role: SpaceRole;
  /** The viewer's roles in every space (a query the first time in a request). */
  access: () => Promise<ViewerAccess>;
}

/** Loads a thread or comment for a person and refuses, the same way everywhere, when they may not see it. */
@Injectable()
export class ThreadGuard {
  private readonly statements = new Map<string, string>();

  constructor(
    private readonly ds: DataSource,
    private readonly access: SpaceAccessService,
  ) {}

  // One query for everything deciding who may see a thread: the thread, its space, its author and
  // the viewer's profile. A thread page runs this on every request. `extra`: more columns of the row.
  private statement(key: string, lock: boolean, extra = ''): string {
    let text = this.statements.get(key);
    if (!text) {
      text = `SELECT ${selectColumns(this.ds, ThreadEntity, 't', 't_')}, ${selectColumns(this.ds, SpaceEntity, 's', 's_')},
          ${selectColumns(this.ds, UserEntity, 'a', 'a_')}, ${PROFILE_SELECT}${extra}
        FROM threads t JOIN spaces s ON s.id = t.space_id LEFT JOIN users a ON a.id = t.author_id ${profileLateral('$2')}
        WHERE t.id = $1${lock ? ' FOR UPDATE OF t' : ''}`;
      this.statements.set(key, text);
    }
    return text;
  }

  /** `m` with `lock`: the thread row is locked for the rest of the caller's transaction. */
  async thread(viewer: Viewer | null, threadId: string, m?: EntityManager, lock = false): Promise<ThreadInContext> {
    const v = requireViewer(viewer);
    const db = m ?? this.ds;
    const [row] = await sql<Record<string, unknown> & ProfileRow>(db, this.statement(lock ? 'lock' : 'read', lock), [threadId, v.user.id], lock ? undefined : 'kw_thread_guard');
    return this.fromRow(v, row, db);
  }

  /**
   * thread(), with more read in the same statement (a thread page's first comments): one round trip
   * fewer on every thread page. `along.column` is an SQL expression, typically a `json_agg` of rows,
   * that may use $1 (the thread id) and $3 onwards (`params`); it comes back as `along`. `head`
   * (optional) is one more such column, such as a count. Both are read before the viewer's access is
   * known, and handed back only when the viewer may read the thread.
   */
  async threadAlong(
    viewer: Viewer | null, threadId: string, along: { name: string; column: string; head?: string; params: unknown[] },
  ): Promise<{ context: ThreadInContext; along: unknown; head: unknown }> {
    const v = requireViewer(viewer);
    const text = this.statement(along.name, false, `, ${along.head ?? 'NULL'} AS along_head, ${along.column} AS along_value`);
    const [row] = await sql<Record<string, unknown> & ProfileRow>(this.ds, text, [threadId, v.user.id, ...along.params], along.name);
    const context = await this.fromRow(v, row, this.ds);
    return { context, along: takeColumn(row!, 'along_value'), head: row!.along_head };
  }

  private fromRow(v: Viewer, row: (Record<string, unknown> & ProfileRow) | undefined, db: DataSource | EntityManager): Promise<ThreadInContext> {
    const thread = row && hydrate(this.ds, ThreadEntity, row, 't_');
    if (!thread) throw E.threadNotFound();
    return this.decide(v, thread, hydrate(this.ds, SpaceEntity, row, 's_')!, hydrate(this.ds, UserEntity, row, 'a_'), row, db);
  }

  /** The viewer's role in the thread's space, from the profile read with it; refuses when they may not read it. */
  private async decide(v: Viewer, thread: ThreadEntity, space: SpaceEntity, author: UserEntity | null, profile: ProfileRow, db: DataSource | EntityManager): Promise<ThreadInContext> {
    const table = await this.access.roleFromRow(v, space, profile, db);
    if (!table.canRead(v.user.id, thread)) throw E.cannotRead();
    return { v, thread, space, author, role: table.role(v.user.id, space.id), access: () => this.access.forViewer(v) };
  }

  async comment(viewer: Viewer | null, commentId: string, m?: EntityManager, lock = false): Promise<ThreadInContext & { comment: CommentEntity }> {
    requireViewer(viewer);
    const repo = (m ?? this.ds).getRepository(CommentEntity);
    const comment = lock
      ? await repo.findOne({ where: { id: commentId }, lock: { mode: 'pessimistic_write' } })
      : await repo.findOneBy({ id: commentId });
    if (!comment) throw E.commentNotFound();
    return { ...(await this.thread(viewer, comment.threadId, m, lock)), comment };
  }

  forViewer(viewer: Viewer): Promise<ViewerAccess> {
    return this.access.forViewer(viewer);
  }
}
