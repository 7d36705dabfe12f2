#!/usr/bin/env node
// Catalogue benchmark: `npm run build && node bench/catalogue/run.mjs` (see bench/README.md).
//  1. fitForBestuur for one bestuur over 1,000 solutions (p50/p99), through the built app over HTTP,
//     next to a bare baseline: the same rows read with plain SQL (pg), no scoring, no GraphQL.
//  2. The fit for all 285 municipalities (total time): fitOverview in one request, and 285 separate
//     fitForBestuur requests, each next to plain SQL reading the same rows.
//  3. Importing a 285-row × 50-indicator CSV (dry run, then commit) next to a plain SQL upsert of the same values.
// Figures only: a missed target never fails the process; wrong answers, a broken build or an app that does not start do.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const APP_MAIN = join(ROOT, 'backend/dist/main.js');
const HOST = '127.0.0.1';
const SOLUTIONS = 1000;
const IMPORT_INDICATORS = 50;
const TARGET_ONE_P99_MS = 20;
const TARGET_ALL_MS = 2000;

const { values: opts } = parseArgs({
  options: {
    iterations: { type: 'string', default: '300' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.log('Usage: node bench/catalogue/run.mjs [--iterations 300] [--pg postgres://…/postgres]');
  process.exit(0);
}
const ITERATIONS = Math.max(20, Number(opts.iterations) || 300);

const progress = (m) => console.error(`· ${m}`);
let child = null;
let dbName = null;

async function cleanup() {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await Promise.race([new Promise((ok) => child.once('exit', ok)), sleep(10_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  if (dbName) {
    const admin = new pg.Client({ connectionString: opts.pg });
    await admin.connect().then(() => admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)).catch((e) => console.error(`warning: ${e.message}`));
    await admin.end().catch(() => {});
    dbName = null;
  }
}
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => cleanup().finally(() => process.exit(130)));

function freePort() {
  return new Promise((ok, fail) => {
    const s = net.createServer();
    s.on('error', fail);
    s.listen(0, HOST, () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

function request(port, method, path, body, headers = {}) {
  return new Promise((ok, fail) => {
    const start = performance.now();
    const req = http.request({ host: HOST, port, path, method, agent, headers: { 'content-length': body ? body.length : 0, ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - start }));
    });
    req.on('error', fail);
    req.end(body);
  });
}
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

const pct = (list, p) => {
  const s = Float64Array.from(list).sort();
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
};

// A seeded PRNG, so every run builds the same catalogue.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function ensureBuilt() {
  if (existsSync(APP_MAIN)) return;
  progress('backend/dist is missing: npm run build -w backend');
  const okBuild = await new Promise((ok) => spawn('npm', ['run', 'build', '-w', 'backend'], { cwd: ROOT, stdio: 'inherit' }).on('exit', (c) => ok(c === 0)));
  if (!okBuild) throw new Error('could not build the backend');
}

async function startApp(url) {
  const port = await freePort();
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: url, PORT: String(port), HOST, NODE_ENV: 'production', LOG_LEVEL: 'warn', APP_SECRET: randomBytes(32).toString('hex') };
  child = spawn(process.execPath, [APP_MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  child.stdout.on('data', (c) => (tail = (tail + c).slice(-4000)));
  child.stderr.on('data', (c) => (tail = (tail + c).slice(-4000)));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited before it was ready:\n${tail}`);
    const r = await request(port, 'GET', '/ready').catch(() => null);
    if (r?.status === 200) return port;
    if (Date.now() > deadline) throw new Error(`the app was not ready within 120 s:\n${tail}`);
    await sleep(100);
  }
}

/** 1,000 solutions with requirements and prerequisites, capabilities and values for every municipality, adoptions. */
async function populate(db) {
  const r = prng(42);
  const pick = (n, k) => [...new Set(Array.from({ length: k }, () => Math.floor(r() * n)))];
  await db.query(`INSERT INTO capabilities (key, name) SELECT 'cap-' || i, 'Voorziening ' || i FROM generate_series(1, 30) i`);
  await db.query(`INSERT INTO indicators (key, name, source, min_value, max_value, aggregation)
    SELECT 'bench_i' || lpad(i::text, 2, '0'), 'Indicator ' || i, 'Bench', 0, 100, 'POPULATION_WEIGHTED_MEAN' FROM generate_series(1, $1::int) i`, [IMPORT_INDICATORS]);
  const maturities = ['CONCEPT', 'DEVELOPMENT', 'BETA', 'STABLE', 'STABLE', 'STABLE', 'OBSOLETE'];
  const solutions = Array.from({ length: SOLUTIONS }, (_, i) => {
    const ranged = r() < 0.4;
    return {
      slug: `bench-${i}`, name: `Oplossing ${String(i).padStart(4, '0')}`, maturity: maturities[Math.floor(r() * maturities.length)],
      pmin: ranged ? Math.floor(r() * 20000) : null, pmax: ranged ? 30000 + Math.floor(r() * 300000) : null,
      required: pick(30, Math.floor(r() * 4)), recommended: pick(30, Math.floor(r() * 3)), prereqs: pick(10, Math.floor(r() * 3)).map((k) => [k, 20 + Math.floor(r() * 60)]),
      steps: [0, 1, 2].map((k) => ({ title: `Stap ${k + 1}`, kind: k ? 'ORGANISATIONAL' : 'TECHNICAL', description: null, capabilityKey: k ? null : `cap-${1 + Math.floor(r() * 30)}` })),
    };
  });
  await db.query(`INSERT INTO solutions (slug, name, summary, description, type, maturity, population_min, population_max, steps)
    SELECT x.slug, x.name, 'Samenvatting van ' || x.name, 'Beschrijving van ' || x.name || ' voor lokale besturen.', 'SOFTWARE', x.maturity, x.pmin, x.pmax, x.steps
    FROM jsonb_to_recordset($1::jsonb) AS x(slug text, name text, maturity text, pmin int, pmax int, steps jsonb)`, [JSON.stringify(solutions)]);
  const reqs = solutions.flatMap((s) => [
    ...s.required.map((c) => ({ slug: s.slug, key: `cap-${c + 1}`, level: 'REQUIRED' })),
    ...s.recommended.filter((c) => !s.required.includes(c)).map((c) => ({ slug: s.slug, key: `cap-${c + 1}`, level: 'RECOMMENDED' })),
  ]);
  await db.query(`INSERT INTO solution_capabilities (solution_id, capability_id, level)
    SELECT s.id, c.id, x.level FROM jsonb_to_recordset($1::jsonb) AS x(slug text, key text, level text)
    JOIN solutions s ON s.slug = x.slug JOIN capabilities c ON c.key = x.key`, [JSON.stringify(reqs)]);
  const pres = solutions.flatMap((s) => s.prereqs.map(([k, min]) => ({ slug: s.slug, key: `bench_i${String(k + 1).padStart(2, '0')}`, min })));
  await db.query(`INSERT INTO solution_prerequisites (solution_id, indicator_id, min_value)
    SELECT s.id, i.id, x.min FROM jsonb_to_recordset($1::jsonb) AS x(slug text, key text, min float8)
    JOIN solutions s ON s.slug = x.slug JOIN indicators i ON i.key = x.key`, [JSON.stringify(pres)]);
  const besturen = (await db.query(`SELECT id, nis_code FROM besturen WHERE kind = 'MUNICIPALITY' ORDER BY nis_code`)).rows;
  const caps = besturen.flatMap((b) => pick(30, 12).map((c) => ({ b: b.id, key: `cap-${c + 1}` })));
  await db.query(`INSERT INTO bestuur_capabilities (bestuur_id, capability_id) SELECT x.b, c.id FROM jsonb_to_recordset($1::jsonb) AS x(b uuid, key text)
    JOIN capabilities c ON c.key = x.key ON CONFLICT DO NOTHING`, [JSON.stringify(caps)]);
  // Values for the first ten indicators (those used as prerequisites), year 2016.
  await db.query(`INSERT INTO indicator_values (bestuur_id, indicator_id, year, value, source)
    SELECT b.id, i.id, 2016, (abs(hashtext(b.nis_code || i.key)) % 100), 'Bench' FROM besturen b CROSS JOIN indicators i
    WHERE b.kind = 'MUNICIPALITY' AND i.key <= 'bench_i10'`);
  const statuses = ['GEINTERESSEERD', 'GEPLAND', 'IN_IMPLEMENTATIE', 'IN_GEBRUIK', 'IN_GEBRUIK', 'UITGEFASEERD'];
  const adoptions = besturen.flatMap((b) => pick(SOLUTIONS, 10).map((s) => ({ b: b.id, slug: `bench-${s}`, status: statuses[Math.floor(r() * statuses.length)] })));
  await db.query(`INSERT INTO adoptions (bestuur_id, solution_id, status) SELECT x.b, s.id, x.status
    FROM jsonb_to_recordset($1::jsonb) AS x(b uuid, slug text, status text) JOIN solutions s ON s.slug = x.slug ON CONFLICT DO NOTHING`, [JSON.stringify(adoptions)]);
  await db.query('ANALYZE');
  // An administrator with a session, for the import endpoint.
  const token = randomBytes(32).toString('base64url');
  const [{ id }] = (await db.query(`INSERT INTO users (email, display_name, password_hash, is_admin) VALUES ('bench@ketenwerk.test', 'Bench', 'x', true) RETURNING id`)).rows;
  await db.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [id, createHash('sha256').update(token).digest('hex')]);
  return { besturen: besturen.map((b) => b.nis_code), cookie: `kw_session=${token}`, live: solutions.filter((s) => s.maturity !== 'OBSOLETE').length };
}

// What a "Voor mijn bestuur" page asks for. The server computes every part of the fit whatever is asked.
const FIT_QUERY = `query Fit($nis: String!) { fitForBestuur(nisCode: $nis, first: 20) { totalCount edges { node {
  score rank solution { slug name summary type } technical { score missing { name } } organisational { score sizeInRange }
  peers { count } explanations { aspect met message } gaps plan { title done } } } } }`;

async function fitViaApp(port, nis) {
  const body = Buffer.from(JSON.stringify({ query: FIT_QUERY, variables: { nis } }));
  const r = await request(port, 'POST', '/graphql', body, { 'content-type': 'application/json' });
  const json = JSON.parse(r.body);
  if (r.status !== 200 || json.errors) throw new Error(`fitForBestuur(${nis}) failed: ${r.body.slice(0, 500)}`);
  return { ms: r.ms, data: json.data.fitForBestuur };
}

/** The baseline: the rows the fit reads, with plain SQL through pg, no scoring and no GraphQL. */
async function fitViaSql(pool, nis) {
  const start = performance.now();
  const { rows: [b] } = await pool.query(`SELECT id, region_id, population FROM besturen WHERE nis_code = $1`, [nis]);
  await Promise.all([
    pool.query(`SELECT capability_id FROM bestuur_capabilities WHERE bestuur_id = $1`, [b.id]),
    pool.query(`SELECT DISTINCT ON (indicator_id) indicator_id, value, year, source FROM indicator_values WHERE bestuur_id = $1 ORDER BY indicator_id, year DESC`, [b.id]),
    pool.query(`SELECT id, name, population_min, population_max, steps FROM solutions WHERE maturity <> 'OBSOLETE'`),
    pool.query(`SELECT solution_id, capability_id, level FROM solution_capabilities`),
    pool.query(`SELECT solution_id, indicator_id, min_value FROM solution_prerequisites`),
    pool.query(`SELECT a.solution_id, pb.name, pb.region_id FROM adoptions a JOIN besturen pb ON pb.id = a.bestuur_id
      WHERE a.status IN ('IN_IMPLEMENTATIE', 'IN_GEBRUIK') AND (pb.region_id = $1 OR (pb.population * 2 >= $2 AND pb.population <= $2 * 2))`, [b.region_id, b.population]),
  ]);
  return performance.now() - start;
}

const OVERVIEW_QUERY = `query Overview { fitOverview(top: 5) { bestuur { nisCode name } top { score rank solution { slug name } } } }`;

async function overviewViaApp(port, cookie) {
  const body = Buffer.from(JSON.stringify({ query: OVERVIEW_QUERY }));
  const r = await request(port, 'POST', '/graphql', body, { 'content-type': 'application/json', cookie });
  const json = JSON.parse(r.body);
  if (r.status !== 200 || json.errors) throw new Error(`fitOverview failed: ${r.body.slice(0, 500)}`);
  return { ms: r.ms, data: json.data.fitOverview };
}

/** The baseline for all municipalities: every row the overview reads, with plain SQL, in parallel. */
async function overviewViaSql(pool) {
  const start = performance.now();
  await Promise.all([
    pool.query(`SELECT * FROM besturen WHERE kind = 'MUNICIPALITY' ORDER BY name`),
    pool.query(`SELECT id, name, population_min, population_max, related_traject_slugs FROM solutions WHERE maturity <> 'OBSOLETE'`),
    pool.query(`SELECT solution_id, capability_id, level FROM solution_capabilities`),
    pool.query(`SELECT solution_id, indicator_id, min_value FROM solution_prerequisites`),
    pool.query(`SELECT solution_id, bestuur_id FROM adoptions WHERE status IN ('IN_IMPLEMENTATIE', 'IN_GEBRUIK')`),
    pool.query(`SELECT bestuur_id, capability_id FROM bestuur_capabilities`),
    pool.query(`SELECT DISTINCT ON (bestuur_id, indicator_id) bestuur_id, indicator_id, value FROM indicator_values
      WHERE indicator_id IN (SELECT indicator_id FROM solution_prerequisites) ORDER BY bestuur_id, indicator_id, year DESC`),
  ]);
  return performance.now() - start;
}

function importCsv(besturen, decimalComma = true) {
  const r = prng(7);
  const header = ['nis', ...Array.from({ length: IMPORT_INDICATORS }, (_, i) => `bench_i${String(i + 1).padStart(2, '0')}`)];
  const rows = besturen.map((nis) => [nis, ...header.slice(1).map(() => {
    const v = (r() * 100).toFixed(1);
    return decimalComma ? v.replace('.', ',') : v;
  })]);
  return `${[header, ...rows].map((l) => l.join(';')).join('\n')}\n`;
}

async function upload(port, cookie, csv, dryRun, year) {
  const body = Buffer.from(csv);
  const r = await request(port, 'POST', `/imports/indicators?source=Bench&year=${year}&fileName=bench.csv&dryRun=${dryRun}`, body,
    { 'content-type': 'text/csv', cookie, 'x-ketenwerk-csrf': '1' });
  const json = JSON.parse(r.body);
  if (r.status !== 200) throw new Error(`import failed (${r.status}): ${r.body.slice(0, 500)}`);
  return { ms: r.ms, report: json };
}

/** The import baseline: split the same CSV and upsert its values in one transaction, nothing else. */
async function importViaSql(pool, csv, year) {
  const start = performance.now();
  const [header, ...lines] = csv.trim().split('\n').map((l) => l.split(';'));
  const ids = new Map((await pool.query(`SELECT nis_code, id FROM besturen WHERE kind = 'MUNICIPALITY'`)).rows.map((x) => [x.nis_code, x.id]));
  const inds = new Map((await pool.query(`SELECT key, id FROM indicators`)).rows.map((x) => [x.key, x.id]));
  const b = [], i = [], v = [];
  for (const cells of lines) for (let k = 1; k < cells.length; k++) {
    b.push(ids.get(cells[0])); i.push(inds.get(header[k])); v.push(Number(cells[k].replace(',', '.')));
  }
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query(`INSERT INTO indicator_values (bestuur_id, indicator_id, year, value, source)
      SELECT x.b, x.i, $4, x.v, 'Baseline' FROM unnest($1::uuid[], $2::uuid[], $3::float8[]) AS x(b, i, v)
      ON CONFLICT (bestuur_id, indicator_id, year) DO UPDATE SET value = EXCLUDED.value WHERE indicator_values.value IS DISTINCT FROM EXCLUDED.value`, [b, i, v, year]);
    await c.query('COMMIT');
  } finally {
    c.release();
  }
  return { ms: performance.now() - start, values: v.length };
}

const f = (v, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : 'n/a');
const row = (cells, w) => cells.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ');

async function main() {
  await ensureBuilt();
  dbName = `kw_bench_cat_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: opts.pg });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  const url = new URL(opts.pg);
  url.pathname = `/${dbName}`;
  progress(`starting the built app on ${dbName} (migrations and reference data)`);
  const port = await startApp(url.toString());
  const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
  pool.on('error', () => {}); // the database is dropped at the end, connections and all
  progress(`adding ${SOLUTIONS} solutions, capabilities, values and adoptions`);
  const { besturen, cookie, live } = await populate(pool);

  // Correctness first: every bestuur gets every non-obsolete solution, ranked 1…n.
  const probe = await fitViaApp(port, '41002');
  if (probe.data.totalCount !== live || probe.data.edges[0].node.rank !== 1) throw new Error(`unexpected fit answer: totalCount ${probe.data.totalCount}, expected ${live}`);

  progress(`fit for one bestuur: ${ITERATIONS} requests each (after 30 warm-up)`);
  for (let k = 0; k < 30; k++) { await fitViaApp(port, '41002'); await fitViaSql(pool, '41002'); }
  const app1 = [];
  const sql1 = [];
  for (let k = 0; k < ITERATIONS; k++) {
    app1.push((await fitViaApp(port, '41002')).ms);
    sql1.push(await fitViaSql(pool, '41002'));
  }

  progress('fit for all 285 municipalities: fitOverview (5 runs), then 285 separate requests');
  const overview = await overviewViaApp(port, cookie);
  const aalst = overview.data.find((x) => x.bestuur.nisCode === '41002').top.map((x) => `${x.solution.slug}:${x.score}`);
  const single = probe.data.edges.slice(0, 5).map((e) => `${e.node.solution.slug}:${e.node.score}`);
  if (overview.data.length !== besturen.length || aalst.join() !== single.join()) throw new Error(`fitOverview disagrees with fitForBestuur: ${aalst} vs ${single}`);
  const allOverview = [];
  const allOverviewSql = [];
  for (let k = 0; k < 5; k++) {
    allOverview.push((await overviewViaApp(port, cookie)).ms);
    allOverviewSql.push(await overviewViaSql(pool));
  }
  let t = performance.now();
  for (const nis of besturen) await fitViaApp(port, nis);
  const allApp = performance.now() - t;
  t = performance.now();
  const queue = [...besturen];
  await Promise.all(Array.from({ length: 4 }, async () => { while (queue.length) await fitViaApp(port, queue.shift()); }));
  const allApp4 = performance.now() - t;
  t = performance.now();
  for (const nis of besturen) await fitViaSql(pool, nis);
  const allSql = performance.now() - t;

  progress(`import of ${besturen.length} rows × ${IMPORT_INDICATORS} indicators`);
  const csv = importCsv(besturen);
  const dry = await upload(port, cookie, csv, true, 2025);
  const commit = await upload(port, cookie, csv, false, 2025);
  const expected = besturen.length * IMPORT_INDICATORS;
  if (!commit.report.committed || commit.report.newCount !== expected) throw new Error(`import wrote ${commit.report.newCount} values, expected ${expected}`);
  const again = await upload(port, cookie, csv, false, 2025);
  if (!again.report.alreadyImported) throw new Error('the same file imported twice was not recognised');
  const base = await importViaSql(pool, csv, 2026);
  if (base.values !== expected) throw new Error('baseline read a different number of values');

  await pool.end();
  agent.destroy();
  await cleanup();

  const cpu = os.cpus();
  const w = [44, 10, 10, 12];
  const out = ['', `Ketenwerk catalogue benchmark — ${cpu.length} × ${cpu[0]?.model?.trim() ?? 'cpu'}, node ${process.version}`, ''];
  out.push(`Fit for one bestuur (Aalst) over ${SOLUTIONS} solutions (${live} not obsolete), first: 20 with explanations — ${ITERATIONS} sequential requests`);
  out.push(row(['', 'p50 ms', 'p99 ms', 'mean ms'], w));
  out.push(row(['GraphQL fitForBestuur (full app)', f(pct(app1, 0.5), 2), f(pct(app1, 0.99), 2), f(app1.reduce((a, b) => a + b, 0) / app1.length, 2)], w));
  out.push(row(['bare: the same rows with plain SQL (pg)', f(pct(sql1, 0.5), 2), f(pct(sql1, 0.99), 2), f(sql1.reduce((a, b) => a + b, 0) / sql1.length, 2)], w));
  out.push(row(['GraphQL / bare', `${f(pct(app1, 0.5) / pct(sql1, 0.5), 2)}×`, `${f(pct(app1, 0.99) / pct(sql1, 0.99), 2)}×`, ''], w));
  out.push(`Target: p99 ≤ ${TARGET_ONE_P99_MS} ms → ${f(pct(app1, 0.99), 2)} ms — ${pct(app1, 0.99) <= TARGET_ONE_P99_MS ? 'MET' : 'NOT MET'}`);
  out.push('');
  const allMs = pct(allOverview, 0.5);
  out.push(`Fit for all ${besturen.length} municipalities (total time; fitOverview: median of 5 runs, top 5 each)`);
  out.push(row(['GraphQL fitOverview (one request)', `${Math.round(allMs)} ms`, '', ''], w));
  out.push(row(['bare: the same rows with plain SQL', `${Math.round(pct(allOverviewSql, 0.5))} ms`, '', ''], w));
  out.push(row([`${besturen.length} × fitForBestuur, one after the other`, `${Math.round(allApp)} ms`, '', ''], w));
  out.push(row([`${besturen.length} × fitForBestuur, 4 at a time`, `${Math.round(allApp4)} ms`, '', ''], w));
  out.push(row([`bare: ${besturen.length} × the rows of one fit`, `${Math.round(allSql)} ms`, '', ''], w));
  out.push(`Target: all ${besturen.length} ≤ ${TARGET_ALL_MS} ms → fitOverview ${Math.round(allMs)} ms — ${allMs <= TARGET_ALL_MS ? 'MET' : 'NOT MET'}`);
  out.push('');
  out.push(`Import of a ${besturen.length}-row × ${IMPORT_INDICATORS}-indicator CSV (${expected} values, ${Math.round(csv.length / 1024)} KB, semicolons, decimal commas)`);
  out.push(row(['POST /imports/indicators, dry run', `${Math.round(dry.ms)} ms`, '', ''], w));
  out.push(row(['POST /imports/indicators, commit (all new)', `${Math.round(commit.ms)} ms`, '', ''], w));
  out.push(row(['POST /imports/indicators, same file again', `${Math.round(again.ms)} ms`, '', ''], w));
  out.push(row(['bare: split + one upsert in a transaction', `${Math.round(base.ms)} ms`, '', ''], w));
  out.push(row(['commit / bare', `${f(commit.ms / base.ms, 2)}×`, '', ''], w));
  out.push('');
  console.log(out.join('\n'));
}

main()
  .then(() => process.exit(0))
  .catch(async (err) => {
    console.error(`\nbench failed: ${err?.stack ?? err}`);
    await cleanup();
    process.exit(1);
  });
