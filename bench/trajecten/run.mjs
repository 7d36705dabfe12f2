#!/usr/bin/env node
// Trajecten benchmark: `npm run build -w backend && node bench/trajecten/run.mjs` (see bench/trajecten/README.md).
//  1. The trajecten overview (100 trajecten with progress, subscriber and rollout counts and the latest update)
//     through the full built app, against a bare node:http + pg.Pool baseline answering the same JSON.
//  2. The number of SQL queries one overview request costs, for pages of 5, 25 and 100 trajecten.
// Figures only: a missed target never fails the process; wrong answers, a broken build or a server
// that does not start do.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import pg from 'pg';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'backend/dist');
const APP_MAIN = join(DIST, 'main.js');
const BARE_MAIN = join(ROOT, 'bench/trajecten/bare-server.mjs');
const HOST = '127.0.0.1';
const TRAJECTEN = 100;
const TARGET_RATIO = 0.5;

// `first` as a variable, as the web app sends it (GraphQL Armor multiplies the cost of a literal `first`).
const OVERVIEW = `query Overview($first: Int!) { trajecten(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
  slug title summary status phase pillars progress participantCount followerCount
  rolloutCounts { interested participant live notInvolved total } latestUpdate { title publishedAt } } } } }`;
const overviewBody = (first) => Buffer.from(JSON.stringify({ query: OVERVIEW, variables: { first } }));
const BODY = overviewBody(TRAJECTEN);

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '16' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('Usage: node bench/trajecten/run.mjs [--duration 10] [--warmup 2] [--connections 16] [--pg <admin url>]');
  process.exit(0);
}
const opt = { durationMs: Number(args.duration) * 1000, warmupMs: Number(args.warmup) * 1000, connections: Number(args.connections), pgUrl: args.pg };
for (const [k, v] of Object.entries(opt)) {
  if (k !== 'pgUrl' && (!Number.isFinite(v) || v < 0)) {
    console.error(`--${k} must be a positive number`);
    process.exit(2);
  }
}

const progress = (msg) => console.error(`· ${msg}`);
const children = new Set();
let benchDb = null;

async function cleanup() {
  await Promise.all([...children].map((c) => stopChild(c)));
  if (!benchDb) return;
  const admin = new pg.Client({ connectionString: opt.pgUrl });
  try {
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${benchDb}" WITH (FORCE)`);
  } catch (e) {
    console.error(`warning: could not drop database ${benchDb}: ${e.message}`);
  } finally {
    await admin.end().catch(() => {});
  }
  benchDb = null;
}
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => cleanup().finally(() => process.exit(130)));

function freePort() {
  return new Promise((ok, fail) => {
    const s = net.createServer();
    s.unref();
    s.on('error', fail);
    s.listen(0, HOST, () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

function baseEnv() {
  const env = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[k]) env[k] = process.env[k];
  return env;
}

function startChild(label, script, env) {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.label = label;
  child.tail = '';
  const keep = (chunk) => { child.tail = (child.tail + chunk.toString()).slice(-4000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((ok) => child.once('exit', () => ok()));
  child.exited.then(() => { child.gone = true; children.delete(child); });
  children.add(child);
  return child;
}

async function stopChild(child) {
  if (child.gone) return;
  child.kill('SIGTERM');
  if (await Promise.race([child.exited.then(() => true), sleep(10_000).then(() => false)])) return;
  child.kill('SIGKILL');
  await child.exited;
}

function get(port, path) {
  return new Promise((ok) => {
    const req = http.get({ host: HOST, port, path, agent: false, timeout: 1000 }, (res) => { res.resume(); res.on('end', () => ok(res.statusCode)); });
    req.on('timeout', () => req.destroy());
    req.on('error', () => ok(0));
  });
}

async function waitReady(child, port) {
  const deadline = performance.now() + 120_000;
  for (;;) {
    if (child.gone) throw new Error(`${child.label} exited before it was ready. Last output:\n${child.tail}`);
    if ((await get(port, '/ready')) === 200) return;
    if (performance.now() > deadline) throw new Error(`${child.label} was not ready within 120 s. Last output:\n${child.tail}`);
    await sleep(50);
  }
}

function post(agent, port, body = BODY) {
  return new Promise((ok) => {
    const start = performance.now();
    const req = http.request({
      host: HOST, port, path: '/graphql', method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': body.length, accept: 'application/json' },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - start }));
      res.on('error', () => ok({ status: 0 }));
    });
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => ok({ status: 0 }));
    req.end(body);
  });
}

/** Closed loop: `connections` workers each send the next request when the previous answer is in. */
async function load(port, { durationMs, connections, expectedLength }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let errors = 0;
  const t0 = performance.now();
  const end = t0 + durationMs;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < end) {
      const r = await post(agent, port);
      if (r.status === 200 && r.body.length === expectedLength) latencies.push(r.ms);
      else errors++;
    }
  }));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  const pct = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN);
  return { ok: sorted.length, errors, rps: sorted.length / seconds, p50: pct(0.5), p99: pct(0.99) };
}

