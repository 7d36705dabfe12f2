/** Matches looked at per search, at most, for threads and for comments: ranking and snippets cost per row. */
export const SEARCH_CANDIDATES = 500;
/** Budget for the newest-first plan; past it, the search falls back to the index-order plan (PostgreSQL only). */
export const RECENT_BUDGET_MS = 30;
/** Anything still running after this is cut off (PostgreSQL; the embedded database ignores it). */
export const SEARCH_TIMEOUT_MS = 3000;
// ts_headline marks matches with these; everything else in the snippet is escaped by the service.
export const START = '\u0002';
export const STOP = '\u0003';

const VISIBLE = (t: string) => `${t}.space_id = ANY($2::uuid[]) AND (NOT ${t}.members_only OR ${t}.space_id = ANY($3::uuid[])) AND ($4::text IS NULL OR ${t}.kind = $4)`;
// Written out at each use (not in a CTE), so the planner sees the actual query and can estimate how common its words are.
const Q = `websearch_to_tsquery('dutch', $1)`;

/**
 * The search: the best match per thread, best first, with a highlighted snippet for the page only.
 * `newestFirst`: candidates are the newest matches (walking the comments backwards, cheap when the
 * words are common); otherwise the first matches in index order (cheap when they are rare).
 * Params: $1 query text, $2 readable space ids, $3 spaces whose members-only threads are readable, $4 kind, $5 page size.
 */
export function searchSql(newestFirst: boolean): string {
  return `WITH in_threads AS (
      SELECT t.id AS thread_id, NULL::uuid AS comment_id, ts_rank_cd(t.search, ${Q}) * 2 AS rank
      FROM threads t WHERE t.search @@ ${Q} AND ${VISIBLE('t')}
      ${newestFirst ? 'ORDER BY t.last_activity_at DESC' : ''} LIMIT ${SEARCH_CANDIDATES}
    ),
    in_comments AS (
      SELECT c.thread_id, c.id AS comment_id, ts_rank_cd(c.search, ${Q}) AS rank
      FROM comments c
      WHERE c.search @@ ${Q} AND c.deleted_at IS NULL AND c.hidden_at IS NULL
        AND EXISTS (SELECT 1 FROM threads t WHERE t.id = c.thread_id AND ${VISIBLE('t')})
      ${newestFirst ? 'ORDER BY c.seq DESC' : ''} LIMIT ${SEARCH_CANDIDATES}
    ),
    best AS (
      SELECT DISTINCT ON (thread_id) thread_id, comment_id, rank
      FROM (SELECT * FROM in_threads UNION ALL SELECT * FROM in_comments) x
      ORDER BY thread_id, rank DESC
    ),
    page AS (SELECT * FROM best ORDER BY rank DESC, thread_id LIMIT $5)
    SELECT p.thread_id, p.comment_id, p.rank::float8 AS rank,
      ts_headline('dutch', coalesce(c.body, t.title || E'\\n' || t.body), ${Q},
        'StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
    FROM page p JOIN threads t ON t.id = p.thread_id LEFT JOIN comments c ON c.id = p.comment_id
    ORDER BY p.rank DESC, p.thread_id`;
}
