// Bare baseline for bench/discussions/thread-read.mjs: node:http + pg.Pool, no framework. Answers
// POST /graphql with the same JSON as the app for
//   thread(id: $id) { id title bodyHtml author { id displayName jobTitle }
//                     comments(first: $n) { edges { node { id bodyHtml createdAt author { id displayName jobTitle } } } } }
// and, like the app, only for a valid session cookie. Env: DATABASE_URL, PORT, HOST.
import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const SESSION = `SELECT u.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > now()`;
const THREAD = `SELECT t.id, t.title, t.body_html, u.id AS author_id, u.display_name, u.job_title
  FROM threads t LEFT JOIN users u ON u.id = t.author_id WHERE t.id = $1`;
const COMMENTS = `SELECT c.id, c.body_html, c.created_at, u.id AS author_id, u.display_name, u.job_title
  FROM comments c LEFT JOIN users u ON u.id = c.author_id
  WHERE c.thread_id = $1 AND c.parent_id IS NULL ORDER BY c.seq LIMIT $2`;

const author = (r) => (r.author_id ? { id: r.author_id, displayName: r.display_name, jobTitle: r.job_title } : null);

async function answer(cookie, variables) {
  const token = /kw_session=([A-Za-z0-9_-]+)/.exec(cookie ?? '')?.[1];
  const session = token ? await pool.query(SESSION, [createHash('sha256').update(token).digest('hex')]) : { rows: [] };
  if (!session.rows.length) return { errors: [{ message: 'Je moet aangemeld zijn.', extensions: { code: 'UNAUTHENTICATED' } }] };
  const [t, c] = await Promise.all([pool.query(THREAD, [variables.id]), pool.query(COMMENTS, [variables.id, variables.n ?? 20])]);
  const thread = t.rows[0];
  return {
    data: {
      thread: {
        id: thread.id, title: thread.title, bodyHtml: thread.body_html, author: author(thread),
        comments: { edges: c.rows.map((r) => ({ node: { id: r.id, bodyHtml: r.body_html, createdAt: r.created_at.toISOString(), author: author(r) } })) },
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
  if (req.method === 'GET' && req.url === '/ready') return send(res, 200, { status: 'ready' });
  if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, { error: 'not found' });
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const { variables } = JSON.parse(Buffer.concat(chunks).toString());
    answer(req.headers.cookie, variables).then((b) => send(res, 200, b), (e) => send(res, 500, { errors: [{ message: String(e.message) }] }));
  });
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
