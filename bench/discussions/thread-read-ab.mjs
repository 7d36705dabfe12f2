#!/usr/bin/env node
// Thread read, A/B: several builds of the app (and the bare server) on one database, measured in turns
// (4 rounds of 4 s each, 16 connections), so that a busy machine weighs on all of them alike. Prints
// requests/s and CPU ms per request of each server per round, then the medians.
// Usage: node bench/discussions/thread-read-ab.mjs <dist> [<dist>…]
//   <dist> is a folder holding a built back end's main.js (e.g. backend/dist, or a copy of an older
//   build), optionally followed by node flags: backend/dist:--max-semi-space-size=32
// BARE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" passes node flags to the bare server.
import { join } from 'node:path';
import pg from 'pg';
import { HOST, ROOT, baseEnv, cpuPerRequest, cpuSnapshot, createDatabase, freePort, load, request, runMain, startChild, stopChild, waitReady } from './lib.mjs';
import { QUERY, seed } from './thread-read.mjs';
const builds = process.argv.slice(2);
if (!builds.length) throw new Error('usage: node bench/discussions/thread-read-ab.mjs <dist> [<dist>…]');
runMain(async () => {
  const db = await createDatabase('kw_ab');
  const servers = [];
  for (const b of builds) {
    const port = await freePort();
    const [dir, ...args] = b.split(':');
    const child = startChild(b, join(ROOT, dir, 'main.js'), { ...baseEnv(), DATABASE_URL: db.url, PORT: String(port), HOST, NODE_ENV: 'production', LOG_LEVEL: 'warn', APP_ORIGIN: `http://${HOST}:${port}`, MAIL_POLL_SECONDS: '86400', APP_SECRET: 'x'.repeat(40) }, args);
    await waitReady(child, port);
    servers.push({ name: b, port, child });
  }
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  const { threadId, cookie } = await seed(pool);
  await pool.end();
  const barePort = await freePort();
  const bare = startChild('bare', join(ROOT, 'bench/discussions/bare-thread-server.mjs'), { ...baseEnv(), DATABASE_URL: db.url, PORT: String(barePort), HOST }, (process.env.BARE_ARGS ?? '').split(' ').filter(Boolean));
  await waitReady(bare, barePort);
  servers.push({ name: 'bare', port: barePort, child: bare });
  const body = Buffer.from(JSON.stringify({ query: QUERY, variables: { id: threadId, n: 50 } }));
  const headers = { cookie, origin: `http://${HOST}` };
  for (const s of servers) { s.len = (await request(s.port, { body, headers: { ...headers, origin: `http://${HOST}:${s.port}` } })).body.length; s.cpu = []; s.rps = []; }
  for (let round = 0; round < 4; round++) {
    for (const s of servers) {
      const h = { ...headers, origin: `http://${HOST}:${s.port}` };
      await load(s.port, { durationMs: 1000, connections: 16, body, headers: h, expectedLength: s.len });
      const before = cpuSnapshot(s.child.pid, db.name);
      const r = await load(s.port, { durationMs: 4000, connections: 16, body, headers: h, expectedLength: s.len });
      const c = cpuPerRequest(before, cpuSnapshot(s.child.pid, db.name), r.n);
      s.cpu.push(c.app); s.rps.push(r.rps);
      console.log(round, s.name.padEnd(40), 'requests/s', r.rps.toFixed(0).padStart(5), 'CPU ms/request', c.app.toFixed(3), 'errors', r.errors);
    }
  }
  const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const bareRps = med(servers.at(-1).rps);
  for (const s of servers) console.log('median', s.name.padEnd(40), 'requests/s', med(s.rps).toFixed(0).padStart(5), `(${(med(s.rps) / bareRps).toFixed(2)}× bare)`, 'CPU ms/request', med(s.cpu).toFixed(3));
  for (const s of servers) await stopChild(s.child);
});
