import DataLoader from 'dataloader';
import { KnownLoader } from '../../common/known-loader.js';
import { In, type DataSource } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { CommentEntity } from './comment.entity.js';
import { PostRevisionEntity } from './discussion-records.entity.js';
import { SpaceEntity } from './space.entity.js';
import { ThreadEntity } from './thread.entity.js';

function byKey<K, V>(keys: readonly K[], rows: V[], key: (v: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupBy<K, V>(keys: readonly K[], rows: V[], key: (v: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(key(r))?.push(r);
  return keys.map((k) => map.get(k) ?? []);
}

/** Keys of loaders whose answer depends on the person asking. */
export const viewerKey = (userId: string, id: string) => `${userId}|${id}`;
const splitKeys = (keys: readonly string[]) => {
  const users: string[] = [];
  const ids: string[] = [];
  for (const k of keys) {
    const [u, id] = k.split('|');
    users.push(u);
    ids.push(id);
  }
  return { users, ids };
};

export interface ReadState {
  lastReadAt: Date | null;
  unreadCount: number;
}
export interface Participants {
  users: UserEntity[];
  count: number;
}
export const PARTICIPANTS_SHOWN = 10;

/** Per-request loaders for the werkruimte: a thread page costs the same number of queries for 5 or 50 comments. */
export function createDiscussionsLoaders(ds: DataSource) {
  return {
    spaceById: new DataLoader<string, SpaceEntity | null>(async (ids) =>
      byKey(ids, await ds.getRepository(SpaceEntity).findBy({ id: In([...ids]) }), (s) => s.id)),
    threadById: new KnownLoader<ThreadEntity>(async (ids) =>
      byKey(ids, await ds.getRepository(ThreadEntity).findBy({ id: In([...ids]) }), (t) => t.id)),
    commentById: new DataLoader<string, CommentEntity | null>(async (ids) =>
      byKey(ids, await ds.getRepository(CommentEntity).findBy({ id: In([...ids]) }), (c) => c.id)),
    repliesByParentId: new DataLoader<string, CommentEntity[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(CommentEntity).find({ where: { parentId: In([...ids]) }, order: { seq: 'ASC' } }), (c) => c.parentId!)),
    usefulCountByCommentId: new DataLoader<string, number>(async (ids) => {
      const rows: { comment_id: string; n: number }[] = await ds.query(
        `SELECT comment_id, count(*)::int AS n FROM comment_reactions WHERE comment_id = ANY($1::uuid[]) GROUP BY comment_id`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [r.comment_id, r.n]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
    /** Key: viewerKey(userId, commentId). */
    foundUseful: new DataLoader<string, boolean>(async (keys) => {
      const { users, ids } = splitKeys(keys);
      const rows: { k: string }[] = await ds.query(
        `SELECT r.user_id || '|' || r.comment_id AS k FROM comment_reactions r
         JOIN unnest($1::uuid[], $2::uuid[]) AS x(user_id, comment_id) ON x.user_id = r.user_id AND x.comment_id = r.comment_id`,
        [users, ids],
      );
      const found = new Set(rows.map((r) => r.k));
      return keys.map((k) => found.has(k));
    }),
    /** Key: viewerKey(userId, threadId). Unread: comments by others since the person last read the thread. */
    readState: new DataLoader<string, ReadState>(async (keys) => {
      const { users, ids } = splitKeys(keys);
      const rows: { k: string; last_read_at: Date | null; unread: number }[] = await ds.query(
        `SELECT x.user_id || '|' || x.thread_id AS k, r.last_read_at,
           (SELECT count(*) FROM comments c
             WHERE c.thread_id = x.thread_id AND c.deleted_at IS NULL AND c.author_id IS DISTINCT FROM x.user_id
               AND (r.last_read_at IS NULL OR c.created_at > r.last_read_at))::int AS unread
         FROM unnest($1::uuid[], $2::uuid[]) AS x(user_id, thread_id)
         LEFT JOIN thread_reads r ON r.user_id = x.user_id AND r.thread_id = x.thread_id`,
        [users, ids],
      );
      const map = new Map(rows.map((r) => [r.k, { lastReadAt: r.last_read_at, unreadCount: r.unread }]));
      return keys.map((k) => map.get(k) ?? { lastReadAt: null, unreadCount: 0 });
    }),
    participantsByThreadId: new DataLoader<string, Participants>(async (ids) => {
      const { raw, entities } = await ds
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .innerJoin(
          (sub) => sub
            .select('p.thread_id', 'thread_id').addSelect('p.user_id', 'user_id')
            .addSelect('row_number() OVER (PARTITION BY p.thread_id ORDER BY p.first_posted_at, p.user_id)', 'n')
            .addSelect('count(*) OVER (PARTITION BY p.thread_id)', 'total')
            .from('thread_participants', 'p')
            .where('p.thread_id = ANY(:ids)', { ids: [...ids] }),
          'pp',
          'pp.user_id = u.id',
        )
        .addSelect('pp.thread_id', 'pp_thread_id')
        .addSelect('pp.total', 'pp_total')
        .where('pp.n <= :shown', { shown: PARTICIPANTS_SHOWN })
        .orderBy('pp.n')
        .getRawAndEntities();
      const map = new Map<string, Participants>(ids.map((id) => [id, { users: [], count: 0 }]));
      entities.forEach((u, i) => {
        const p = map.get(raw[i].pp_thread_id as string)!;
        p.users.push(u);
        p.count = Number(raw[i].pp_total);
      });
      return ids.map((id) => map.get(id)!);
    }),
    revisionsByCommentId: new DataLoader<string, PostRevisionEntity[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(PostRevisionEntity).find({ where: { commentId: In([...ids]) }, order: { createdAt: 'DESC' } }), (r) => r.commentId!)),
    threadRevisionsByThreadId: new DataLoader<string, PostRevisionEntity[]>(async (ids) =>
      groupBy(
        ids,
        await ds.getRepository(PostRevisionEntity).createQueryBuilder('r')
          .where('r.thread_id = ANY(:ids) AND r.comment_id IS NULL', { ids: [...ids] }).orderBy('r.created_at', 'DESC').getMany(),
        (r) => r.threadId,
      )),
    /** Threads per space: all of them, and those without "alleen kenniskring". */
    threadCountsBySpaceId: new DataLoader<string, { all: number; open: number }>(async (ids) => {
      const rows: { space_id: string; n_all: number; n_open: number }[] = await ds.query(
        `SELECT space_id, count(*)::int AS n_all, (count(*) FILTER (WHERE NOT members_only))::int AS n_open
         FROM threads WHERE space_id = ANY($1::uuid[]) GROUP BY space_id`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [r.space_id, { all: r.n_all, open: r.n_open }]));
      return ids.map((id) => map.get(id) ?? { all: 0, open: 0 });
    }),
  };
}
export type DiscussionsLoaders = ReturnType<typeof createDiscussionsLoaders>;
