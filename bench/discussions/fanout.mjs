#!/usr/bin/env node
// Fan-out: 1,000 graphql-ws subscribers on one thread, 100 comments posted one after another;
// latency from the mutation's answer to receipt, per subscriber and comment. Against a bare `ws`
// server broadcasting payloads of the same size to 1,000 clients; also with two instances and Redis.
// Target: p99 ≤ 3× the bare broadcast, zero lost.
// Usage: node bench/discussions/fanout.mjs [--subscribers 1000] [--comments 100] [--warmup 10] [--rounds 3] [--document app|small]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import {
  HOST, REDIS_URL, ROOT, baseEnv, cpuSnapshot, createDatabase, ensureBuilt, f, freePort, gql, header, peopleWithSessions, progress, request, row, runMain,
  sleep, startApp, startChild, stats, stopChild, verdict, waitReady,
} from './lib.mjs';

const { values } = parseArgs({ strict: false, options: {
  subscribers: { type: 'string', default: '1000' }, comments: { type: 'string', default: '100' }, warmup: { type: 'string', default: '10' },
  rounds: { type: 'string', default: '3' }, document: { type: 'string', default: 'app' },
} });
const SUBSCRIBERS = Number(values.subscribers);
const COMMENTS = Number(values.comments);
// Posted the same way before the timed ones and not counted, to the app and to the bare server alike:
// what is measured is a server that has run its code before, not its first compilations.
const WARMUP = Number(values.warmup);
// Each round runs every configuration once, in turn, so that all of them see the machine as it is
// then; the figures pool the rounds (a p99 from one run of 100 comments rests on its few slowest).
const ROUNDS = Number(values.rounds);
/**
 * `--document app` (the default): the front end's own threadActivity document, as its code generator
 * wrote it (the thread with its permissions and author, the comment with its "nuttig" state, author and
 * permissions); `--document small`: a few fields of the comment.
 */
function subscriptionDocument(kind) {
  if (kind === 'small') {
    return `subscription($threadId: ID!, $after: String) { threadActivity(threadId: $threadId, after: $after) {
      position type comment { id body author { displayName } } } }`;
  }
  if (kind !== 'app') throw new Error(`--document is app or small, not ${kind}`);
  const generated = readFileSync(join(ROOT, 'frontend/src/generated/graphql.ts'), 'utf8');
  const json = /export const WerkruimteThreadActivityDocument = (\{.*\}) as unknown as DocumentNode/.exec(generated)?.[1];
  if (!json) throw new Error('WerkruimteThreadActivityDocument not found in frontend/src/generated/graphql.ts');
  return print(JSON.parse(json));
}
const DOCUMENT = values.document;
const SUBSCRIPTION = subscriptionDocument(DOCUMENT);
const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

/**
 * Subscribers (the graphql-ws library's client, as the front end uses) spread over the given servers
 * (`{ port, origin }`, with a session cookie from `people` when given); each records when every
 * comment arrived.
 */
