// Bare baseline for the trajecten benchmark: node:http + pg.Pool, no framework.
// Answers POST /graphql (any body) with the same JSON as the app for bench/trajecten/run.mjs's OVERVIEW query:
//   trajecten(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
//     slug title summary status phase pillars progress participantCount followerCount
//     rolloutCounts { interested participant live notInvolved total } latestUpdate { title publishedAt } } } }
// for an anonymous visitor (public trajecten only). Two queries, one after the other as the app would:
// the count, then the page with its counts aggregated in one statement. The header x-sql-queries says how many ran.
// Env: DATABASE_URL, PORT, HOST (default 127.0.0.1), DATABASE_POOL_SIZE (default 10, as the app).
import http from 'node:http';
import pg from 'pg';

const FIRST = 100;
const COUNT_SQL = `SELECT count(*)::int AS n FROM trajects WHERE visibility = 'PUBLIC'`;
// One statement: the page, then each count aggregated once over the page's trajecten (no per-row subqueries).
const PAGE_SQL = `
  WITH page AS (
    SELECT id, slug, title, summary, status, phase, pillars, progress FROM trajects
    WHERE visibility = 'PUBLIC' ORDER BY title, id LIMIT ${FIRST + 1}
  ), subs AS (
    SELECT traject_id,
      count(*) FILTER (WHERE level = 'DEELNEMEN' AND request_status = 'ACCEPTED')::int AS participants,
      count(*) FILTER (WHERE level = 'VOLGEN')::int AS followers
    FROM traject_subscriptions WHERE traject_id IN (SELECT id FROM page) GROUP BY traject_id
  ), roll AS (
    SELECT r.traject_id,
      count(*) FILTER (WHERE r.status = 'GEINTERESSEERD')::int AS interested,
      count(*) FILTER (WHERE r.status = 'DEELNEMER')::int AS participant,
      count(*) FILTER (WHERE r.status = 'LIVE')::int AS live
    FROM traject_rollout r JOIN besturen b ON b.id = r.bestuur_id AND b.kind = 'MUNICIPALITY'
    WHERE r.traject_id IN (SELECT id FROM page) GROUP BY r.traject_id
  ), latest AS (
    SELECT DISTINCT ON (traject_id) traject_id, title, published_at FROM progress_updates
    WHERE status = 'PUBLISHED' AND traject_id IN (SELECT id FROM page)
    ORDER BY traject_id, published_at DESC, id DESC
  )
  SELECT p.*, coalesce(s.participants, 0) AS participants, coalesce(s.followers, 0) AS followers,
    coalesce(r.interested, 0) AS interested, coalesce(r.participant, 0) AS participant, coalesce(r.live, 0) AS live,
    (SELECT count(*)::int FROM besturen WHERE kind = 'MUNICIPALITY') AS total,
    l.title AS update_title, l.published_at
  FROM page p
  LEFT JOIN subs s ON s.traject_id = p.id
  LEFT JOIN roll r ON r.traject_id = p.id
  LEFT JOIN latest l ON l.traject_id = p.id
  ORDER BY p.title, p.id`;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });

// Same cursor format as the app (base64url of JSON [sort key, id]).
const cursor = (row) => Buffer.from(JSON.stringify([row.title, row.id])).toString('base64url');

async function overview() {
  const count = await pool.query(COUNT_SQL);
  const page = await pool.query(PAGE_SQL);
  const rows = page.rows.slice(0, FIRST);
  const edges = rows.map((r) => ({
    cursor: cursor(r),
    node: {
      slug: r.slug,
      title: r.title,
      summary: r.summary,
      status: r.status,
      phase: r.phase,
      pillars: r.pillars,
      progress: r.progress,
      participantCount: r.participants,
      followerCount: r.followers,
      rolloutCounts: {
        interested: r.interested, participant: r.participant, live: r.live,
        notInvolved: r.total - r.interested - r.participant - r.live, total: r.total,
      },
      latestUpdate: r.update_title === null ? null : { title: r.update_title, publishedAt: r.published_at.toISOString() },
    },
  }));
  return {
    data: {
      trajecten: {
        totalCount: count.rows[0].n,
        pageInfo: { hasNextPage: page.rows.length > FIRST, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
      },
    },
  };
}

function send(res, status, body, headers = {}) {
  const buf = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': buf.length, ...headers });
  res.end(buf);
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/ready') {
    pool.query('SELECT 1').then(() => send(res, 200, { status: 'ready' }), () => send(res, 503, { status: 'database unreachable' }));
    return;
  }
  if (req.method === 'POST' && req.url === '/graphql') {
    req.on('data', () => {});
    req.on('end', () => {
      overview().then(
        (body) => send(res, 200, body, { 'x-sql-queries': '2' }),
        (err) => send(res, 500, { errors: [{ message: String(err?.message ?? err) }] }),
      );
    });
    return;
  }
  send(res, 404, { error: 'not found' });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');

const stop = () => {
  server.close();
  server.closeAllConnections?.();
  pool.end().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
