#!/usr/bin/env node
// Thread read, broken down: what each part of `thread-read.mjs`'s query costs the app, in CPU ms per
// request, next to the bare server answering the whole query in the same run. Steps: an anonymous
// `{ __typename }` (Express, Apollo and Nest alone), the same signed in (+ the session), the thread
// without comments (+ the thread, its author and the viewer's role), and the thread with 1, 5 and 50
// comments (the slope is the cost per comment). Each step runs 2 s of warm-up and --duration seconds
// at 16 connections, in turns, --rounds times; the medians are printed.
// Usage: node bench/discussions/thread-read-breakdown.mjs [--duration 4] [--rounds 3]
import { parseArgs } from 'node:util';
import { cpuPerRequest, cpuSnapshot, f, header, load, progress, request, row, runMain, stopChild } from './lib.mjs';
import { QUERY, startThreadRead } from './thread-read.mjs';

const { values } = parseArgs({ strict: false, options: { duration: { type: 'string', default: '4' }, rounds: { type: 'string', default: '3' } } });
const DURATION = Number(values.duration) * 1000;
const ROUNDS = Number(values.rounds);
const THREAD_ONLY = 'query Thread($id: ID!) { thread(id: $id) { id title bodyHtml author { id displayName jobTitle } } }';

runMain(async () => {
  const { db, app, threadId, cookie, bare, barePort } = await startThreadRead('kw_bench_breakdown');

  const signedIn = { cookie, origin: app.origin };
  const steps = [
    { label: 'anonymous { __typename }', query: '{ __typename }', headers: { origin: app.origin } },
    { label: 'signed in { __typename }', query: '{ __typename }', headers: signedIn },
    { label: 'thread, no comments', query: THREAD_ONLY, variables: { id: threadId }, headers: signedIn },
    ...[1, 5, 50].map((n) => ({ label: `thread + ${n} comment${n > 1 ? 's' : ''}`, query: QUERY, variables: { id: threadId, n }, headers: signedIn })),
    { label: 'bare server, thread + 50 comments', query: QUERY, variables: { id: threadId, n: 50 }, headers: signedIn, bare: true },
  ];
  for (const s of steps) {
    s.port = s.bare ? barePort : app.port;
    s.pid = s.bare ? bare.pid : app.child.pid;
    s.body = Buffer.from(JSON.stringify({ query: s.query, variables: s.variables }));
    const answer = await request(s.port, { body: s.body, headers: s.headers });
    const json = JSON.parse(answer.body.toString());
    if (answer.status !== 200 || json.errors || !json.data) throw new Error(`${s.label}: ${answer.body.toString().slice(0, 300)}`);
    s.length = answer.body.length;
    s.cpu = [];
    s.rps = [];
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const s of steps) {
      progress(`round ${round + 1}/${ROUNDS}: ${s.label}`);
      await load(s.port, { durationMs: 2000, connections: 16, body: s.body, headers: s.headers, expectedLength: s.length });
      const before = cpuSnapshot(s.pid, db.name);
      const r = await load(s.port, { durationMs: DURATION, connections: 16, body: s.body, headers: s.headers, expectedLength: s.length });
      if (r.errors) throw new Error(`${s.label}: ${r.errors} errors`);
      const cpu = cpuPerRequest(before, cpuSnapshot(s.pid, db.name), r.n);
      s.cpu.push(cpu);
      s.rps.push(r.rps);
    }
  }
  await Promise.all([stopChild(app.child), stopChild(bare)]);

  const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const w = [36, 11, 15, 13, 10];
  const lines = [
    ...header(`Thread read, step by step: CPU per request, medians of ${ROUNDS} rounds of ${DURATION / 1000} s at 16 connections`),
    row(['', 'requests/s', 'server CPU ms', 'pg CPU ms', 'bytes'], w),
  ];
  for (const s of steps) {
    s.app = med(s.cpu.map((c) => c?.app ?? NaN));
    // A PostgreSQL backend that closes between two snapshots takes its CPU time with it: then no figure.
    const pgMs = med(s.cpu.map((c) => c?.pg ?? NaN));
    lines.push(row([s.label, f(med(s.rps)), f(s.app, 3), pgMs >= 0 ? f(pgMs, 3) : 'n/a', s.length], w));
  }
  const at = (label) => steps.find((s) => s.label === label).app;
  const perComment = (at('thread + 50 comments') - at('thread + 5 comments')) / 45;
  lines.push(
    `App CPU of the empty request ÷ the bare server's whole answer: ${f(at('anonymous { __typename }') / at('bare server, thread + 50 comments'), 2)}×`,
    `Per comment (from 5 to 50): ${f(perComment * 1000, 1)} µs of app CPU; 50 comments: ${f(perComment * 50, 3)} ms of ${f(at('thread + 50 comments'), 3)} ms`,
  );
  console.log(lines.join('\n'));
});