/** 100 public trajecten with milestones, updates, a team, subscribers and a rollout, straight into the database. */
async function seed(databaseUrl) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query(`INSERT INTO users (email, display_name, password_hash, bestuur_id)
      SELECT 'bench' || i || '@gemeente.test', 'Persoon ' || i, 'not-a-password-hash',
        (SELECT id FROM besturen WHERE kind = 'MUNICIPALITY' ORDER BY nis_code OFFSET (i * 7) % 285 LIMIT 1)
      FROM generate_series(1, 80) AS i`);
    await c.query(`INSERT INTO trajects (slug, title, summary, phase, pillars, status, progress)
      SELECT 'traject-' || i, 'Traject ' || lpad(i::text, 3, '0'), 'Samenvatting van traject ' || i,
        (ARRAY['ADOPTEREN', 'INNOVEREN'])[1 + i % 2], ARRAY[(ARRAY['INFORMATIE_ICT_CAPACITEIT', 'INTERBESTUURLIJKE_KETENINTEGRATIE', 'LOKALE_BESTUREN_KETENPARTNER'])[1 + i % 3]],
        (ARRAY['IDEE', 'VOORBEREIDING', 'PILOOTFASE', 'UITROL', 'AFGEROND', 'GEPAUZEERD'])[1 + i % 6], (i * 7) % 101
      FROM generate_series(1, ${TRAJECTEN}) AS i`);
    await c.query(`INSERT INTO milestones (traject_id, title, due_date, status, weight)
      SELECT t.id, 'Mijlpaal ' || m, DATE '2025-01-01' + m * 60, (ARRAY['GEPLAND', 'BEZIG', 'BEHAALD', 'VERTRAAGD'])[1 + m % 4], m
      FROM trajects t CROSS JOIN generate_series(1, 4) AS m`);
    await c.query(`INSERT INTO progress_updates (traject_id, title, body, status, published_at)
      SELECT t.id, 'Bericht ' || k || ' van ' || t.title, 'Tekst', 'PUBLISHED', now() - (k || ' days')::interval
      FROM trajects t CROSS JOIN generate_series(1, 3) AS k`);
    await c.query(`INSERT INTO traject_members (traject_id, user_id, role)
      SELECT t.id, u.id, 'LEAD' FROM trajects t JOIN users u ON u.email = 'bench' || (1 + abs(hashtext(t.slug)) % 80) || '@gemeente.test'`);
    await c.query(`INSERT INTO traject_subscriptions (traject_id, user_id, level, request_status)
      SELECT t.id, u.id, CASE WHEN (abs(hashtext(t.slug || u.email)) % 4) = 0 THEN 'DEELNEMEN' ELSE 'VOLGEN' END,
             CASE WHEN (abs(hashtext(t.slug || u.email)) % 4) = 0 THEN 'ACCEPTED' END
      FROM trajects t JOIN users u ON abs(hashtext(t.slug || u.email)) % 3 = 0
      ON CONFLICT DO NOTHING`);
    await c.query(`INSERT INTO traject_rollout (traject_id, bestuur_id, status)
      SELECT t.id, b.id, (ARRAY['GEINTERESSEERD', 'DEELNEMER', 'LIVE'])[1 + abs(hashtext(t.slug || b.code)) % 3]
      FROM trajects t JOIN besturen b ON b.kind = 'MUNICIPALITY' AND abs(hashtext(t.slug || b.code)) % 5 = 0`);
    // Fresh statistics, as autovacuum would have gathered them on a database in use: both servers get sane plans.
    await c.query('ANALYZE');
    const [{ n }] = (await c.query(`SELECT count(*)::int AS n FROM traject_rollout`)).rows;
    progress(`seeded ${TRAJECTEN} trajecten (400 milestones, 300 updates, ${n} rollout rows)`);
  } finally {
    await c.end();
  }
}

