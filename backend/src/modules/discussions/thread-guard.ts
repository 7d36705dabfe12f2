import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { columnCount, hydrate, hydrateAt, nullColumns, selectColumns, sql, sqlArrays } from '../../database/rows.js';
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
  // the viewer's profile. A thread page runs this on every request.
  private statement(lock: boolean): string {
    const key = lock ? 'lock' : 'read';
    let text = this.statements.get(key);
    if (!text) {
      text = `SELECT ${selectColumns(this.ds, ThreadEntity, 't', 't_')}, ${selectColumns(this.ds, SpaceEntity, 's', 's_')},
          ${selectColumns(this.ds, UserEntity, 'a', 'a_')}, ${PROFILE_SELECT}
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
    const [row] = await sql<Record<string, unknown> & ProfileRow>(db, this.statement(lock), [threadId, v.user.id], lock ? undefined : 'kw_thread_guard');
    const thread = row && hydrate(this.ds, ThreadEntity, row, 't_');
    if (!thread) throw E.threadNotFound();
    return this.decide(v, thread, hydrate(this.ds, SpaceEntity, row, 's_')!, hydrate(this.ds, UserEntity, row, 'a_'), row, db);
  }

  /**
   * thread(), with more rows read in the same statement (a thread page's first comments): one round
   * trip fewer on every thread page. `along` reads its rows with `SELECT key, <nulls for the guard's
   * columns>, columns from`, where `key` (> 0) orders them and `from` may use $1 (the thread id) and
   * $3 onwards (`params`). They come back as arrays, their own columns starting at `offset`. They are
   * read before the viewer's access is known, and handed back only when the viewer may read the thread.
   * `head` (optional) is one more column of the thread's row, such as a count: it comes back as `head`.
   */
  async threadAlong(
    viewer: Viewer | null, threadId: string,
    along: { name: string; key: string; columns: string; nulls: string; from: string; head?: string; params: unknown[] },
  ): Promise<{ context: ThreadInContext; rows: unknown[][]; offset: number; head: unknown }> {
    const v = requireViewer(viewer);
    let text = this.statements.get(along.name);
    if (!text) {
      const guardNulls = `${nullColumns(this.ds, ThreadEntity, 't_')}, ${nullColumns(this.ds, SpaceEntity, 's_')}, ${nullColumns(this.ds, UserEntity, 'a_')}, NULL, NULL, NULL, NULL, NULL`;
      text = `(SELECT 0::bigint AS k, ${selectColumns(this.ds, ThreadEntity, 't', 't_')}, ${selectColumns(this.ds, SpaceEntity, 's', 's_')},
          ${selectColumns(this.ds, UserEntity, 'a', 'a_')}, ${PROFILE_SELECT}, ${along.head ?? 'NULL'} AS head, ${along.nulls}
        FROM threads t JOIN spaces s ON s.id = t.space_id LEFT JOIN users a ON a.id = t.author_id ${profileLateral('$2')}
        WHERE t.id = $1)
        UNION ALL
        (SELECT ${along.key}, ${guardNulls}, ${along.columns} ${along.from})
        ORDER BY 1`;
      this.statements.set(along.name, text);
    }
    const rows = await sqlArrays(this.ds, text, [threadId, v.user.id, ...along.params], along.name);
    const [row] = rows;
    // A thread that does not exist has no comments either: then there are no rows at all.
    if (!row || String(row[0]) !== '0') throw E.threadNotFound();
    const at = [1];
    for (const entity of [ThreadEntity, SpaceEntity, UserEntity]) at.push(at[at.length - 1] + columnCount(this.ds, entity));
    const p = at[3];
    const profile: ProfileRow = { p_is_admin: row[p] as boolean | null, p_home_region_id: row[p + 1] as string | null, p_coordinates: row[p + 2] as string[] | null, p_moderates: row[p + 3] as string[] | null };
    const context = await this.decide(
      v, hydrateAt(this.ds, ThreadEntity, row, at[0])!, hydrateAt(this.ds, SpaceEntity, row, at[1])!, hydrateAt(this.ds, UserEntity, row, at[2]), profile, this.ds,
    );
    return { context, rows: rows.slice(1), offset: p + 5, head: row[p + 4] };
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
