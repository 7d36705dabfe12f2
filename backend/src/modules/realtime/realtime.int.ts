import { createClient, type Client as WsClient } from 'graphql-ws';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { Client, createUser, signedIn, startTestApp, type TestApp } from '../../test/harness.js';

const ORIGIN = 'http://ketenwerk.test';
const EVIL = 'http://evil.example';
let app: TestApp;
const cleanup: (() => unknown)[] = [];
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
});
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});
afterAll(() => app.stop());

/** Resolves when `check` returns a value; rejects after `ms` with a message naming what was awaited. */
function eventually<T>(what: string, check: () => T | undefined, ms = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      const v = check();
      if (v !== undefined) return resolve(v);
      if (Date.now() - started > ms) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 20);
    };
    tick();
  });
}

/** A graphql-ws client as a browser on `origin` with `cookie` would open it. */
function wsClient(cookie: string | null, origin = ORIGIN) {
  const headers = { origin, ...(cookie ? { cookie } : {}) };
  class BrowserLikeWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const state = { connected: false, closed: null as { code: number; reason: string } | null };
  const client: WsClient = createClient({
    url: `${app.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: BrowserLikeWebSocket,
    retryAttempts: 0,
    on: {
      connected: () => { state.connected = true; },
      closed: (e) => { state.closed = { code: (e as CloseEvent).code, reason: String((e as CloseEvent).reason) }; },
    },
  });
  cleanup.push(() => client.dispose());
  return { client, state };
}

/** Subscribes and collects what arrives: results and the error that ends the subscription, if any. */
function collect(client: WsClient, query: string) {
  const got = { results: [] as any[], error: null as unknown, done: false };
  client.subscribe({ query }, {
    next: (r) => { got.results.push(r); },
    error: (e) => { got.error = e; },
    complete: () => { got.done = true; },
  });
  return got;
}

const REGION_CHANGED = `subscription { regionChanged(slug: "regio-gent") { slug name description coordinators { id displayName } } }`;
const APPOINT = `mutation($input: CoordinatorInput!) { appointCoordinator(input: $input) { slug } }`;
const UPDATE = `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { slug } }`;
const LOGOUT_EVERYWHERE = `mutation { logoutEverywhere }`;

describe('GraphQL subscriptions over graphql-ws', () => {
  it('tells a subscriber about a newly appointed coordinator', async () => {
    const subscriber = await signedIn(app);
    const { client } = wsClient(subscriber.client.cookie);
    const got = collect(client, REGION_CHANGED);
    const { client: admin } = await signedIn(app, { admin: true });

    // The subscription starts asynchronously: change the description until the subscriber hears of it.
    for (let attempt = 1; !got.results.length; attempt++) {
      expect(attempt).toBeLessThan(40);
      const r = await admin.gql(UPDATE, { input: { slug: 'regio-gent', description: `Kenniskring Gent (${attempt})` } });
      expect(r.errors).toBeUndefined();
      await eventually('an event', () => got.results.length || undefined, 250).catch(() => undefined);
    }
    expect(got.error).toBeNull();
    expect(got.results[0].data.regionChanged.description).toMatch(/^Kenniskring Gent/);

    const person = await createUser(app, { name: 'Gerda Gentenaar' });
    const appointed = await admin.gql(APPOINT, { input: { regionSlug: 'regio-gent', userId: person.id } });
    expect(appointed.errors).toBeUndefined();
    const event = await eventually('the appointment event', () =>
      got.results.find((r) => r.data?.regionChanged.coordinators.some((c: any) => c.id === person.id)));
    expect(event.errors).toBeUndefined();
    expect(event.data.regionChanged).toMatchObject({ slug: 'regio-gent', name: 'Regio Gent' });
    expect(event.data.regionChanged.coordinators).toContainEqual({ id: person.id, displayName: 'Gerda Gentenaar' });
  });

  it('refuses a connection from a foreign origin, even with a valid session', async () => {
    const { client: http } = await signedIn(app);
    const { client, state } = wsClient(http.cookie, EVIL);
    const got = collect(client, REGION_CHANGED);
    await eventually('the subscription to end', () => got.error ?? undefined);
    expect(state.connected).toBe(false);
    expect((got.error as CloseEvent).code).toBe(4403);
    expect(got.results).toEqual([]);
  });

  it('accepts the same connection from the app origin', async () => {
    const { client: http } = await signedIn(app);
    const { client, state } = wsClient(http.cookie);
    collect(client, REGION_CHANGED);
    await eventually('the connection', () => state.connected || undefined);
    expect(state.closed).toBeNull();
  });

  it('closes the connection when the session is ended everywhere', async () => {
    const { user, client: http } = await signedIn(app);
    const { client, state } = wsClient(http.cookie);
    const got = collect(client, REGION_CHANGED);
    await eventually('the connection', () => state.connected || undefined);

    const elsewhere = new Client(app.url);
    expect((await elsewhere.login(user.email, user.password)).errors).toBeUndefined();
    expect((await elsewhere.gql(LOGOUT_EVERYWHERE)).data).toEqual({ logoutEverywhere: true });

    const closed = await eventually('the connection to close', () => state.closed ?? undefined);
    expect(closed.code).toBe(4401);
    expect(got.error ?? got.done).toBeTruthy();
  });
});

/** A socket.io client as a browser on `origin` with `cookie` would open it. */
function socket(cookie: string | null, origin = ORIGIN) {
  const s: Socket = io(app.url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { origin, ...(cookie ? { cookie } : {}) },
  });
  const seen = { connected: false, connectError: null as Error | null, events: [] as string[], disconnect: null as string | null };
  s.on('connect', () => { seen.connected = true; });
  s.on('connect_error', (e) => { seen.connectError = e; });
  s.on('session:revoked', () => { seen.events.push('session:revoked'); });
  s.on('disconnect', (reason) => { seen.disconnect = reason; });
  cleanup.push(() => s.disconnect());
  return { s, seen };
}

describe('socket.io', () => {
  it('refuses a socket without a session', async () => {
    const { seen } = socket(null);
    const err = await eventually('connect_error', () => seen.connectError ?? undefined);
    expect(err.message).toBe('UNAUTHENTICATED');
    expect(seen.connected).toBe(false);
  });

  it('refuses a socket from a foreign origin, even with a valid session', async () => {
    const { client } = await signedIn(app);
    const { seen } = socket(client.cookie, EVIL);
    await eventually('connect_error', () => seen.connectError ?? undefined);
    expect(seen.connected).toBe(false);
  });

  it('tells a signed-in socket its session ended and disconnects it', async () => {
    const { user, client } = await signedIn(app);
    const { s, seen } = socket(client.cookie);
    await eventually('the socket to connect', () => seen.connected || undefined);
    expect(seen.connectError).toBeNull();

    const elsewhere = new Client(app.url);
    expect((await elsewhere.login(user.email, user.password)).errors).toBeUndefined();
    expect((await elsewhere.gql(LOGOUT_EVERYWHERE)).data).toEqual({ logoutEverywhere: true });

    const reason = await eventually('the socket to be disconnected', () => seen.disconnect ?? undefined);
    expect(seen.events).toEqual(['session:revoked']);
    expect(reason).toBe('io server disconnect');
    expect(s.connected).toBe(false);
  });
});