async function answer(port, label) {
  const agent = new http.Agent({ keepAlive: false });
  const r = await post(agent, port);
  agent.destroy();
  const json = r.status === 200 ? JSON.parse(r.body.toString()) : null;
  if (!json?.data?.trajecten) throw new Error(`${label}: the overview failed (${r.status}): ${r.body?.toString().slice(0, 800)}`);
  return { json: json.data.trajecten, length: r.body.length, queries: r.headers['x-sql-queries'] };
}

function verify(gql, bare) {
  const fail = (msg) => { throw new Error(`ANSWERS DIFFER — the comparison would be meaningless.\n${msg}`); };
  if (gql.edges.length !== TRAJECTEN || bare.edges.length !== TRAJECTEN) fail(`expected ${TRAJECTEN} edges, got ${gql.edges.length} and ${bare.edges.length}`);
  gql.edges.forEach((e, i) => {
    if (!isDeepStrictEqual(e, bare.edges[i])) fail(`edge ${i}:\n  GraphQL ${JSON.stringify(e)}\n  bare    ${JSON.stringify(bare.edges[i])}`);
  });
  if (gql.totalCount !== bare.totalCount || !isDeepStrictEqual(gql.pageInfo, bare.pageInfo)) fail('totalCount or pageInfo differ');
}

/** Starts the built app in this process to count the SQL statements one overview request sends. */
async function countQueries(databaseUrl) {
  const { loadConfig } = await import(pathToFileURL(join(DIST, 'config.js')).href);
  const { createLogger } = await import(pathToFileURL(join(DIST, 'common/logger.js')).href);
  const { startServer } = await import(pathToFileURL(join(DIST, 'server.js')).href);
  const cfg = loadConfig({ NODE_ENV: 'production', PORT: '0', HOST, LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, MAIL_POLL_SECONDS: '86400', APP_ORIGIN: 'http://bench.test', APP_SECRET: randomBytes(32).toString('hex') }, []);
  const server = await startServer(cfg, createLogger('silent'));
  const port = Number(new URL(server.url).port);
  const ds = server.ds;
  const original = ds.createQueryRunner;
  let n = 0;
  ds.createQueryRunner = function (mode) {
    const runner = original.call(this, mode);
    const query = runner.query.bind(runner);
    runner.query = (...a) => { n++; return query(...a); };
    return runner;
  };
  const out = {};
  try {
    for (const first of [5, 25, 100]) {
      n = 0;
      const r = await post(new http.Agent({ keepAlive: false }), port, overviewBody(first));
      if (r.status !== 200 || JSON.parse(r.body.toString()).errors) throw new Error(`counting run failed: ${r.body}`);
      out[first] = n;
    }
  } finally {
    ds.createQueryRunner = original;
    await server.close();
  }
  return out;
}

const f = (v, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : 'n/a');
const row = (cells, w) => cells.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ');