async function openSubscribers(servers, people, threadId, after) {
  const subs = [];
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const server = servers[i % servers.length];
    const headers = { origin: server.origin, ...(people ? { cookie: people[i % people.length].cookie } : {}) };
    class Browser extends WebSocket {
      constructor(address, protocols) {
        super(address, protocols, { headers });
      }
    }
    const client = createClient({ url: `ws://${HOST}:${server.port}/graphql`, webSocketImpl: Browser, retryAttempts: 0, lazy: false });
    const sub = { client, app: i % servers.length, received: new Map(), duplicates: 0, errors: 0 };
    client.subscribe({ query: SUBSCRIPTION, variables: { threadId, after } }, {
      next: (r) => {
        const id = r.data?.threadActivity?.comment?.id;
        if (!id) return void sub.errors++;
        sample ??= r;
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

/** An answer the app sent, as the model for the bare server's payloads (the same fields and size). */
let sample = null;

/** Plain `ws` clients that parse each message and record when it arrived. */
async function openPlainClients(port) {
  const clients = [];
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const ws = new WebSocket(`ws://${HOST}:${port}`);
    const c = { ws, received: new Map(), duplicates: 0 };
    ws.on('message', (data) => {
      const id = JSON.parse(data.toString()).data.threadActivity.comment.id;
      if (c.received.has(id)) c.duplicates++;
      else c.received.set(id, performance.now());
    });
    clients.push(c);
  }
  await until('plain clients', () => clients.every((c) => c.ws.readyState === WebSocket.OPEN), 30_000);
  return { clients, close: () => clients.forEach((c) => c.ws.terminate()) };
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
async function postComments(apps, posters, threadId, count = COMMENTS) {
  const answers = new Map();
  for (let i = 0; i < count; i++) {
    const app = apps[i % apps.length];
    const body = Buffer.from(JSON.stringify({ query: ADD, variables: { input: { threadId, body: `Bericht ${i}: zo doen wij het in onze gemeente.` } } }));
    const sentAt = performance.now();
    const r = await request(app.port, { body, headers: { cookie: posters[i % posters.length].cookie, origin: app.origin } });
    const json = JSON.parse(r.body.toString());
    if (json.errors) throw new Error(`addComment failed: ${JSON.stringify(json.errors)}`);
    answers.set(json.data.addComment.id, { sentAt, answeredAt: r.end, app: i % apps.length });
  }
  return answers;
}

/** CPU time used while `work` runs, per comment: by the servers, by PostgreSQL for `database`, by this process (the subscribers). */
async function cpuPerComment(pids, database, work) {
  const snap = () => ({ servers: pids.map((pid) => cpuSnapshot(pid, database)), own: process.cpuUsage() });
  const before = snap();
  const result = await work();
  const after = snap();
  if (before.servers.includes(null)) return { result, cpu: null };
  const sum = (s, key) => s.servers.reduce((n, x) => n + x[key], 0);
  return {
    result,
    cpu: {
      servers: (sum(after, 'appMs') - sum(before, 'appMs')) / COMMENTS,
      // Every backend of the database: the app's pool and the notification consumer alike.
      pg: (after.servers[0].pgMs - before.servers[0].pgMs) / COMMENTS,
      subscribers: (after.own.user + after.own.system - before.own.user - before.own.system) / 1000 / COMMENTS,
    },
  };
}

async function measure(label, apps, pool, database) {
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
  progress(`${label}: posting ${WARMUP} comments to warm up, then ${COMMENTS}`);
  await postComments(apps, posters.slice(0, 10), thread.id, WARMUP);
  const { result: answers, cpu } = await cpuPerComment(apps.map((a) => a.child.pid), database, async () => {
    const posted = await postComments(apps, posters.slice(0, 10), thread.id);
    await until('every comment everywhere', () => subs.every((s) => [...posted.keys()].every((id) => s.received.has(id))), 30_000);
    return posted;
  });
  await Promise.all(subs.map((s) => s.client.dispose()));
  return { receivers: subs, answers, cpu };
}

/**
 * Latency from the answer (as the issue asks) and from the moment the post was sent, over the runs
 * (`{ receivers, answers, cpu }`) pooled; lost = never received, duplicates = received twice.
 */
function summarise(runs, include = () => true) {
  const fromAnswer = [];
  const fromSend = [];
  let lost = 0;
  let duplicates = 0;
  for (const { receivers, answers } of runs) {
    for (const r of receivers) {
      duplicates += r.duplicates;
      for (const [id, answer] of answers) {
        if (!include(r, answer)) continue;
        const { sentAt, answeredAt } = answer;
        const at = r.received.get(id);
        if (at === undefined) {
          lost++;
          continue;
        }
        fromAnswer.push(at - answeredAt);
        fromSend.push(at - sentAt);
      }
    }
  }
  const mean = (key) => (runs.every((x) => x.cpu) ? runs.reduce((n, x) => n + x.cpu[key], 0) / runs.length : NaN);
  return {
    answer: stats(fromAnswer), send: stats(fromSend), lost, duplicates,
    cpu: { servers: mean('servers'), pg: mean('pg'), subscribers: mean('subscribers') },
    // Each run's own p99 (sent→receipt), to show how far apart the runs were.
    p99s: runs.length > 1 ? runs.map((x) => summarise([x], include).send.p99) : [stats(fromSend).p99],
  };
}

/**
 * The bare broadcast of a payload shaped and sized as the app's answer for a comment, to the same
 * graphql-ws clients as the app's (`graphqlWs`), or to plain `ws` clients that only parse it.
 */
async function bareRun(graphqlWs) {
  const port = await freePort();
  const bare = startChild('bare broadcast', join(ROOT, 'bench/discussions/bare-broadcast-server.mjs'), { ...baseEnv(), PORT: String(port), HOST });
  await waitReady(bare, port);
  let clients;
  let close;
  if (graphqlWs) {
    clients = await openSubscribers([{ port, origin: `http://${HOST}:${port}` }], null, 'bare', null);
    close = () => Promise.all(clients.map((c) => c.client.dispose()));
  } else {
    ({ clients, close } = await openPlainClients(port));
  }
  const post = (i) => {
    const id = `7d0c5a3e-1b2f-4c6d-9e8f-${String(1000 + i).padStart(12, '0')}`;
    const result = structuredClone(sample);
    Object.assign(result.data.threadActivity, { position: String(1000 + i), type: 'COMMENT_ADDED' });
    Object.assign(result.data.threadActivity.comment, { id, body: `Bericht ${i}: zo doen wij het in onze gemeente.` });
    return { id, body: Buffer.from(JSON.stringify({ payload: JSON.stringify(result) })) };
  };
  // A first message (not timed) proves every subscription is registered, as for the app.
  const warm = post(-1);
  await request(port, { path: '/post', body: warm.body });
  if (!(await until('the warm-up message', () => clients.every((c) => c.received.has(warm.id)), 60_000))) {
    throw new Error(`bare: only ${clients.filter((c) => c.received.has(warm.id)).length} of ${SUBSCRIBERS} clients registered`);
  }
  for (let i = 0; i < WARMUP; i++) await request(port, { path: '/post', body: post(-2 - i).body });
  const { result: answers, cpu } = await cpuPerComment([bare.pid], 'no database', async () => {
    const posted = new Map();
    for (let i = 0; i < COMMENTS; i++) {
      const { id, body } = post(i);
      const sentAt = performance.now();
      const r = await request(port, { path: '/post', body });
      posted.set(id, { sentAt, answeredAt: r.end });
    }
    await until('every bare message', () => clients.every((c) => [...posted.keys()].every((id) => c.received.has(id))), 30_000);
    return posted;
  });
  await close();
  await stopChild(bare);
  return { receivers: clients, answers, cpu };
}

export async function fanout() {
  ensureBuilt();
  const db = await createDatabase('kw_bench_fanout');
  progress(`database ${db.name}`);
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  const runs = { single: [], double: [], bare: [], plain: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    progress(`round ${round} of ${ROUNDS}`);
    const one = await startApp('GraphQL app', db.url);
    runs.single.push(await measure('one instance', [one], pool, db.name));
    await stopChild(one.child);
    const a = await startApp('instance A', db.url, { REDIS_URL });
    const b = await startApp('instance B', db.url, { REDIS_URL });
    runs.double.push(await measure('two instances + Redis', [a, b], pool, db.name));
    await Promise.all([stopChild(a.child), stopChild(b.child)]);
    // The same graphql-ws clients as above, so that what differs is the server; and plain ones, for reference.
    runs.bare.push(await bareRun(true));
    runs.plain.push(await bareRun(false));
  }
  await pool.end();
  const double = summarise(runs.double);
  // Where the comment was posted (its instance answered after handing it to its own subscribers)
  // and where it arrived through Redis and the event log.
  double.same = summarise(runs.double, (s, a) => s.app === a.app);
  double.other = summarise(runs.double, (s, a) => s.app !== a.app);
  return { single: summarise(runs.single), double, bare: summarise(runs.bare), plain: summarise(runs.plain) };
}

export function report({ single, double, bare, plain }) {
  const w = [36, 11, 11, 11, 11, 6, 10];
  const line = (label, r) => row([label, f(r.answer.p50, 2), f(r.answer.p99, 2), f(r.send.p50, 2), f(r.send.p99, 2), r.lost, r.duplicates], w);
  // The bare server broadcasts before it answers, so its "from answer" figures are about zero or
  // negative: the ratio is taken on latency from the moment the comment was sent.
  const r1 = single.send.p99 / bare.send.p99;
  const r2 = double.send.p99 / bare.send.p99;
  return [
    ...header(`Fan-out: ${SUBSCRIBERS} subscribers on one thread, ${COMMENTS} comments posted one after another (after ${WARMUP} not counted), `
      + `${ROUNDS} round${ROUNDS === 1 ? '' : 's'} pooled, the ${DOCUMENT === 'app' ? "front end's own document" : 'small document'} `
      + `(${Buffer.byteLength(JSON.stringify(sample))} bytes an answer)`),
    row(['', 'answer→ p50', 'answer→ p99', 'sent→ p50', 'sent→ p99', 'lost', 'duplicates'], w),
    line('graphql-ws, one instance', single),
    line('graphql-ws, two instances + Redis', double),
    line('  subscribers on the posting instance', double.same),
    line('  subscribers on the other instance', double.other),
    line('bare ws broadcast, same clients', bare),
    line('bare ws broadcast, plain ws clients', plain),
    `(ms from the mutation's answer, and from the moment it was sent, to receipt by each subscriber; the bare server`,
    ` speaks just enough graphql-transport-ws for the same graphql-ws clients; plain clients only parse each message)`,
    `Targets: p99 ≤ 3× bare (sent→receipt) → one instance ${f(r1, 2)}× ${verdict(r1 <= 3)}, two instances ${f(r2, 2)}× ${verdict(r2 <= 3)}; `
      + `zero lost → ${single.lost + double.lost} lost, ${verdict(single.lost + double.lost === 0)}`,
    `(against the plain clients' broadcast: one instance ${f(single.send.p99 / plain.send.p99, 2)}×, two instances ${f(double.send.p99 / plain.send.p99, 2)}×)`,
    ...(ROUNDS > 1 ? [
      `Each round's own sent→receipt p99, ms: one instance ${single.p99s.map((x) => f(x, 1)).join(', ')}; two instances `
        + `${double.p99s.map((x) => f(x, 1)).join(', ')}; bare, same clients ${bare.p99s.map((x) => f(x, 1)).join(', ')}`,
      `  so per round: one instance ${single.p99s.map((x, i) => `${f(x / bare.p99s[i], 2)}×`).join(', ')}; `
        + `two instances ${double.p99s.map((x, i) => `${f(x / bare.p99s[i], 2)}×`).join(', ')}`,
    ] : []),
    '',
    row(['CPU ms per comment (mean of rounds)', 'server(s)', 'PostgreSQL', 'subscribers'], [36, 11, 11, 11]),
    ...[['graphql-ws, one instance', single], ['graphql-ws, two instances + Redis', double], ['bare ws broadcast, same clients', bare],
      ['bare ws broadcast, plain ws clients', plain]]
      .map(([label, r]) => row([label, f(r.cpu?.servers, 2), f(r.cpu?.pg, 2), f(r.cpu?.subscribers, 2)], [36, 11, 11, 11])),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) runMain(async () => console.log(report(await fanout())));
