#!/usr/bin/env node
// Notifications benchmark: `node bench/notifications/run.mjs` (see bench/README.md).
// A progress update is published (through GraphQL) in a traject followed by 5,000 people: how long
// until all 5,000 notifications exist, each queued for its person's daily digest, against a bare
// INSERT … SELECT of the same 5,000 rows into the same table in the same run. Then the daily digest:
// how long until the 5,000 digest mails are in the outbox, against a bare INSERT … SELECT of as many
// digest runs and mails. Figures only: a missed target never fails the process; wrong counts do.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'backend/dist');
const dist = (p) => import(pathToFileURL(join(DIST, p)).href);
const TARGET = 3;

const { values: opt } = parseArgs({
  options: {
    followers: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '5' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
const FOLLOWERS = Number(opt.followers);
const RUNS = Number(opt.runs);
const progress = (m) => console.error(`· ${m}`);

let dbName = null;
let server = null;
let pool = null;

async function admin(sql) {
  const c = new pg.Client({ connectionString: opt.pg });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function cleanup() {
  await pool?.end().catch(() => {});
  await server?.close().catch(() => {});
  if (dbName) await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch((e) => console.error(`warning: could not drop ${dbName}: ${e.message}`));
  dbName = null;
}
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => void cleanup().finally(() => process.exit(130)));

async function ensureBuilt() {
  if (existsSync(join(DIST, 'server.js'))) return;
  progress('backend/dist is missing: npm run build -w backend');
  const ok = await new Promise((done) => spawn('npm', ['run', 'build', '-w', 'backend'], { cwd: ROOT, stdio: 'inherit' }).on('exit', (c) => done(c === 0)));
  if (!ok) throw new Error('could not build the backend');
}

async function gql(url, cookie, query, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://bench.test', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: res.headers.getSetCookie()[0]?.split(';')[0] };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (v) => `${v.toFixed(1)} ms`;

async function main() {
  await ensureBuilt();
  dbName = `kw_bench_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE "${dbName}"`);
  const url = new URL(opt.pg);
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();

  const { loadConfig } = await dist('config.js');
  const { createLogger } = await dist('common/logger.js');
  const { startServer } = await dist('server.js');
  const { hashPassword } = await dist('modules/accounts/passwords.js');
  const { DigestsService } = await dist('modules/notifications/digests.service.js');
  const { periodContaining } = await dist('modules/notifications/periods.js');
  const cfg = loadConfig({
    NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', DATABASE_URL: databaseUrl,
    MAIL_POLL_SECONDS: '86400', APP_ORIGIN: 'http://bench.test', APP_SECRET: randomBytes(32).toString('hex'),
  }, []);
  server = await startServer(cfg, createLogger(cfg.LOG_LEVEL));
  pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  progress(`app running on ${dbName}`);

  // 5,000 people following a traject (VOLGEN), and its lead.
  const password = 'Bench-wachtwoord-2025';
  const [{ id: leadId }] = (await pool.query(
    `INSERT INTO users (email, display_name, password_hash, email_verified_at) VALUES ('lead@bench.test', 'Lien Trekker', $1, now()) RETURNING id`,
    [await hashPassword(password)])).rows;
  await pool.query(
    `INSERT INTO users (email, display_name, password_hash, email_verified_at)
     SELECT 'volger' || i || '@bench.test', 'Volger ' || i, 'x', now() FROM generate_series(1, $1) i`, [FOLLOWERS]);
  const [{ id: trajectId }] = (await pool.query(
    `INSERT INTO trajects (slug, title, summary, phase, pillars, status) VALUES ('bench-traject', 'Bench-traject', 'Gevolgd door velen', 'INNOVEREN',
     ARRAY['INTERBESTUURLIJKE_KETENINTEGRATIE'], 'PILOOTFASE') RETURNING id`)).rows;
  await pool.query(`INSERT INTO traject_members (traject_id, user_id, role) VALUES ($1, $2, 'LEAD')`, [trajectId, leadId]);
  await pool.query(
    `INSERT INTO traject_subscriptions (traject_id, user_id, level) SELECT $1, id, 'VOLGEN' FROM users WHERE email LIKE 'volger%'`, [trajectId]);
  await pool.query('ANALYZE');
  const { cookie } = await gql(server.url, null, `mutation($input: LoginInput!) { login(input: $input) { id } }`,
    { input: { email: 'lead@bench.test', password } });
  progress(`${FOLLOWERS} followers, lead signed in`);

  const fanout = [];
  const published = [];
  const bare = [];
  for (let run = 1; run <= RUNS; run++) {
    const { data } = await gql(server.url, cookie, `mutation($input: CreateProgressUpdateInput!) { createProgressUpdate(input: $input) { id } }`,
      { input: { trajectId, title: `Stand van zaken ${run}`, body: 'De pilootfase loopt **goed**.' } });
    const updateId = data.createProgressUpdate.id;
    const t0 = performance.now();
    await gql(server.url, cookie, `mutation($input: ProgressUpdateIdInput!) { publishProgressUpdate(input: $input) { id } }`, { input: { updateId } });
    published.push(performance.now() - t0);
    const [{ p }] = (await pool.query(
      `SELECT position::text AS p FROM traject_events WHERE traject_id = $1 AND type = 'UPDATE_PUBLISHED' AND payload->>'updateId' = $2`, [trajectId, updateId])).rows;
    // The cursor moves in the transaction that writes the notifications: past the event means all of them exist.
    for (;;) {
      const [c] = (await pool.query(`SELECT position >= $1 AS done FROM notification_cursors WHERE source = 'traject_events'`, [p])).rows;
      if (c.done) break;
      await sleep(1);
    }
    const t1 = performance.now();
    const [n] = (await pool.query(
      `SELECT count(*)::int AS all, count(*) FILTER (WHERE email_delivery = 'DAGELIJKS' AND digest_run_id IS NULL)::int AS queued
       FROM notifications WHERE update_id = $1`, [updateId])).rows;
    if (n.all !== FOLLOWERS || n.queued !== FOLLOWERS) throw new Error(`expected ${FOLLOWERS} notifications queued for the digest, found ${JSON.stringify(n)}`);
    fanout.push(t1 - t0);

    // The same rows into the same table (same indexes, constraints and foreign keys), then removed again.
    const b = await pool.connect();
    try {
      const s0 = performance.now();
      await b.query('BEGIN');
      await b.query(
        `INSERT INTO notifications (recipient_id, type, source, position, dedupe_key, actor_id, actor_name, subject_title, excerpt, context_kind,
           context_id, context_title, link, traject_id, update_id, details, email_delivery, created_at)
         SELECT s.user_id, 'PROGRESS_UPDATE', 'traject_events', $3::bigint, $5, $4, 'Lien Trekker', 'Stand van zaken', 'De pilootfase loopt goed.',
           'TRAJECT', $1, 'Bench-traject', $6, $1, $2, '{}', 'DAGELIJKS', date_trunc('milliseconds', now())
         FROM traject_subscriptions s JOIN users u ON u.id = s.user_id WHERE s.traject_id = $1`,
        [trajectId, updateId, p, leadId, `bare:${updateId}`, `/trajecten/bench-traject#update-${updateId}`]);
      await b.query('COMMIT');
      bare.push(performance.now() - s0);
    } finally {
      b.release();
    }
    await pool.query(`DELETE FROM notifications WHERE dedupe_key LIKE 'bare:%'`);
    progress(`run ${run}/${RUNS}: fan-out ${ms(fanout.at(-1))}, bare insert ${ms(bare.at(-1))}`);
  }

  // The daily digest of those updates: one mail per follower. The notifications table grew by
  // 25,000 rows within seconds; statistics as autovacuum keeps them in a running system.
  await pool.query('ANALYZE notifications');
  const at = new Date(periodContaining('DAGELIJKS', new Date()).end.getTime() + 8 * 3_600_000);
  const d0 = performance.now();
  const mails = await server.app.get(DigestsService).runDue(at);
  const digest = performance.now() - d0;
  if (mails !== FOLLOWERS) throw new Error(`expected ${FOLLOWERS} digests, built ${mails}`);
  const [{ len }] = (await pool.query(`SELECT avg(length(text_body) + coalesce(length(html_body), 0))::int AS len FROM outbox_mails WHERE subject LIKE 'Je dagelijkse%'`)).rows;
  const b0 = performance.now();
  await pool.query('BEGIN');
  await pool.query(`INSERT INTO digest_runs (user_id, frequency, period_key) SELECT id, 'DAGELIJKS', 'bare' FROM users WHERE email LIKE 'volger%'`);
  await pool.query(
    `INSERT INTO outbox_mails (to_address, subject, text_body, html_body, headers)
     SELECT email, 'Je dagelijkse samenvatting', repeat('x', $1 / 2), repeat('x', $1 / 2), '{"List-Unsubscribe": "<x>"}' FROM users WHERE email LIKE 'volger%'`, [len]);
  await pool.query('ROLLBACK');
  const digestBare = performance.now() - b0;

  const f = median(fanout);
  const b = median(bare);
  console.log(`
Notifications: a progress update in a traject followed by ${FOLLOWERS} people (${RUNS} runs, medians)

  publish → all ${FOLLOWERS} notifications exist, each queued for its digest   ${ms(f)}
    of which the publishProgressUpdate request itself                    ${ms(median(published))}
  bare INSERT … SELECT of the same ${FOLLOWERS} rows                          ${ms(b)}
  ratio                                                                  ${(f / b).toFixed(2)}×  (target ≤ ${TARGET}×: ${f / b <= TARGET ? 'met' : 'MISSED'})

  daily digest: ${FOLLOWERS} mails queued (each with ${RUNS} items)            ${ms(digest)}
  bare INSERT … SELECT of ${FOLLOWERS} digest runs and mails                 ${ms(digestBare)}
  ratio                                                                  ${(digest / digestBare).toFixed(2)}×  (no target)
`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => cleanup());
