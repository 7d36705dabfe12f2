import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config.js';
import { createLogger } from './common/logger.js';
import { startServer, type Server } from './server.js';
import { eventually, newComment, subscribe, THREAD_ACTIVITY, wsClient } from './test/discussions.fixtures.js';
import { Client } from './test/harness.js';

// Smoke test of the newcomer path: no DATABASE_URL, so the embedded PostgreSQL (PGlite) with demo data.
let app: Server;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kw-embedded-'));
  const cfg = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', FRONTEND_DIST: '/nonexistent', APP_ORIGIN: 'http://ketenwerk.test' }, []);
  expect(cfg.demo).toBe(true);
  app = await startServer(cfg, createLogger('silent'));
}, 120_000);
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('embedded database (smoke)', () => {
  it('is ready with the regions, municipalities and demo accounts', async () => {
    expect((await fetch(`${app.url}/ready`)).status).toBe(200);
    const c = new Client(app.url);
    const regions = await c.gql(`{ regions { slug bestuurCount } }`);
    expect(regions.data!.regions).toHaveLength(15);
    expect(regions.data!.regions.reduce((s: number, r: any) => s + r.bestuurCount, 0)).toBe(285);
    const login = await c.login('coordinator@ketenwerk.test', 'Ketenwerk-coord-2025');
    expect(login.errors).toBeUndefined();
    const me = await c.gql(`{ me { roles coordinatorOf { slug } bestuur { name } } }`);
    expect(me.data!.me).toEqual({ roles: ['MEMBER', 'COORDINATOR'], coordinatorOf: [{ slug: 'regio-gent' }], bestuur: { name: 'Gent' } });
  });

  it('searches the werkruimte for a phrase, with highlighted snippets', async () => {
    const c = new Client(app.url);
    await c.login('coordinator@ketenwerk.test', 'Ketenwerk-coord-2025');
    const r = await c.gql(`query($q: String!) { searchDiscussions(query: $q) { snippet thread { title } } }`, { q: '"digitale aangifte"' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.searchDiscussions[0].thread.title).toBe('Burgerlijke stand koppelen aan de digitale aangifte van overlijden');
    expect(r.data!.searchDiscussions[0].snippet).toContain('<mark>digitale</mark> <mark>aangifte</mark>');
  });

  it('shows a thread page with its first comments, their count and a later page', async () => {
    const c = new Client(app.url);
    await c.login('coordinator@ketenwerk.test', 'Ketenwerk-coord-2025');
    const found = await c.gql(`query($q: String!) { searchDiscussions(query: $q) { thread { id } } }`, { q: '"digitale aangifte"' });
    const id = found.data!.searchDiscussions[0].thread.id;
    const PAGE = `query($id: ID!, $n: Int, $after: String) { thread(id: $id) { title replyCount comments(first: $n, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id bodyHtml author { displayName } } } } } }`;
    const all = await c.gql(PAGE, { id, n: 50 });
    expect(all.errors).toBeUndefined();
    const thread = all.data!.thread;
    expect(thread.title).toBe('Burgerlijke stand koppelen aan de digitale aangifte van overlijden');
    expect(thread.comments.totalCount).toBeGreaterThan(1);
    expect(thread.comments.edges).toHaveLength(thread.comments.totalCount);
    expect(thread.comments.edges.every((e: any) => e.node.bodyHtml.startsWith('<') && e.node.author?.displayName)).toBe(true);
    const first = await c.gql(PAGE, { id, n: 1 });
    const rest = await c.gql(PAGE, { id, n: 50, after: first.data!.thread.comments.pageInfo.endCursor });
    expect([...first.data!.thread.comments.edges, ...rest.data!.thread.comments.edges].map((e: any) => e.node.id))
      .toEqual(thread.comments.edges.map((e: any) => e.node.id));
  });

  it('streams a new comment live to someone on the thread, with its author', async () => {
    const c = new Client(app.url);
    await c.login('coordinator@ketenwerk.test', 'Ketenwerk-coord-2025');
    const found = await c.gql(`query($q: String!) { searchDiscussions(query: $q) { thread { id } } }`, { q: '"digitale aangifte"' });
    const threadId = found.data!.searchDiscussions[0].thread.id;
    const live = wsClient(app.url, c.cookie);
    try {
      const got = subscribe(live, THREAD_ACTIVITY, { threadId });
      // Subscribed without `after`: post until the subscription is in place and hears one.
      for (let i = 1; !got.results.length; i++) {
        expect(i).toBeLessThan(20);
        await newComment(c, threadId, `Live in de ingebouwde databank, poging ${i}`);
        await eventually('the comment, live', () => got.results.length, 300).catch(() => undefined);
      }
      expect(got.error).toBeNull();
      expect(got.results[0].data.threadActivity).toMatchObject({
        type: 'COMMENT_ADDED', comment: { body: expect.stringMatching(/^Live in de ingebouwde databank/), author: { displayName: expect.any(String) } },
      });
    } finally {
      await live.dispose();
    }
  });

  it('registers a person and keeps the verification mail in the outbox', async () => {
    const c = new Client(app.url);
    const r = await c.gql(`mutation($i: RegisterInput!) { register(input: $i) { id } }`, {
      i: { email: 'nieuw@lier.test', displayName: 'Nieuwe Collega', password: 'Lier-Zimmertoren-9', bestuurCode: '12021' },
    });
    expect(r.errors).toBeUndefined();
    const admin = new Client(app.url);
    await admin.login('admin@ketenwerk.test', 'Ketenwerk-admin-2025');
    const mails = await admin.gql(`{ outgoingMails(first: 5) { edges { node { to subject } } } }`);
    expect(mails.data!.outgoingMails.edges.map((e: any) => e.node.to)).toContain('nieuw@lier.test');
  });

  it('keeps its data across a restart and seeds nothing twice', async () => {
    await app.close();
    app = await startServer(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', FRONTEND_DIST: '/nonexistent' }, []),
      createLogger('silent'),
    );
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM users WHERE email IN ('nieuw@lier.test', 'admin@ketenwerk.test')`);
    expect(n).toBe(2);
    const [{ b }] = await app.ds.query(`SELECT count(*)::int AS b FROM besturen`);
    expect(b).toBe(288);
  }, 120_000);
});
