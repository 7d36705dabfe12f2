#!/usr/bin/env node
// Fan-out: 1,000 graphql-ws subscribers on one thread, 100 comments posted one after another;
// latency from the mutation's answer to receipt, per subscriber and comment. Against a bare `ws`
// server broadcasting payloads of the same size to 1,000 clients; also with two instances and Redis.
// Target: p99 ≤ 3× the bare broadcast, zero lost.
// Usage: node bench/discussions/fanout.mjs [--subscribers 1000] [--comments 100]
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import {
  HOST, REDIS_URL, ROOT, baseEnv, createDatabase, ensureBuilt, f, freePort, gql, header, peopleWithSessions, progress, request, row, runMain,
  sleep, startApp, startChild, stats, stopChild, verdict, waitReady,
} from './lib.mjs';

const { values } = parseArgs({ strict: false, options: { subscribers: { type: 'string', default: '1000' }, comments: { type: 'string', default: '100' } } });
const SUBSCRIBERS = Number(values.subscribers);
const COMMENTS = Number(values.comments);
const SUBSCRIPTION = `subscription($threadId: ID!, $after: String) { threadActivity(threadId: $threadId, after: $after) {
  position type comment { id body author { displayName } } } }`;
const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

/** Subscribers spread over the given instances; each records when every comment arrived. */
async function openSubscribers(apps, people, threadId, after) {
  const subs = [];
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const app = apps[i % apps.length];
    const headers = { origin: app.origin, cookie: people[i % people.length].cookie };
    class Browser extends WebSocket {
      constructor(address, protocols) {
        super(address, protocols, { headers });
      }
    }
    const client = createClient({ url: `ws://${HOST}:${app.port}/graphql`, webSocketImpl: Browser, retryAttempts: 0, lazy: false });
    const sub = { client, received: new Map(), duplicates: 0, errors: 0 };
    client.subscribe({ query: SUBSCRIPTION, variables: { threadId, after } }, {
      next: (r) => {
        const id = r.data?.threadActivity?.comment?.id;
        if (!id) return void sub.errors++;
        if (sub.received.has(id)) sub.duplicates++;
        else sub.received.set(id, performance.now());
      },
      error: () => void sub.errors++,
      complete: () => undefined,
    });
    subs.push(sub);
    if (i % 100 === 99) await sleep(50);
  }
  return subs;
}

async function until(what, check, ms) {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) return false;
    await sleep(20);
  }
  return true;
}

/** One comment at a time, each right after the previous one's answer; for each: when it was sent and when answered. */
async function postComments(apps, posters, threadId) {
  const answers = new Map();
  for (let i = 0; i < COMMENTS; i++) {
    const app = apps[i % apps.length];
    const body = Buffer.from(JSON.stringify({ query: ADD, variables: { input: { threadId, body: `Bericht ${i}: zo doen wij het in onze gemeente.` } } }));
    const sentAt = performance.now();
    const r = await request(app.port, { body, headers: { cookie: posters[i % posters.length].cookie, origin: app.origin } });
    const json = JSON.parse(r.body.toString());
    if (json.errors) throw new Error(`addComment failed: ${JSON.stringify(json.errors)}`);
    answers.set(json.data.addComment.id, { sentAt, answeredAt: r.end });
  }
  return answers;
}

