// Shared by the werkruimte benchmarks (bench/discussions/*.mjs): child processes, a throw-away
// database, sessions, a closed-loop HTTP load generator and the report table. Plain Node, no build.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const APP_MAIN = join(ROOT, 'backend/dist/main.js');
export const HOST = '127.0.0.1';
export const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
export { sleep };
// Production mode wants a secret; any fixed one will do for a run on a throw-away database.
const BENCH_SECRET = randomBytes(32).toString('hex');

export const progress = (msg) => console.error(`· ${msg}`);

// ---------------------------------------------------------------- cleanup

const children = new Set();
const databases = new Set();
let cleaning = null;

export function cleanup() {
  cleaning ??= (async () => {
    await Promise.all([...children].map((c) => stopChild(c)));
    for (const name of databases) {
      const admin = new pg.Client({ connectionString: PG_URL });
      try {
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } catch (e) {
        console.error(`warning: could not drop database ${name}: ${e.message}`);
      } finally {
        await admin.end().catch(() => {});
      }
    }
    databases.clear();
  })();
  return cleaning;
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    console.error(`\n${sig}: stopping servers and dropping the bench databases…`);
    cleanup().finally(() => process.exit(130));
  });
}

/** Runs `main`, cleans up, exits 0 on success and 1 when something is wrong (never for a missed target). */
export function runMain(main) {
  main()
    .then(() => cleanup())
    .then(() => process.exit(0))
    .catch(async (err) => {
      console.error(`\nbench failed: ${err?.stack ?? err}`);
      await cleanup();
      process.exit(1);
    });
}

// ---------------------------------------------------------------- processes

