#!/usr/bin/env node
// Ketenwerk benchmark: `npm run build && npm run bench` (see bench/README.md).
//  1. besturen(first: 50) through the full built app on a fresh PostgreSQL database,
//     against a bare node:http + pg.Pool baseline answering the same JSON, same run, same load.
//  2. Cold start of the embedded default (PGlite): first start on an empty DATA_DIR, second on the same one.
// Figures only: a missed target never fails the process; wrong answers, a broken build or a
// server that does not start do.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import pg from 'pg';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const APP_MAIN = join(ROOT, 'backend/dist/main.js');
const BARE_MAIN = join(ROOT, 'bench/bare-server.mjs');
const HOST = '127.0.0.1';

const QUERY =
  'query Besturen { besturen(first: 50) { edges { cursor node { nisCode name province population region { slug name } } } pageInfo { endCursor hasNextPage } totalCount } }';
const BODY = Buffer.from(JSON.stringify({ query: QUERY }));
const TARGET_RATIO = 0.5;
const REQUEST_TIMEOUT_MS = 10_000;
const READY_POLL_MS = 50;
const START_DEADLINE_MS = 120_000;

// ---------------------------------------------------------------- options

const HELP = `Usage: npm run bench -- [options]

  --duration <s>       measured seconds per server (default 10)
  --warmup <s>         warm-up seconds per server, not measured (default 2)
  --connections <n>    concurrent keep-alive connections (default 16)
  --max-requests <n>   upper bound on requests per measured run (default 1000000)
  --pg <url>           PostgreSQL admin URL used to create/drop the bench database
                       (default postgres://postgres@127.0.0.1:5432/postgres)
  --skip-load          skip the GraphQL vs bare comparison
  --skip-cold          skip the cold-start measurement
  -h, --help           this text
`;

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        duration: { type: 'string', default: '10' },
        warmup: { type: 'string', default: '2' },
        connections: { type: 'string', default: '16' },
        'max-requests': { type: 'string', default: '1000000' },
        pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
        'skip-load': { type: 'boolean', default: false },
        'skip-cold': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (e) {
    console.error(`${e.message}\n\n${HELP}`);
    process.exit(2);
  }
  if (parsed.help) {
    console.log(HELP);
    process.exit(0);
  }
  const num = (name, { min, max, int }) => {
    const v = Number(parsed[name]);
    if (!Number.isFinite(v) || v < min || v > max || (int && !Number.isInteger(v))) {
      console.error(`--${name} must be ${int ? 'a whole number' : 'a number'} between ${min} and ${max} (got "${parsed[name]}")`);
      process.exit(2);
    }
    return v;
  };
  return {
    durationMs: num('duration', { min: 0.5, max: 600 }) * 1000,
    warmupMs: num('warmup', { min: 0, max: 60 }) * 1000,
    connections: num('connections', { min: 1, max: 1024, int: true }),
    maxRequests: num('max-requests', { min: 1, max: 1e8, int: true }),
    pgUrl: parsed.pg,
    load: !parsed['skip-load'],
    cold: !parsed['skip-cold'],
  };
}

// ---------------------------------------------------------------- cleanup

const children = new Set();
const tempDirs = new Set();
let benchDb = null; // { adminUrl, name }
let cleaning = null;

