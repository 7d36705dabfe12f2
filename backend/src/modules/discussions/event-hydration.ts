import { In, type DataSource } from 'typeorm';
import { clearLoaders, type Loaders } from '../../common/loaders.js';
import { UserEntity } from '../accounts/user.entity.js';
import { BestuurEntity } from '../regions/bestuur.entity.js';
import { CommentEntity } from './comment.entity.js';
import type { SpaceEventEntity } from './discussion-records.entity.js';
import { ThreadEntity } from './thread.entity.js';

/** What a batch of events refers to, loaded once per instance and shared by every subscriber. */
export interface HydratedBatch {
  threads: Map<string, ThreadEntity>;
  comments: Map<string, CommentEntity>;
  users: Map<string, UserEntity>;
  besturen: Map<string, BestuurEntity>;
  usefulCounts: Map<string, number>;
}

export const threadIdOf = (row: SpaceEventEntity): string | null => row.threadId ?? (row.payload.threadId as string | undefined) ?? null;
export const commentIdOf = (row: SpaceEventEntity): string | null => (row.payload.commentId as string | undefined) ?? null;

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/** In one round trip: the people are found through the rows' threads and comments in SQL. */
export async function hydrate(ds: DataSource, rows: readonly SpaceEventEntity[]): Promise<HydratedBatch> {
  const threadIds = [...new Set(rows.map(threadIdOf).filter((x): x is string => !!x))];
  const commentIds = [...new Set(rows.map(commentIdOf).filter((x): x is string => !!x))];
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))];
  const people = `(u.id = ANY(:actors) OR u.id IN (SELECT author_id FROM threads WHERE id = ANY(:threads))
    OR u.id IN (SELECT author_id FROM comments WHERE id = ANY(:comments)))`;
  const ids = { actors: actorIds, threads: threadIds, comments: commentIds };
  const [threads, comments, counts, users, besturen] = await Promise.all([
    threadIds.length ? ds.getRepository(ThreadEntity).findBy({ id: In(threadIds) }) : [],
    commentIds.length ? ds.getRepository(CommentEntity).findBy({ id: In(commentIds) }) : [],
    commentIds.length
      ? ds.query(`SELECT comment_id, count(*)::int AS n FROM comment_reactions WHERE comment_id = ANY($1::uuid[]) GROUP BY comment_id`, [commentIds])
      : [],
    ds.getRepository(UserEntity).createQueryBuilder('u').where(people, ids).getMany(),
    ds.getRepository(BestuurEntity).createQueryBuilder('b')
      .where(`b.id IN (SELECT u.bestuur_id FROM users u WHERE ${people})`, ids).getMany(),
  ]);
  const usefulCounts = new Map<string, number>(commentIds.map((id) => [id, 0]));
  for (const r of counts as { comment_id: string; n: number }[]) usefulCounts.set(r.comment_id, r.n);
  return { threads: byId(threads), comments: byId(comments), users: byId(users), besturen: byId(besturen), usefulCounts };
}

/**
 * Before an event is resolved for one subscriber: forget what earlier events loaded, then fill the
 * loaders with what the hub already loaded, so resolving the usual fields costs no query per subscriber.
 */
export function primeLoaders(loaders: Loaders, batch: HydratedBatch): void {
  clearLoaders(loaders);
  for (const [id, t] of batch.threads) loaders.threadById.prime(id, t);
  for (const [id, c] of batch.comments) loaders.commentById.prime(id, c);
  for (const [id, u] of batch.users) loaders.userById.prime(id, u);
  for (const [id, b] of batch.besturen) loaders.bestuurById.prime(id, b);
  for (const [id, n] of batch.usefulCounts) loaders.usefulCountByCommentId.prime(id, n);
}