async function measure(label, apps, pool) {
  const people = await peopleWithSessions(pool, 50, 'lezer');
  const posters = await peopleWithSessions(pool, 12, 'schrijver');
  const { rows: [space] } = await pool.query(`SELECT id FROM spaces WHERE slug = 'regio-gent'`);
  const headers = { cookie: posters[11].cookie, origin: apps[0].origin };
  const { createThread: thread } = await gql(apps[0].port, `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
    { input: { spaceId: space.id, kind: 'VRAAG', title: 'Fan-out: wie leest er mee?', body: 'Tekst' } }, headers);
  const { rows: [{ p }] } = await pool.query(`SELECT coalesce(max(position), 0)::text AS p FROM space_events`);
  progress(`${label}: opening ${SUBSCRIBERS} subscribers`);
  const subs = await openSubscribers(apps, people, thread.id, p);
  // A first comment through each instance (not timed) proves every subscription is registered and warms both up.
  for (const app of apps) {
    const warm = await gql(app.port, ADD, { input: { threadId: thread.id, body: 'Iedereen mee?' } }, { ...headers, origin: app.origin });
    if (!(await until('the warm-up comment', () => subs.every((s) => s.received.has(warm.addComment.id)), 60_000))) {
      throw new Error(`${label}: only ${subs.filter((s) => s.received.has(warm.addComment.id)).length} of ${SUBSCRIBERS} subscribers registered`);
    }
  }
  progress(`${label}: posting ${COMMENTS} comments`);
  const answers = await postComments(apps, posters.slice(0, 10), thread.id);
  await until('every comment everywhere', () => subs.every((s) => [...answers.keys()].every((id) => s.received.has(id))), 30_000);
  const duplicates = subs.reduce((n, s) => n + s.duplicates, 0);
  await Promise.all(subs.map((s) => s.client.dispose()));
  return summarise(subs, answers, duplicates);
}

/** Latency from the answer (as the issue asks) and from the moment the post was sent; lost = never received. */
function summarise(receivers, answers, duplicates) {
  const fromAnswer = [];
  const fromSend = [];
  let lost = 0;
  for (const r of receivers) {
    for (const [id, { sentAt, answeredAt }] of answers) {
      const at = r.received.get(id);
      if (at === undefined) {
        lost++;
        continue;
      }
      fromAnswer.push(at - answeredAt);
      fromSend.push(at - sentAt);
    }
  }
  return { answer: stats(fromAnswer), send: stats(fromSend), lost, duplicates };
}

async function bareRun(payloadBytes) {
  const port = await freePort();
  const bare = startChild('bare broadcast', join(ROOT, 'bench/discussions/bare-broadcast-server.mjs'), { ...baseEnv(), PORT: String(port), HOST });
  await waitReady(bare, port);
  const clients = [];
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const ws = new WebSocket(`ws://${HOST}:${port}`);
    const c = { ws, received: new Map(), duplicates: 0 };
    ws.on('message', (data) => {
      const id = JSON.parse(data.toString()).id;
      if (c.received.has(id)) c.duplicates++;
      else c.received.set(id, performance.now());
    });
    clients.push(c);
  }
  await until('bare clients', () => clients.every((c) => c.ws.readyState === WebSocket.OPEN), 30_000);
  const answers = new Map();
  const filler = 'x'.repeat(Math.max(0, payloadBytes - 60));
  for (let i = 0; i < COMMENTS; i++) {
    const id = `c${i}`;
    const body = Buffer.from(JSON.stringify({ payload: JSON.stringify({ id, filler }) }));
    const sentAt = performance.now();
    const r = await request(port, { path: '/post', body });
    answers.set(id, { sentAt, answeredAt: r.end });
  }
  await until('every bare message', () => clients.every((c) => c.received.size >= COMMENTS), 30_000);
  for (const c of clients) c.ws.terminate();
  await stopChild(bare);
  return summarise(clients, answers, clients.reduce((n, c) => n + c.duplicates, 0));
}

export async function fanout() {
  ensureBuilt();
  const db = await createDatabase('kw_bench_fanout');
  progress(`database ${db.name}`);
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  const one = await startApp('GraphQL app', db.url);
  const single = await measure('one instance', [one], pool);
  await stopChild(one.child);
  const a = await startApp('instance A', db.url, { REDIS_URL });
  const b = await startApp('instance B', db.url, { REDIS_URL });
  const double = await measure('two instances + Redis', [a, b], pool);
  await Promise.all([stopChild(a.child), stopChild(b.child)]);
  await pool.end();
  // The bare server sends payloads as large as a graphql-ws `next` message for one of these comments.
  const bare = await bareRun(230);
  return { single, double, bare };
}

export function report({ single, double, bare }) {
  const w = [36, 11, 11, 11, 11, 6, 10];
  const line = (label, r) => row([label, f(r.answer.p50, 2), f(r.answer.p99, 2), f(r.send.p50, 2), f(r.send.p99, 2), r.lost, r.duplicates], w);
  // The bare server broadcasts before it answers, so its "from answer" figures are about zero or
  // negative: the ratio is taken on latency from the moment the comment was sent.
  const r1 = single.send.p99 / bare.send.p99;
  const r2 = double.send.p99 / bare.send.p99;
  return [
    ...header(`Fan-out: ${SUBSCRIBERS} subscribers on one thread, ${COMMENTS} comments posted one after another`),
    row(['', 'answer→ p50', 'answer→ p99', 'sent→ p50', 'sent→ p99', 'lost', 'duplicates'], w),
    line('graphql-ws, one instance', single),
    line('graphql-ws, two instances + Redis', double),
    line('bare ws broadcast', bare),
    `(ms from the mutation's answer, and from the moment it was sent, to receipt by each subscriber)`,
    `Targets: p99 ≤ 3× bare (sent→receipt) → one instance ${f(r1, 2)}× ${verdict(r1 <= 3)}, two instances ${f(r2, 2)}× ${verdict(r2 <= 3)}; `
      + `zero lost → ${single.lost + double.lost} lost, ${verdict(single.lost + double.lost === 0)}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) runMain(async () => console.log(report(await fanout())));
