#!/usr/bin/env node
// Thread read: a thread with 50 comments and their authors, through the full built app (GraphQL)
// against bare node:http + pg answering the same JSON. Targets: throughput ≥ 0.5×, p99 ≤ 2×.
// Usage: node bench/discussions/thread-read.mjs [--duration 10] [--connections 16]
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { join } from 'node:path';
import pg from 'pg';
import {
  HOST, ROOT, baseEnv, cpuPerRequest, cpuSnapshot, createDatabase, ensureBuilt, f, freePort, header, load, peopleWithSessions, progress, request, row, runMain,
  startApp, startChild, stopChild, verdict, waitReady,
} from './lib.mjs';

const { values } = parseArgs({ strict: false, options: { duration: { type: 'string', default: '10' }, warmup: { type: 'string', default: '2' }, connections: { type: 'string', default: '16' } } });
const DURATION = Number(values.duration) * 1000;
const WARMUP = Number(values.warmup) * 1000;
const CONNECTIONS = Number(values.connections);
const COMMENTS = 50;

export const QUERY = `query Thread($id: ID!, $n: Int) { thread(id: $id) { id title bodyHtml author { id displayName jobTitle }
  comments(first: $n) { edges { node { id bodyHtml createdAt author { id displayName jobTitle } } } } } }`;

export async function seed(pool) {
  const people = await peopleWithSessions(pool, COMMENTS);
  const { rows: [space] } = await pool.query(`SELECT id FROM spaces WHERE slug = 'regio-gent'`);
  const { rows: [thread] } = await pool.query(
    `INSERT INTO threads (space_id, author_id, kind, title, body, body_html, html_version)
     VALUES ($1, $2, 'VRAAG', 'Burgerlijke stand koppelen aan de digitale aangifte van overlijden', $3, $4, 1) RETURNING id`,
    [space.id, people[0].id, 'Wie koppelde dit al?', '<p>Wie koppelde dit al?</p>'],
  );
  for (let i = 0; i < COMMENTS; i++) {
    const text = `Bij ons (${i}) liep de koppeling via de leverancier; de testperiode duurde twee weken en de werkinstructies werden aangepast.`;
    await pool.query(
      `INSERT INTO comments (thread_id, author_id, body, body_html, html_version) VALUES ($1, $2, $3, $4, 1)`,
      [thread.id, people[i].id, text, `<p>${text}</p>`],
    );
  }
  await pool.query(`UPDATE threads SET reply_count = $2 WHERE id = $1`, [thread.id, COMMENTS]);
  return { threadId: thread.id, cookie: people[1].cookie };
}

/** A fresh database with the thread, the built app and the bare server on it (`nodeArgs`: node flags for both). */
export async function startThreadRead(prefix, nodeArgs = []) {
  ensureBuilt();
  const db = await createDatabase(prefix);
  progress(`database ${db.name}`);
  const app = await startApp('GraphQL app', db.url, {}, nodeArgs);
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  const { threadId, cookie } = await seed(pool);
  await pool.end();
  const barePort = await freePort();
  const bare = startChild('bare server', join(ROOT, 'bench/discussions/bare-thread-server.mjs'), { ...baseEnv(), DATABASE_URL: db.url, PORT: String(barePort), HOST }, nodeArgs);
  await waitReady(bare, barePort);
  return { db, app, threadId, cookie, bare, barePort };
}

export async function threadRead() {
  const { db, app, threadId, cookie, bare, barePort } = await startThreadRead('kw_bench_read');

  const body = Buffer.from(JSON.stringify({ query: QUERY, variables: { id: threadId, n: COMMENTS } }));
  const headers = { cookie, origin: app.origin };
  const answers = await Promise.all([app.port, barePort].map((port) => request(port, { body, headers })));
  const [a, b] = answers.map((r) => JSON.parse(r.body.toString()));
  if (!a.data?.thread || a.data.thread.comments.edges.length !== COMMENTS || !isDeepStrictEqual(a, b)) {
    throw new Error(`ANSWERS DIFFER:\n  GraphQL ${JSON.stringify(a).slice(0, 600)}\n  bare    ${JSON.stringify(b).slice(0, 600)}`);
  }
  progress(`answers match: ${COMMENTS} comments with their authors, ${answers[0].body.length} bytes`);

  const results = {};
  for (const [key, port, length, pid] of [['gql', app.port, answers[0].body.length, app.child.pid], ['bare', barePort, answers[1].body.length, bare.pid]]) {
    if (WARMUP) await load(port, { durationMs: WARMUP, connections: CONNECTIONS, body, headers, expectedLength: length });
    progress(`${key}: measuring ${DURATION / 1000} s at ${CONNECTIONS} connections`);
    const before = cpuSnapshot(pid, db.name);
    results[key] = await load(port, { durationMs: DURATION, connections: CONNECTIONS, body, headers, expectedLength: length });
    results[key].cpu = cpuPerRequest(before, cpuSnapshot(pid, db.name), results[key].n);
  }
  await Promise.all([stopChild(app.child), stopChild(bare)]);
  return results;
}

export function report({ gql, bare }) {
  const w = [34, 11, 9, 9, 9, 7, 13, 12];
  const tput = gql.rps / bare.rps;
  const p99 = gql.p99 / bare.p99;
  const cpu = (r, k) => (r.cpu ? f(r.cpu[k], 3) : 'n/a');
  const cpuRatio = (k) => (gql.cpu && bare.cpu ? `${f(gql.cpu[k] / bare.cpu[k], 2)}×` : '');
  return [
    ...header(`Thread read: 50 comments and their authors, ${CONNECTIONS} connections, ${DURATION / 1000} s`),
    row(['', 'requests/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'server CPU ms', 'pg CPU ms'], w),
    row(['GraphQL (full app)', f(gql.rps), f(gql.p50, 2), f(gql.p99, 2), gql.n, gql.errors, cpu(gql, 'app'), cpu(gql, 'pg')], w),
    row(['bare (node:http + pg.Pool)', f(bare.rps), f(bare.p50, 2), f(bare.p99, 2), bare.n, bare.errors, cpu(bare, 'app'), cpu(bare, 'pg')], w),
    row(['GraphQL / bare', `${f(tput, 2)}×`, `${f(gql.p50 / bare.p50, 2)}×`, `${f(p99, 2)}×`, '', '', cpuRatio('app'), cpuRatio('pg')], w),
    '(CPU ms per request: the server process, and the PostgreSQL backends serving the bench database)',
    `Targets: throughput ≥ 0.5× bare → ${f(tput, 2)}× ${verdict(tput >= 0.5)}; p99 ≤ 2× bare → ${f(p99, 2)}× ${verdict(p99 <= 2)}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) runMain(async () => console.log(report(await threadRead())));