export function freePort() {
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

/** A minimal environment, so the caller's REDIS_URL, NODE_ENV… do not leak in. */
export function baseEnv() {
  const env = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT']) if (process.env[k]) env[k] = process.env[k];
  return env;
}

/** `nodeArgs`, e.g. BENCH_APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" for the app, profile a child under load. */
export function startChild(label, script, env, nodeArgs = []) {
  const child = spawn(process.execPath, [...nodeArgs, script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.label = label;
  child.tail = '';
  const keep = (chunk) => {
    child.tail = (child.tail + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  if (process.env.BENCH_CHILD_LOG) {
    // Everything the children print (e.g. `--trace-gc-nvp` lines) in one file, for reading afterwards.
    const log = createWriteStream(process.env.BENCH_CHILD_LOG, { flags: 'a' });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
  }
  child.exited = new Promise((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
  child.exitInfo = null;
  child.exited.then((info) => {
    child.exitInfo = info;
    children.delete(child);
  });
  children.add(child);
  return child;
}

export async function stopChild(child, graceMs = 10_000) {
  if (child.exitInfo) return;
  child.kill('SIGTERM');
  const clean = await Promise.race([child.exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!clean) {
    child.kill('SIGKILL');
    await child.exited;
  }
}

function getStatus(port, path) {
  return new Promise((ok) => {
    const req = http.get({ host: HOST, port, path, agent: false, timeout: 1000 }, (res) => {
      res.resume();
      res.on('end', () => ok(res.statusCode));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => ok(0));
  });
}

export async function waitReady(child, port, deadlineMs = 180_000) {
  const deadline = performance.now() + deadlineMs;
  for (;;) {
    if (child.exitInfo) throw new Error(`${child.label} exited (${JSON.stringify(child.exitInfo)}) before it was ready:\n${child.tail}`);
    if ((await getStatus(port, '/ready')) === 200) return;
    if (performance.now() > deadline) throw new Error(`${child.label} was not ready in time:\n${child.tail}`);
    await sleep(50);
  }
}

export function ensureBuilt() {
  if (!existsSync(APP_MAIN)) throw new Error('backend/dist is missing: run `npm run build` first.');
}

/** The built app as a child process on `databaseUrl`, in production mode (`nodeArgs`: node flags for it). */
export async function startApp(label, databaseUrl, extra = {}, nodeArgs = []) {
  const port = await freePort();
  const child = startChild(label, APP_MAIN, {
    ...baseEnv(), DATABASE_URL: databaseUrl, PORT: String(port), HOST, NODE_ENV: 'production', LOG_LEVEL: 'warn',
    APP_ORIGIN: `http://${HOST}:${port}`, MAIL_POLL_SECONDS: '86400', APP_SECRET: BENCH_SECRET,
    // e.g. BENCH_APP_ENV="GRAPHQL_JIT=false" to measure the app with a setting changed
    ...Object.fromEntries((process.env.BENCH_APP_ENV ?? '').split(' ').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)])),
    ...extra,
  }, [...(process.env.BENCH_APP_NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...nodeArgs]);
  await waitReady(child, port);
  return { child, port, url: `http://${HOST}:${port}`, origin: `http://${HOST}:${port}` };
}

// ---------------------------------------------------------------- database

/** Leaves the database in place at the end of the run (for EXPLAIN afterwards); drop it yourself. */
export function keepDatabase(name) {
  databases.delete(name);
}

export async function createDatabase(prefix) {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    databases.add(name);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return { name, url: u.toString() };
}

/** People with a bestuur in Regio Gent and a session each; returns their ids and cookies. */
export async function peopleWithSessions(pool, n, prefix = 'bench') {
  const out = [];
  for (let i = 0; i < n; i++) {
    const token = randomBytes(32).toString('base64url');
    const hash = createHash('sha256').update(token).digest('hex');
    const { rows: [u] } = await pool.query(
      `INSERT INTO users (email, display_name, job_title, password_hash, email_verified_at, bestuur_id)
       VALUES ($1, $2, 'Informatieveiligheidsconsulent', 'not-a-hash', now(), (SELECT id FROM besturen WHERE code = '44021'))
       RETURNING id, display_name`,
      [`${prefix}${i}-${randomBytes(3).toString('hex')}@bench.test`, `${prefix === 'bench' ? 'Collega' : prefix} ${i}`],
    );
    await pool.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [u.id, hash]);
    out.push({ id: u.id, displayName: u.display_name, cookie: `kw_session=${token}` });
  }
  return out;
}

// ---------------------------------------------------------------- HTTP

export function request(port, { path = '/graphql', method = 'POST', body, headers = {}, agent }) {
  return new Promise((ok) => {
    const start = performance.now();
    const req = http.request({ host: HOST, port, path, method, agent, headers: { 'content-type': 'application/json', ...(body ? { 'content-length': body.length } : {}), ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, body: Buffer.concat(chunks), ms: performance.now() - start, end: performance.now() }));
      res.on('error', () => ok({ status: 0 }));
    });
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => ok({ status: 0 }));
    req.end(body);
  });
}

export async function gql(port, query, variables, headers = {}) {
  const r = await request(port, { body: Buffer.from(JSON.stringify({ query, variables })), headers });
  const json = JSON.parse(r.body.toString() || '{}');
  if (r.status !== 200 || json.errors) throw new Error(`GraphQL answered ${r.status}: ${r.body.toString().slice(0, 500)}`);
  return json.data;
}

/** Closed loop: `connections` workers, each sends its next request when the answer is in. */
export async function load(port, { durationMs, connections, body, headers, expectedLength }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let errors = 0;
  const t0 = performance.now();
  const end = t0 + durationMs;
  const worker = async () => {
    while (performance.now() < end) {
      const r = await request(port, { body, headers, agent });
      if (r.status === 200 && (expectedLength === undefined || r.body.length === expectedLength)) latencies.push(r.ms);
      else errors++;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  return { ...stats(latencies), errors, rps: latencies.length / seconds };
}

export function stats(values) {
  const sorted = Float64Array.from(values).sort();
  const pct = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] : NaN);
  return { n: sorted.length, p50: pct(0.5), p99: pct(0.99), max: sorted.length ? sorted[sorted.length - 1] : NaN };
}

// ---------------------------------------------------------------- CPU time (Linux /proc)

const TICK_MS = 10; // USER_HZ is 100 on Linux
function ticks(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/**
 * CPU milliseconds used so far by a process, and by the PostgreSQL backends serving `database`
 * (their command line names it). Less sensitive to a busy machine than requests/s; null off Linux.
 */
export function cpuSnapshot(pid, database) {
  if (!existsSync('/proc/self/stat')) return null;
  let pgMs = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (!readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(database) || !readFileSync(`/proc/${d}/stat`, 'utf8').includes('(postgres)')) continue;
      pgMs += ticks(d);
    } catch {
      // the backend ended meanwhile
    }
  }
  return { appMs: ticks(pid), pgMs };
}

/** CPU ms per request between two snapshots. */
export function cpuPerRequest(before, after, requests) {
  if (!before || !after || !requests) return null;
  return { app: (after.appMs - before.appMs) / requests, pg: (after.pgMs - before.pgMs) / requests };
}

// ---------------------------------------------------------------- report

export const f = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');
export const row = (cells, widths) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
export function header(title) {
  const cpu = os.cpus();
  return ['', `${title} — ${cpu.length} × ${cpu[0]?.model?.trim() ?? 'cpu'}, node ${process.version}`];
}
export const verdict = (met) => (met ? 'MET' : 'NOT MET');
