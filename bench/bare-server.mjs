// Bare baseline for the benchmark: node:http + pg.Pool, no framework.
// Answers POST /graphql (any body) with the same JSON shape and rows as
//   besturen(first: 50) { edges { cursor node { nisCode name province population region { slug name } } }
//                         pageInfo { endCursor hasNextPage } totalCount }
// Started by bench/run.mjs as a child process, so it gets its own event loop like the real app.
// Env: DATABASE_URL, PORT, HOST (default 127.0.0.1), DATABASE_POOL_SIZE (default 10, as the app).
import http from 'node:http';
import pg from 'pg';

const FIRST = 50;
const PAGE_SQL = `SELECT b.id, b.nis_code, b.name, b.province, b.population, r.slug AS region_slug, r.name AS region_name
  FROM besturen b LEFT JOIN regions r ON r.id = b.region_id
  WHERE b.kind = 'MUNICIPALITY' ORDER BY b.name, b.id LIMIT ${FIRST + 1}`;
const COUNT_SQL = `SELECT count(*)::int AS n FROM besturen WHERE kind = 'MUNICIPALITY'`;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });

// Same cursor format as the app (base64url of JSON [sort key, id]).
const cursor = (row) => Buffer.from(JSON.stringify([row.name, row.id])).toString('base64url');

async function besturen() {
  // Sequential, like the app: count first, then the page.
  const count = await pool.query(COUNT_SQL);
  const page = await pool.query(PAGE_SQL);
  const rows = page.rows.slice(0, FIRST);
  const edges = rows.map((r) => ({
    cursor: cursor(r),
    node: {
      nisCode: r.nis_code,
      name: r.name,
      province: r.province,
      population: r.population,
      region: r.region_slug === null ? null : { slug: r.region_slug, name: r.region_name },
    },
  }));
  return {
    data: {
      besturen: {
        edges,
        pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: page.rows.length > FIRST },
        totalCount: count.rows[0].n,
      },
    },
  };
}

function send(res, status, body) {
  const buf = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': buf.length });
  res.end(buf);
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/ready') {
    pool.query('SELECT 1').then(() => send(res, 200, { status: 'ready' }), () => send(res, 503, { status: 'database unreachable' }));
    return;
  }
  if (req.method === 'POST' && req.url === '/graphql') {
    // Read (and ignore) the body, as a real endpoint would have to.
    req.on('data', () => {});
    req.on('end', () => {
      besturen().then(
        (body) => send(res, 200, body),
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