function cleanup() {
  cleaning ??= (async () => {
    await Promise.all([...children].map((c) => stopChild(c)));
    if (benchDb) {
      const admin = new pg.Client({ connectionString: benchDb.adminUrl });
      try {
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS "${benchDb.name}" WITH (FORCE)`);
      } catch (e) {
        console.error(`warning: could not drop database ${benchDb.name}: ${e.message}`);
      } finally {
        await admin.end().catch(() => {});
      }
      benchDb = null;
    }
    await Promise.all([...tempDirs].map((d) => rm(d, { recursive: true, force: true }).catch(() => {})));
  })();
  return cleaning;
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    console.error(`\n${sig}: stopping servers and dropping the bench database…`);
    cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------- processes

function progress(msg) {
  console.error(`· ${msg}`);
}

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

/** Minimal, explicit environment so the caller's shell settings (REDIS_URL, NODE_ENV…) do not leak in. */
function baseEnv() {
  const env = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT']) if (process.env[k]) env[k] = process.env[k];
  return env;
}

function startChild(label, script, env, args = []) {
  const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.label = label;
  child.tail = '';
  const keep = (chunk) => {
    child.tail = (child.tail + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
  child.exitInfo = null;
  child.exited.then((info) => {
    child.exitInfo = info;
    children.delete(child);
  });
  children.add(child);
  return child;
}

/** SIGTERM, then SIGKILL after `graceMs`. Resolves true when the process stopped by itself. */
async function stopChild(child, graceMs = 10_000) {
  if (child.exitInfo) return true;
  child.kill('SIGTERM');
  const clean = await Promise.race([child.exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!clean) {
    child.kill('SIGKILL');
    await child.exited;
  }
  return clean;
}

function get(port, path, timeoutMs = 1000) {
  return new Promise((ok) => {
    const req = http.get({ host: HOST, port, path, agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => ok(res.statusCode));
      res.on('error', () => ok(0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => ok(0));
  });
}

/** Polls GET /ready every READY_POLL_MS until 200; returns the time it answered (performance.now()). */
async function waitReady(child, port, deadlineMs = START_DEADLINE_MS) {
  const deadline = performance.now() + deadlineMs;
  for (;;) {
    if (child.exitInfo) {
      throw new Error(`${child.label} exited (${JSON.stringify(child.exitInfo)}) before it was ready. Last output:\n${child.tail}`);
    }
    if ((await get(port, '/ready')) === 200) return performance.now();
    if (performance.now() > deadline) {
      throw new Error(`${child.label} was not ready within ${deadlineMs / 1000} s. Last output:\n${child.tail}`);
    }
    await sleep(READY_POLL_MS);
  }
}

function run(cmd, args) {
  return new Promise((ok) => {
    const p = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit' });
    p.on('exit', (code) => ok(code === 0));
    p.on('error', () => ok(false));
  });
}

async function ensureBuilt() {
  if (existsSync(APP_MAIN)) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  for (let attempt = 1; attempt <= 3; attempt++) {
    progress(`backend/dist is missing: npm run build -w backend (attempt ${attempt}/3)`);
    if ((await run(npm, ['run', 'build', '-w', 'backend'])) && existsSync(APP_MAIN)) return;
    if (attempt < 3) {
      progress('build failed; retrying in 60 s');
      await sleep(60_000);
    }
  }
  throw new Error('could not build the backend (npm run build -w backend)');
}

// ---------------------------------------------------------------- HTTP load

function post(agent, port) {
  return new Promise((ok) => {
    const start = performance.now();
    const req = http.request(
      {
        host: HOST,
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': BODY.length, accept: 'application/json' },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => ok({ status: res.statusCode, body: Buffer.concat(chunks), ms: performance.now() - start }));
        res.on('error', () => ok({ status: 0 }));
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('error', () => ok({ status: 0 }));
    req.end(BODY);
  });
}

/**
 * Fixed concurrency: `connections` workers, each sends its next request when the previous
 * answer is in (closed loop). Stops at the deadline or after maxRequests; a request counts as
 * ok when it is a 200 with exactly the expected body length.
 */
async function load(port, { durationMs, connections, maxRequests, expectedLength }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  const latencies = [];
  let sent = 0;
  let errors = 0;
  const t0 = performance.now();
  const end = t0 + durationMs;
  const worker = async () => {
    while (performance.now() < end && sent < maxRequests) {
      sent++;
      const r = await post(agent, port);
      if (r.status === 200 && (expectedLength === undefined || r.body.length === expectedLength)) latencies.push(r.ms);
      else errors++;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  const pct = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] : NaN);
  return { ok: sorted.length, errors, seconds, rps: sorted.length / seconds, p50: pct(0.5), p99: pct(0.99) };
}

async function fetchAnswer(port, label) {
  const agent = new http.Agent({ keepAlive: false });
  const r = await post(agent, port);
  agent.destroy();
  if (r.status !== 200) throw new Error(`${label}: POST /graphql answered ${r.status}: ${r.body?.toString().slice(0, 500)}`);
  const json = JSON.parse(r.body.toString());
  if (json.errors?.length || !json.data?.besturen) {
    throw new Error(`${label}: the query failed: ${JSON.stringify(json).slice(0, 1000)}`);
  }
  return { json: json.data.besturen, length: r.body.length };
}

/** Both servers must answer the same 50 municipalities, same fields, same order, same count. */
function verify(gql, bare) {
  const fail = (msg) => {
    throw new Error(`ANSWERS DIFFER — the comparison would be meaningless.\n${msg}`);
  };
  const a = gql.edges ?? [];
  const b = bare.edges ?? [];
  if (a.length !== 50 || b.length !== 50) fail(`expected 50 edges each, got GraphQL ${a.length}, bare ${b.length}`);
  for (let i = 0; i < 50; i++) {
    if (!isDeepStrictEqual(a[i].node, b[i].node)) {
      fail(`edge ${i}:\n  GraphQL ${JSON.stringify(a[i].node)}\n  bare    ${JSON.stringify(b[i].node)}`);
    }
  }
  if (gql.totalCount !== bare.totalCount) fail(`totalCount: GraphQL ${gql.totalCount}, bare ${bare.totalCount}`);
  if (gql.pageInfo?.hasNextPage !== bare.pageInfo?.hasNextPage) {
    fail(`hasNextPage: GraphQL ${gql.pageInfo?.hasNextPage}, bare ${bare.pageInfo?.hasNextPage}`);
  }
  const sameCursors = a.every((e, i) => e.cursor === b[i].cursor);
  if (!sameCursors) progress('note: cursors differ between the two answers (format changed in the app?); rows are identical');
}

// ---------------------------------------------------------------- phases

async function loadPhase(opt) {
  const name = `kw_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: opt.pgUrl });
  await admin.connect();
  try {
    benchDb = { adminUrl: opt.pgUrl, name };
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const dbUrl = new URL(opt.pgUrl);
  dbUrl.pathname = `/${name}`;
  const databaseUrl = dbUrl.toString();
  progress(`created database ${name}`);

  // The app creates the schema and reference data; the bare server starts once that is done.
  const appPort = await freePort();
  const app = startChild('GraphQL app', APP_MAIN, {
    ...baseEnv(),
    DATABASE_URL: databaseUrl,
    PORT: String(appPort),
    HOST,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    APP_ORIGIN: `http://${HOST}:${appPort}`,
    APP_SECRET: randomBytes(32).toString('hex'),
  });
  const t0 = performance.now();
  await waitReady(app, appPort);
  progress(`app ready on :${appPort} (migrations + reference data, ${Math.round(performance.now() - t0)} ms)`);

  const barePort = await freePort();
  const bare = startChild('bare server', BARE_MAIN, { ...baseEnv(), DATABASE_URL: databaseUrl, PORT: String(barePort), HOST });
  await waitReady(bare, barePort);
  progress(`bare server ready on :${barePort}`);

  const gqlAnswer = await fetchAnswer(appPort, 'GraphQL app');
  const bareAnswer = await fetchAnswer(barePort, 'bare server');
  verify(gqlAnswer.json, bareAnswer.json);
  progress(`answers match: the same 50 of ${gqlAnswer.json.totalCount} municipalities`);

  const results = {};
  for (const [key, label, port, length] of [
    ['gql', 'GraphQL', appPort, gqlAnswer.length],
    ['bare', 'bare', barePort, bareAnswer.length],
  ]) {
    const common = { connections: opt.connections, maxRequests: opt.maxRequests, expectedLength: length };
    if (opt.warmupMs > 0) {
      progress(`${label}: warm-up ${opt.warmupMs / 1000} s`);
      await load(port, { ...common, durationMs: opt.warmupMs });
    }
    progress(`${label}: measuring ${opt.durationMs / 1000} s at ${opt.connections} connections`);
    results[key] = await load(port, { ...common, durationMs: opt.durationMs });
  }

  await Promise.all([stopChild(app), stopChild(bare)]);
  return results;
}

async function coldStart(dataDir, label) {
  const port = await freePort();
  const env = { ...baseEnv(), DATA_DIR: dataDir, PORT: String(port), HOST, LOG_LEVEL: 'warn' };
  const t0 = performance.now();
  const child = startChild(label, APP_MAIN, env);
  const ready = await waitReady(child, port);
  const ms = ready - t0;
  const clean = await stopChild(child, 15_000);
  if (!clean) progress(`warning: ${label} did not stop within 15 s on SIGTERM and was killed`);
  return ms;
}

async function coldPhase() {
  const dataDir = await mkdtemp(join(os.tmpdir(), 'kw-bench-data-'));
  tempDirs.add(dataDir);
  progress('cold start 1/2: empty DATA_DIR (migrations + seed + demo)');
  const first = await coldStart(dataDir, 'embedded app (first start)');
  progress('cold start 2/2: same DATA_DIR');
  const second = await coldStart(dataDir, 'embedded app (second start)');
  await rm(dataDir, { recursive: true, force: true });
  tempDirs.delete(dataDir);
  return { first, second };
}

// ---------------------------------------------------------------- report

const f = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');
const row = (cells, widths) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');

function report(opt, load, cold) {
  const cpu = os.cpus();
  const out = [];
  out.push('');
  out.push(`Ketenwerk benchmark — ${cpu.length} × ${cpu[0]?.model?.trim() ?? 'cpu'}, node ${process.version}`);
  if (load) {
    const { gql, bare } = load;
    const w = [34, 11, 9, 9, 10, 7];
    out.push('');
    out.push(`besturen(first: 50) — ${opt.connections} connections, ${opt.durationMs / 1000} s measured after ${opt.warmupMs / 1000} s warm-up, 127.0.0.1`);
    out.push(row(['', 'requests/s', 'p50 ms', 'p99 ms', 'requests', 'errors'], w));
    out.push(row(['─'.repeat(34), '─'.repeat(11), '─'.repeat(9), '─'.repeat(9), '─'.repeat(10), '─'.repeat(7)], w));
    out.push(row(['GraphQL (full app, NestJS/Apollo)', f(gql.rps), f(gql.p50, 2), f(gql.p99, 2), gql.ok, gql.errors], w));
    out.push(row(['bare (node:http + pg.Pool)', f(bare.rps), f(bare.p50, 2), f(bare.p99, 2), bare.ok, bare.errors], w));
    const tput = gql.rps / bare.rps;
    out.push(row(['GraphQL / bare', `${f(tput, 2)}×`, `${f(gql.p50 / bare.p50, 2)}×`, `${f(gql.p99 / bare.p99, 2)}×`, '', ''], w));
    out.push('');
    const met = tput >= TARGET_RATIO;
    out.push(`Target: GraphQL throughput ≥ ${TARGET_RATIO}× bare → ${f(tput, 2)}× — ${met ? 'MET' : 'NOT MET'}`);
    if (gql.errors || bare.errors) out.push('Warning: some requests failed or returned an unexpected body (see errors column).');
  }
  if (cold) {
    const w = [52, 9];
    out.push('');
    out.push('Cold start, embedded PGlite (spawn `node backend/dist/main.js` → GET /ready 200, polled every 50 ms)');
    out.push(row(['first start (empty DATA_DIR: migrations + seed + demo)', `${Math.round(cold.first)} ms`], w));
    out.push(row(['second start (same DATA_DIR)', `${Math.round(cold.second)} ms`], w));
  }
  out.push('');
  console.log(out.join('\n'));
}

// ---------------------------------------------------------------- main

async function main() {
  const opt = options();
  await ensureBuilt();
  const loadResults = opt.load ? await loadPhase(opt) : null;
  await cleanup(); // drop the bench database before the cold starts
  cleaning = null;
  const coldResults = opt.cold ? await coldPhase() : null;
  report(opt, loadResults, coldResults);
}

main()
  .then(() => cleanup())
  .then(() => process.exit(0))
  .catch(async (err) => {
    console.error(`\nbench failed: ${err?.stack ?? err}`);
    await cleanup();
    process.exit(1);
  });
