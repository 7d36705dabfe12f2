import type { PubSubEngine } from 'graphql-subscriptions';
import { PUB_SUB } from '../../common/tokens.js';
import { dbUrl } from '../../test/db.js';
import { Client, startTestApp, type TestApp } from '../../test/harness.js';
import {
  eventually, lastPosition, newComment, newThread, signIn, sleep, socketFor, spaceId, subscribe, THREAD_ACTIVITY, wsClient,
} from '../../test/discussions.fixtures.js';
import { DomainEvents } from './domain-events.js';
import { SPACE_EVENTS_CHANNEL } from './event-log.js';

// Two instances sharing one PostgreSQL database and Redis, as behind a load balancer.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let a: TestApp;
let b: TestApp;
let gent: string;
const cleanup: (() => unknown)[] = [];
beforeAll(async () => {
  a = await startTestApp({ REDIS_URL, MAIL_POLL_SECONDS: '86400' });
  b = await startTestApp({ REDIS_URL, MAIL_POLL_SECONDS: '86400', DATABASE_URL: dbUrl(a.dbName) }, { dbName: a.dbName });
  gent = await spaceId(a, 'regio-gent');
}, 60_000);
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

function live(app: TestApp, cookie: string | null) {
  const c = wsClient(app.url, cookie);
  cleanup.push(() => c.dispose());
  return c;
}

/** Ten people, each with a browser session that works on either instance. */
async function writers(): Promise<{ onA: Client; onB: Client }[]> {
  const people = await Promise.all(Array.from({ length: 10 }, () => signIn(a, { bestuurCode: '44021' })));
  return people.map(({ client }) => {
    const onB = new Client(b.url);
    onB.cookie = client.cookie;
    return { onA: client, onB };
  });
}

/** 100 comments: ten people posting at once, each alternating between instance A and instance B. */
async function post100(threadId: string, people: { onA: Client; onB: Client }[]): Promise<void> {
  await Promise.all(people.map(async (w, i) => {
    for (let j = 0; j < 10; j++) await newComment((i + j) % 2 ? w.onB : w.onA, threadId, `Bericht ${i}-${j}`);
  }));
}

const committedOrder = async (threadId: string) =>
  (await a.ds.query(`SELECT payload->>'commentId' AS id FROM space_events WHERE thread_id = $1 AND type = 'COMMENT_ADDED' ORDER BY position`, [threadId]))
    .map((r: { id: string }) => r.id);

describe('nothing lost across instances', () => {
  it('a subscriber disconnected while 100 comments land through both instances gets all 100, once and in order, after reconnecting', async () => {
    const reader = await signIn(a, { bestuurCode: '44021' });
    const t = await newThread(reader.client, { spaceId: gent });
    const first = subscribe(live(b, reader.client.cookie), THREAD_ACTIVITY, { threadId: t.id, after: await lastPosition(a) });
    const people = await writers();
    await newComment(people[0].onA, t.id, 'Voor de onderbreking');
    await eventually('the first comment on B', () => first.results.length === 1);
    const seen = first.results[0].data.threadActivity.position;
    first.stop();
    await cleanup.pop()!();

    await post100(t.id, people);

    const again = subscribe(live(a, reader.client.cookie), THREAD_ACTIVITY, { threadId: t.id, after: seen });
    await eventually('the 100 missed comments', () => again.results.length >= 100);
    await newComment(people[1].onB, t.id, 'Na de onderbreking');
    await eventually('the next live comment', () => again.results.length >= 101);
    await sleep(500);

    expect(again.error).toBeNull();
    const events = again.results.map((r) => r.data.threadActivity);
    expect(events).toHaveLength(101);
    expect(events.map((e) => e.comment.id)).toEqual(await committedOrder(t.id).then((ids) => ids.slice(1)));
    expect(new Set(events.map((e) => e.position)).size).toBe(101);
    expect(events[100].comment.body).toBe('Na de onderbreking');
  }, 60_000);

  it('a subscriber that stays connected to B gets the 100 comments posted at once through A and B, once and in order', async () => {
    const reader = await signIn(a, { bestuurCode: '44021' });
    const t = await newThread(reader.client, { spaceId: gent });
    const got = subscribe(live(b, reader.client.cookie), THREAD_ACTIVITY, { threadId: t.id, after: await lastPosition(a) });
    await post100(t.id, await writers());
    await eventually('100 comments on B', () => got.results.length >= 100);
    await sleep(500);
    const ids = got.results.map((r) => r.data.threadActivity.comment.id);
    expect(ids).toEqual(await committedOrder(t.id));
    expect(new Set(ids).size).toBe(100);
  }, 60_000);

  it('a comment posted through instance A reaches a live subscriber on instance B', async () => {
    const [author, reader] = [await signIn(a, { bestuurCode: '44021' }), await signIn(b, { bestuurCode: '44021' })];
    const t = await newThread(author.client, { spaceId: gent });
    // Subscribed without `after`: only what comes live. Post until B's subscriber hears one.
    const got = subscribe(live(b, reader.client.cookie), THREAD_ACTIVITY, { threadId: t.id });
    for (let i = 1; !got.results.length; i++) {
      expect(i).toBeLessThan(20);
      await newComment(author.client, t.id, `Via A, poging ${i}`);
      await eventually('the comment on B', () => got.results.length, 300).catch(() => undefined);
    }
    expect(got.results[0].data.threadActivity).toMatchObject({ type: 'COMMENT_ADDED', comment: { body: expect.stringMatching(/^Via A/) } });
  });
  it('B takes the entries a notice carries instead of reading them back from the table', async () => {
    const [author, reader] = [await signIn(a, { bestuurCode: '44021' }), await signIn(b, { bestuurCode: '44021' })];
    const t = await newThread(author.client, { spaceId: gent });
    const got = subscribe(live(b, reader.client.cookie), THREAD_ACTIVITY, { threadId: t.id, after: await lastPosition(a) });
    await newComment(author.client, t.id, 'Eerste');
    await eventually('the first comment on B', () => got.results.length === 1);
    const reads = logReads(b);
    try {
      await newComment(author.client, t.id, 'Meegestuurd');
      await eventually('the second comment on B', () => got.results.length === 2);
      expect(got.results[1].data.threadActivity.comment.body).toBe('Meegestuurd');
      expect(reads.sql).toEqual([]);
      // A notice with only a position (as for a commit of many entries): B reads the table.
      const [entry] = await a.ds.query(
        `INSERT INTO space_events (space_id, thread_id, actor_id, type, payload) VALUES ($1, $2, NULL, 'REPORT_RESOLVED', '{}') RETURNING position::text`,
        [gent, t.id],
      );
      await a.app.get<PubSubEngine>(PUB_SUB).publish(SPACE_EVENTS_CHANNEL, { position: entry.position });
      await eventually('B reading the log', () => reads.sql.length);
    } finally {
      reads.stop();
    }
  });
});

