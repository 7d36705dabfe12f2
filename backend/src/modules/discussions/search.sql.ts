// How much one search may do. Ranking and checks read each row, so every source of candidates is capped;
// see "Search" in docs/features/werkruimte.md for what this means for the results.
/** Matching threads ranked, at most, in index order. */
export const THREAD_CANDIDATES = 1000;
/** Matching comments ranked, at most, in index order. */
export const COMMENT_CANDIDATES = 200;
/** Rows found by an index that are checked (for a phrase, and whether the viewer may read them), at most, per kind. */
export const ROWS_CHECKED = 1000;
/** The most recently active threads and the newest comments, whose matches are always ranked too. */
export const RECENT_THREADS = 200;
export const RECENT_COMMENTS = 1000;
/** Anything still running after this is cut off (PostgreSQL; the embedded database ignores it). */
export const SEARCH_TIMEOUT_MS = 3000;
// ts_headline marks matches with these; everything else in the snippet is escaped by the service.
export const START = '\u0002';
export const STOP = '\u0003';

const VISIBLE = (t: string) => `${t}.space_id = ANY($2::uuid[]) AND (NOT ${t}.members_only OR ${t}.space_id = ANY($3::uuid[])) AND ($4::text IS NULL OR ${t}.kind = $4)`;
// A lookup per comment (not a join, which the planner may build from every readable thread).
const IN_VISIBLE_THREAD = `(SELECT ${VISIBLE('t')} FROM threads t WHERE t.id = c.thread_id)`;
// Written out at each use (not in a CTE) so that it is folded into a constant when the query is planned:
// the planner then sees the actual words, and the CASEs below disappear.
const Q = `websearch_to_tsquery('dutch', $1)`;
// The part of the query an index can answer (querytree drops negations; 'T' when nothing is left).
const INDEXED = `querytree(${Q})::text`;
const PHRASE = `(${INDEXED} LIKE '%<%')`;
// GIN stores no word positions: for a phrase it would re-read every row that has all its words. So the index is
// asked for all the words (phrase operators <-> and <N> become &), which it answers exactly, and the phrase is
// checked on at most ROWS_CHECKED of those rows.
const FOR_INDEX = `(CASE WHEN ${PHRASE} THEN regexp_replace(${INDEXED}, '<(-|[0-9]+)>', '&', 'g')::tsquery ELSE ${Q} END)`;

/**
 * The search: the best match per thread, best first, with a highlighted snippet for the page only.
 * Candidates: the first matches in index order (a bitmap scan reads only matching rows; the service turns
 * sequential scans off), and every match among the most recently active threads and the newest comments;
 * older comments are looked up only when the newest ones do not fill a page.
 * Returns per hit thread_id, comment_id, rank, snippet, and the columns of the thread (alias t) and the comment (alias c)
 * that the given select lists name, so the service needs no second round trip for them.
 * Params: $1 query text, $2 readable space ids, $3 spaces whose members-only threads are readable, $4 kind, $5 page size.
 */
export const searchSql = (threadSelect: string, commentSelect: string) => `WITH in_threads AS (
    SELECT t.id AS thread_id, NULL::uuid AS comment_id, ts_rank_cd(t.search, ${Q}) * 2 AS rank
    FROM (SELECT t.id, t.search, t.space_id, t.members_only, t.kind FROM threads t WHERE t.search @@ ${FOR_INDEX} LIMIT ${ROWS_CHECKED}) t
    WHERE (NOT ${PHRASE} OR t.search @@ ${Q}) AND ${VISIBLE('t')}
    LIMIT ${THREAD_CANDIDATES}
  ),
  in_recent_threads AS (
    SELECT t.id AS thread_id, NULL::uuid AS comment_id, ts_rank_cd(t.search, ${Q}) * 2 AS rank
    FROM (SELECT t.id, t.search, t.space_id, t.members_only, t.kind FROM threads t ORDER BY t.last_activity_at DESC LIMIT ${RECENT_THREADS}) t
    WHERE t.search @@ ${Q} AND ${VISIBLE('t')}
  ),
  in_recent_comments AS (
    SELECT c.thread_id, c.id AS comment_id, ts_rank_cd(c.search, ${Q}) AS rank
    FROM (SELECT c.id, c.thread_id, c.search, c.deleted_at, c.hidden_at FROM comments c ORDER BY c.seq DESC LIMIT ${RECENT_COMMENTS}) c
    WHERE c.search @@ ${Q} AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND ${IN_VISIBLE_THREAD}
  ),
  in_comments AS (
    SELECT c.thread_id, c.id AS comment_id, ts_rank_cd(c.search, ${Q}) AS rank
    FROM (
      SELECT c.id, c.thread_id, c.search FROM comments c
      WHERE c.search @@ ${FOR_INDEX} AND c.deleted_at IS NULL AND c.hidden_at IS NULL
        -- Older comments only when the newest ones do not fill a page: for common words the GIN scan is the dearest part.
        AND (SELECT count(DISTINCT thread_id) FROM in_recent_comments) < $5
      LIMIT ${ROWS_CHECKED}
    ) c
    WHERE (NOT ${PHRASE} OR c.search @@ ${Q}) AND ${IN_VISIBLE_THREAD}
    LIMIT ${COMMENT_CANDIDATES}
  ),
  best AS (
    SELECT DISTINCT ON (thread_id) thread_id, comment_id, rank
    FROM (
      SELECT * FROM in_threads UNION ALL SELECT * FROM in_recent_threads
      UNION ALL SELECT * FROM in_comments UNION ALL SELECT * FROM in_recent_comments
    ) x
    ORDER BY thread_id, rank DESC
  ),
  page AS (SELECT * FROM best ORDER BY rank DESC, thread_id LIMIT $5)
  SELECT p.thread_id, p.comment_id, p.rank::float8 AS rank,
    ts_headline('dutch', coalesce(c.body, t.title || E'\\n' || t.body), ${Q},
      'StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS snippet,
    ${threadSelect}, ${commentSelect}
  FROM page p JOIN threads t ON t.id = p.thread_id LEFT JOIN comments c ON c.id = p.comment_id
  ORDER BY p.rank DESC, p.thread_id`;