async function main() {
  if (!existsSync(APP_MAIN)) throw new Error('backend/dist is missing: run `npm run build -w backend` first');
  benchDb = `kw_bench_traj_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: opt.pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${benchDb}"`);
  await admin.end();
  const url = new URL(opt.pgUrl);
  url.pathname = `/${benchDb}`;
  const databaseUrl = url.toString();

  const appPort = await freePort();
  const app = startChild('GraphQL app', APP_MAIN, {
    ...baseEnv(), DATABASE_URL: databaseUrl, PORT: String(appPort), HOST, NODE_ENV: 'production', LOG_LEVEL: 'warn', APP_SECRET: randomBytes(32).toString('hex'), APP_ORIGIN: `http://${HOST}:${appPort}`,
  });
  await waitReady(app, appPort);
  await seed(databaseUrl);
  const barePort = await freePort();
  const bare = startChild('bare server', BARE_MAIN, { ...baseEnv(), DATABASE_URL: databaseUrl, PORT: String(barePort), HOST });
  await waitReady(bare, barePort);

  const gqlAnswer = await answer(appPort, 'GraphQL app');
  const bareAnswer = await answer(barePort, 'bare server');
  verify(gqlAnswer.json, bareAnswer.json);
  progress(`answers match: the same ${TRAJECTEN} trajecten with the same counts`);
  const queries = await countQueries(databaseUrl);

  const results = {};
  for (const [key, port, length] of [['gql', appPort, gqlAnswer.length], ['bare', barePort, bareAnswer.length]]) {
    if (opt.warmupMs) await load(port, { durationMs: opt.warmupMs, connections: opt.connections, expectedLength: length });
    progress(`${key}: measuring ${opt.durationMs / 1000} s at ${opt.connections} connections`);
    results[key] = await load(port, { durationMs: opt.durationMs, connections: opt.connections, expectedLength: length });
  }

  const { gql, bare: b } = results;
  const w = [34, 11, 9, 9, 10, 7];
  const cpu = os.cpus();
  console.log([
    '',
    `Trajecten benchmark — ${cpu.length} × ${cpu[0]?.model?.trim() ?? 'cpu'}, node ${process.version}`,
    '',
    `trajecten(first: ${TRAJECTEN}) overview — ${opt.connections} connections, ${opt.durationMs / 1000} s measured after ${opt.warmupMs / 1000} s warm-up`,
    row(['', 'requests/s', 'p50 ms', 'p99 ms', 'requests', 'errors'], w),
    row(['─'.repeat(34), '─'.repeat(11), '─'.repeat(9), '─'.repeat(9), '─'.repeat(10), '─'.repeat(7)], w),
    row(['GraphQL (full app, NestJS/Apollo)', f(gql.rps), f(gql.p50, 2), f(gql.p99, 2), gql.ok, gql.errors], w),
    row(['bare (node:http + pg.Pool)', f(b.rps), f(b.p50, 2), f(b.p99, 2), b.ok, b.errors], w),
    row(['GraphQL / bare', `${f(gql.rps / b.rps, 2)}×`, `${f(gql.p50 / b.p50, 2)}×`, `${f(gql.p99 / b.p99, 2)}×`, '', ''], w),
    '',
    `Target: GraphQL throughput ≥ ${TARGET_RATIO}× bare → ${f(gql.rps / b.rps, 2)}× — ${gql.rps / b.rps >= TARGET_RATIO ? 'MET' : 'NOT MET'}`,
    '',
    'SQL queries per overview request (GraphQL app, counted in-process; bare by construction)',
    row(['page size', '5', '25', '100'], [34, 6, 6, 6]),
    row(['GraphQL', queries[5], queries[25], queries[100]], [34, 6, 6, 6]),
    row(['bare', bareAnswer.queries, bareAnswer.queries, bareAnswer.queries], [34, 6, 6, 6]),
    `Constant regardless of the number of trajecten: ${queries[5] === queries[25] && queries[25] === queries[100] ? 'yes' : 'NO'}`,
    '',
  ].join('\n'));
}

main()
  .then(() => cleanup())
  .then(() => process.exit(0))
  .catch(async (err) => {
    console.error(`\nbench failed: ${err?.stack ?? err}`);
    await cleanup();
    process.exit(1);
  });
