import type { DataSource } from 'typeorm';
import { clearLoaders, type Loaders } from '../../common/loaders.js';
import { hydrateJsonAt, jsonColumns, jsonRows, sql } from '../../database/rows.js';
import { UserEntity } from '../accounts/user.entity.js';
import { BestuurEntity } from '../regions/bestuur.entity.js';
import { CommentEntity } from './comment.entity.js';
import { viewerKey } from './discussions.loaders.js';
import type { SpaceEventEntity } from './discussion-records.entity.js';
import { ThreadEntity } from './thread.entity.js';

/** What a batch of events refers to, loaded once per instance and shared by every subscriber. */
export interface HydratedBatch {
  threads: Map<string, ThreadEntity>;
  comments: Map<string, CommentEntity>;
  users: Map<string, UserEntity>;
  besturen: Map<string, BestuurEntity>;
  /** Who found each of the batch's comments "nuttig". */
  usefulBy: Map<string, Set<string>>;
}

export const threadIdOf = (row: SpaceEventEntity): string | null => row.threadId ?? (row.payload.threadId as string | undefined) ?? null;
export const commentIdOf = (row: SpaceEventEntity): string | null => (row.payload.commentId as string | undefined) ?? null;

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

const statements = new WeakMap<DataSource, string>();

/**
 * The threads $1, the comments $2 with who found them "nuttig", the people who did ($3) or wrote any of
 * them and those people's besturen: each set as one JSON value, in one statement.
 */
function statement(ds: DataSource): string {
  let text = statements.get(ds);
  if (text === undefined) {
    const people = `(u.id = ANY($3::uuid[]) OR u.id IN (SELECT author_id FROM threads WHERE id = ANY($1::uuid[]))
      OR u.id IN (SELECT author_id FROM comments WHERE id = ANY($2::uuid[])))`;
    text = `SELECT
      (SELECT json_agg(json_build_array(${jsonColumns(ds, ThreadEntity, 't')})) FROM threads t WHERE t.id = ANY($1::uuid[])) AS threads,
      (SELECT json_agg(json_build_array(${jsonColumns(ds, CommentEntity, 'c')})) FROM comments c WHERE c.id = ANY($2::uuid[])) AS comments,
      (SELECT json_agg(json_build_array(r.comment_id, r.user_id)) FROM comment_reactions r WHERE r.comment_id = ANY($2::uuid[])) AS reactions,
      (SELECT json_agg(json_build_array(${jsonColumns(ds, UserEntity, 'u')})) FROM users u WHERE ${people}) AS users,
      (SELECT json_agg(json_build_array(${jsonColumns(ds, BestuurEntity, 'b')})) FROM besturen b
        WHERE b.id IN (SELECT u.bestuur_id FROM users u WHERE ${people})) AS besturen`;
    statements.set(ds, text);
  }
  return text;
}

/** In one round trip and one statement (prepared once per connection): the people are found through the rows' threads and comments in SQL. */
export async function hydrate(ds: DataSource, rows: readonly SpaceEventEntity[]): Promise<HydratedBatch> {
  const threadIds = [...new Set(rows.map(threadIdOf).filter((x): x is string => !!x))];
  const commentIds = [...new Set(rows.map(commentIdOf).filter((x): x is string => !!x))];
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))];
  const [row] = await sql<Record<'threads' | 'comments' | 'reactions' | 'users' | 'besturen', unknown>>(
    ds, statement(ds), [threadIds, commentIds, actorIds], 'kw_event_batch',
  );
  const all = <T extends { id: string }>(value: unknown, entity: new () => T) => jsonRows(value).map((r) => hydrateJsonAt(ds, entity, r, 0)!);
  const usefulBy = new Map<string, Set<string>>(commentIds.map((id) => [id, new Set()]));
  for (const [commentId, userId] of jsonRows(row.reactions) as [string, string][]) usefulBy.get(commentId)?.add(userId);
  return {
    threads: byId(all(row.threads, ThreadEntity)), comments: byId(all(row.comments, CommentEntity)), users: byId(all(row.users, UserEntity)),
    besturen: byId(all(row.besturen, BestuurEntity)), usefulBy,
  };
}

/**
 * Before an event is resolved for one subscriber: forget what earlier events loaded, then fill the
 * loaders with what the hub already loaded, so resolving the usual fields costs no query per subscriber.
 */
export function primeLoaders(loaders: Loaders, batch: HydratedBatch, viewerId?: string): void {
  clearLoaders(loaders);
  if (viewerId) for (const [id, people] of batch.usefulBy) loaders.foundUseful.prime(viewerKey(viewerId, id), people.has(viewerId));
  for (const [id, t] of batch.threads) loaders.threadById.prime(id, t);
  for (const [id, c] of batch.comments) loaders.commentById.prime(id, c);
  for (const [id, u] of batch.users) loaders.userById.prime(id, u);
  for (const [id, b] of batch.besturen) loaders.bestuurById.prime(id, b);
  for (const [id, people] of batch.usefulBy) loaders.usefulCountByCommentId.prime(id, people.size);
}