/** The statements with which an instance's hub reads the log after its position (SpaceEventsHub.drainOnce), from now until `stop`. */
function logReads(app: TestApp): { sql: string[]; stop: () => void } {
  const ds = app.ds as unknown as { createQueryRunner: (mode?: string) => { query: (q: string, ...a: unknown[]) => Promise<unknown> } };
  const original = ds.createQueryRunner;
  const sql: string[] = [];
  ds.createQueryRunner = function (this: unknown, mode?: string) {
    const runner = original.call(this, mode);
    const query = runner.query.bind(runner);
    runner.query = (q: string, ...rest: unknown[]) => {
      if (/FROM "space_events" "e" WHERE "e"\."position" > \$1 ORDER BY/.test(q)) sql.push(q);
      return query(q, ...rest);
    };
    return runner;
  };
  return { sql, stop: () => void (ds.createQueryRunner = original) };
}

describe('presence across instances', () => {
  it('shows on B a person viewing the thread on A', async () => {
    const [onA, onB] = [await signIn(a, { bestuurCode: '44021', name: 'Anna op A' }), await signIn(b, { bestuurCode: '44021', name: 'Bert op B' })];
    const t = await newThread(onA.client, { spaceId: gent });
    const sa = socketFor(a.url, onA.client.cookie!);
    const sb = socketFor(b.url, onB.client.cookie!);
    cleanup.push(() => sa.s.disconnect(), () => sb.s.disconnect());
    await sa.emit('thread:join', { threadId: t.id });
    const joined = await sb.emit('thread:join', { threadId: t.id });
    expect(joined.viewers.map((v: any) => v.displayName)).toEqual(['Anna op A', 'Bert op B']);
    await eventually('A to see B', () => sa.seen.viewers.some((e) => e.viewers.length === 2));
    await sb.emit('thread:typing', { threadId: t.id });
    await eventually('A to see B typing', () => sa.seen.typing.length === 1);
    expect(sa.seen.typing[0].user.displayName).toBe('Bert op B');
    sa.s.disconnect();
    await eventually('B to see A leave', () => sb.seen.viewers.at(-1)?.viewers.length === 1);
  });
});

describe('durable domain event consumers', () => {
  it('handle each event once, on one of the instances, with their writes in the same transaction as their cursor', async () => {
    await a.ds.query(`CREATE TABLE IF NOT EXISTS test_consumed (position bigint PRIMARY KEY, type text NOT NULL)`);
    const handler = async (e: { position: string; type: string }, m: { query: (q: string, p: unknown[]) => Promise<unknown> }) => {
      await m.query(`INSERT INTO test_consumed (position, type) VALUES ($1, $2)`, [e.position, e.type]);
    };
    await a.app.get(DomainEvents).consume('test-consumer', handler);
    await b.app.get(DomainEvents).consume('test-consumer', handler);
    const from = BigInt(await lastPosition(a));
    const author = await signIn(a, { bestuurCode: '44021' });
    const t = await newThread(author.client, { spaceId: gent });
    await post100(t.id, await writers());
    const [{ n }] = await a.ds.query(`SELECT count(*)::int AS n FROM space_events WHERE position > $1`, [from.toString()]);
    const consumed = async () => (await a.ds.query(`SELECT count(*)::int AS c FROM test_consumed WHERE position > $1`, [from.toString()]))[0].c;
    let c = 0;
    for (let i = 0; i < 100 && c < n; i++) {
      await sleep(100);
      c = await consumed();
    }
    // Each event once: the primary key would have refused a second handling, failing that batch.
    expect(c).toBe(n);
    const [cursor] = await a.ds.query(`SELECT position FROM space_event_cursors WHERE consumer = 'test-consumer'`);
    expect(BigInt(cursor.position)).toBe(BigInt(await lastPosition(a)));
  }, 60_000);
});
