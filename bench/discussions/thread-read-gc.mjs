#!/usr/bin/env node
// The garbage behind the thread read: the same load as thread-read.mjs (a thread with 50 comments and
// their authors, 16 connections), with V8's young-generation collections (scavenges) traced in the app
// and in the bare server (`--trace-gc-nvp`). Per request: bytes allocated, bytes promoted to the old
// generation (what outlived two scavenges), and the time spent in scavenges, side by side.
// A request's objects should die young; when something keeps them reachable for the young collector
// they are copied twice and promoted, scavenges take milliseconds instead of tenths, and every request
// in flight waits for them: the p99 of thread-read.mjs. See docs/features/werkruimte.md, "Garbage".
// Usage: node bench/discussions/thread-read-gc.mjs [--duration 10] [--connections 16]
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { f, header, load, progress, request, row, runMain, stopChild } from './lib.mjs';
import { QUERY, startThreadRead } from './thread-read.mjs';

const { values } = parseArgs({ strict: false, options: { duration: { type: 'string', default: '10' }, warmup: { type: 'string', default: '2' }, connections: { type: 'string', default: '16' } } });
const DURATION = Number(values.duration) * 1000;
const WARMUP = Number(values.warmup) * 1000;
const CONNECTIONS = Number(values.connections);

/** The scavenge lines a child prints with --trace-gc-nvp, as they arrive. */
function traceScavenges(child) {
  const lines = [];
  let rest = '';
  child.stdout.on('data', (chunk) => {
    const text = rest + chunk.toString();
    const parts = text.split('\n');
    rest = parts.pop();
    for (const l of parts) if (l.includes(' gc=s ')) lines.push(l);
  });
  return lines;
}

const field = (line, name) => Number(new RegExp(`\\s${name}=([\\d.]+)`).exec(line)?.[1] ?? NaN);

function summary(lines, requests, seconds) {
  const sum = (name) => lines.reduce((a, l) => a + field(l, name), 0);
  const pauses = lines.map((l) => field(l, 'pause'));
  return {
    requests,
    allocated: sum('allocated') / requests / 1024,
    promoted: sum('promoted') / requests / 1024,
    scavenges: lines.length,
    meanPause: pauses.length ? pauses.reduce((a, b) => a + b, 0) / pauses.length : 0,
    maxPause: pauses.length ? Math.max(...pauses) : 0,
    share: pauses.reduce((a, b) => a + b, 0) / (seconds * 1000),
  };
}

export async function threadReadGc() {
  // Scavenges are traced before the seed and warm-up, but only the measured runs are counted.
  const { app, threadId, cookie, bare, barePort } = await startThreadRead('kw_bench_gc', ['--trace-gc-nvp']);
  const traced = { gql: traceScavenges(app.child), bare: traceScavenges(bare) };

  const body = Buffer.from(JSON.stringify({ query: QUERY, variables: { id: threadId, n: 50 } }));
  const headers = { cookie, origin: app.origin };
  const answers = await Promise.all([app.port, barePort].map((port) => request(port, { body, headers })));
  if (!isDeepStrictEqual(JSON.parse(answers[0].body.toString()), JSON.parse(answers[1].body.toString()))) throw new Error('ANSWERS DIFFER');

  const results = {};
  for (const [key, port, length] of [['gql', app.port, answers[0].body.length], ['bare', barePort, answers[1].body.length]]) {
    if (WARMUP) await load(port, { durationMs: WARMUP, connections: CONNECTIONS, body, headers, expectedLength: length });
    progress(`${key}: measuring ${DURATION / 1000} s at ${CONNECTIONS} connections`);
    const from = traced[key].length;
    const started = performance.now();
    const r = await load(port, { durationMs: DURATION, connections: CONNECTIONS, body, headers, expectedLength: length });
    const seconds = (performance.now() - started) / 1000;
    await new Promise((ok) => setTimeout(ok, 200)); // the last trace lines
    results[key] = { ...summary(traced[key].slice(from), r.n, seconds), p99: r.p99 };
  }
  await Promise.all([stopChild(app.child), stopChild(bare)]);
  return results;
}

export function report({ gql, bare }) {
  const w = [28, 9, 13, 15, 10, 16, 12, 8];
  const line = (name, r) => row([name, r.requests, f(r.allocated), f(r.promoted, 2), r.scavenges, `${f(r.meanPause, 2)} / ${f(r.maxPause, 1)}`, `${f(r.share * 100, 1)} %`, f(r.p99, 1)], w);
  return [
    ...header(`Thread read, young-generation garbage: 50 comments, ${CONNECTIONS} connections, ${DURATION / 1000} s`),
    row(['', 'requests', 'alloc KB/req', 'promoted KB/req', 'scavenges', 'pause ms mean/max', 'in scavenge', 'p99 ms'], w),
    line('GraphQL (full app)', gql),
    line('bare (node:http + pg.Pool)', bare),
    row(['GraphQL / bare', '', `${f(gql.allocated / bare.allocated, 1)}×`, '', '', `${f(gql.meanPause / bare.meanPause, 1)}×`, `${f(gql.share / bare.share, 1)}×`, `${f(gql.p99 / bare.p99, 2)}×`], w),
    '(promoted: what outlived two scavenges and was copied to the old generation; in scavenge: share of wall time the server was paused)',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) runMain(async () => console.log(report(await threadReadGc())));
