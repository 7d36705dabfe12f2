import { createClient } from 'graphql-ws';
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import { dbUrl } from '../../test/db.js';
import { Client, createUser, startTestApp, type TestApp } from '../../test/harness.js';

// Two instances sharing one PostgreSQL database and Redis, as behind a load balancer.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ORIGIN = 'http://ketenwerk.test';
let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await startTestApp({ REDIS_URL, MAIL_POLL_SECONDS: '86400' });
  b = await startTestApp({ REDIS_URL, MAIL_POLL_SECONDS: '86400', DATABASE_URL: dbUrl(a.dbName) }, { dbName: a.dbName });
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

async function until(what: string, check: () => boolean, ms = 10_000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function login(app: TestApp, o: { admin?: boolean } = {}) {
  const user = await createUser(app, o);
  const client = new Client(app.url);
  await client.login(user.email, user.password);
  return { user, client };
}

describe('several instances with Redis', () => {
  it('a change made through instance A reaches a subscriber on instance B', async () => {
    const member = await login(b);
    const headers = { origin: ORIGIN, cookie: member.client.cookie! };
    class BrowserLike extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    }
    const ws = createClient({ url: `${b.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: BrowserLike, retryAttempts: 0 });
    const seen: string[] = [];
    ws.subscribe({ query: `subscription { regionChanged(slug: "westhoek") { description } }` }, {
      next: (r) => seen.push((r.data as any).regionChanged.description),
      error: () => undefined,
      complete: () => undefined,
    });
    const admin = await login(a, { admin: true });
    // The subscription starts asynchronously: repeat the change through A until B's subscriber hears one.
    for (let i = 1; !seen.length; i++) {
      expect(i).toBeLessThan(40);
      await admin.client.gql(`mutation($d: String!) { updateRegion(input: { slug: "westhoek", description: $d }) { slug } }`, { d: `Westhoek ${i}` });
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen[0]).toMatch(/^Westhoek \d+$/);
    await ws.dispose();
  });

  it('logging out everywhere on A disconnects the person\'s socket on B', async () => {
    const member = await login(a);
    const socket = io(b.url, { path: '/socket.io', transports: ['websocket'], extraHeaders: { origin: ORIGIN, cookie: member.client.cookie! }, reconnection: false });
    let revoked = false;
    let disconnected = false;
    socket.on('session:revoked', () => { revoked = true; });
    socket.on('disconnect', () => { disconnected = true; });
    await until('the socket to connect', () => socket.connected);
    await member.client.gql(`mutation { logoutEverywhere }`);
    await until('the socket on B to be told and disconnected', () => revoked && disconnected);
    socket.close();
  });

  it('counts failed logins for one account across both instances', async () => {
    const user = await createUser(a);
    for (let i = 0; i < 10; i++) {
      const via = i % 2 ? a : b;
      await new Client(via.url).gql(`mutation($i: LoginInput!) { login(input: $i) { id } }`, { i: { email: user.email, password: 'Fout-wachtwoord-1' } });
    }
    const r = await new Client(a.url).login(user.email, user.password);
    expect(r.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    await new Client(b.url).gql(`{ me { id } }`);
  });
});
