import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { dbUrl } from '../../test/db.js';
import { signedIn, startTestApp, type TestApp } from '../../test/harness.js';
import { addMember, addMilestone, addUpdate, eventually, makeTraject, ok } from '../../test/trajecten.js';
import { ScheduledPublisher } from './scheduled-publisher.js';

// Two instances on one PostgreSQL database and one Redis, as behind a load balancer.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
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

const publisher = (app: TestApp) => app.app.get(ScheduledPublisher);
const SCHEDULE = `mutation($input: ScheduleProgressUpdateInput!) { scheduleProgressUpdate(input: $input) { status } }`;

async function publishedEvents(trajectIds: string[]) {
  return a.ds.query(
    `SELECT payload->>'updateId' AS id, count(*)::int AS n FROM traject_events
     WHERE type = 'UPDATE_PUBLISHED' AND traject_id = ANY($1) GROUP BY 1`, [trajectIds]);
}

describe('scheduled updates with two instances', () => {
  it('are published at their time, each by exactly one instance, and subscribers hear of each once', async () => {
    const t = await makeTraject(a);
    const lead = await signedIn(a);
    await addMember(a, t.id, lead.user.id, 'LEAD');
    const ms = await addMilestone(a, t.id);
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await addUpdate(a, t.id, { title: `Gepland ${i}` }));
    await a.ds.query(`UPDATE progress_updates SET milestone_changes = $2 WHERE id = $1`, [ids[0], JSON.stringify([{ milestoneId: ms, status: 'BEHAALD' }])]);

    // A subscriber on B, replaying from the start so nothing can slip past before it is listening.
    const heard: string[] = [];
    class BrowserLike extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: { origin: 'http://ketenwerk.test' } });
      }
    }
    const ws = createClient({ url: `${b.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: BrowserLike, retryAttempts: 0 });
    ws.subscribe({ query: `subscription($id: ID!) { progressUpdatePublished(trajectId: $id, after: "0") { update { id } } }`, variables: { id: t.id } }, {
      next: (r) => heard.push((r.data as any).progressUpdatePublished.update.id), error: () => undefined, complete: () => undefined,
    });

    const before = publisher(a).publishedHere + publisher(b).publishedHere;
    const at = new Date(Date.now() + 1500).toISOString();
    for (const id of ids) ok(await lead.client.gql(SCHEDULE, { input: { updateId: id, publishAt: at } }));
    // B heard of the schedule over the pub/sub and waits for the same moment as A.
    await eventually('B to wait for the scheduled time', () => publisher(b).nextCheckAt ?? undefined);
    expect(publisher(a).nextCheckAt).not.toBeNull();

    await eventually('every update to be published', async () => {
      const [{ n }] = await a.ds.query(`SELECT count(*)::int AS n FROM progress_updates WHERE id = ANY($1) AND status = 'PUBLISHED'`, [ids]);
      return n === ids.length || undefined;
    });
    const events = await publishedEvents([t.id]);
    expect(events).toHaveLength(ids.length);
    expect(events.every((e: { n: number }) => e.n === 1)).toBe(true);
    // An instance counts its publications once its run is over, just after the last commit becomes visible.
    const counted = () => publisher(a).publishedHere + publisher(b).publishedHere - before;
    await eventually('both instances to have counted their publications', () => (counted() >= ids.length ? true : undefined));
    expect(counted()).toBe(ids.length);
    const [reached] = await a.ds.query(`SELECT count(*)::int AS n FROM traject_events WHERE traject_id = $1 AND type = 'MILESTONE_REACHED'`, [t.id]);
    expect(reached.n).toBe(1);
    const [traject] = await a.ds.query(`SELECT progress FROM trajects WHERE id = $1`, [t.id]);
    expect(traject.progress).toBe(100);

    await eventually('the subscriber on B to hear every update', () => (heard.length >= ids.length ? true : undefined));
    expect([...heard].sort()).toEqual([...ids].sort());
    await ws.dispose();
  });

  it('publish each due update exactly once when both instances claim at the same moment', async () => {
    const trajects = await Promise.all([makeTraject(a), makeTraject(a), makeTraject(a)]);
    for (let round = 0; round < 3; round++) {
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) {
        // Straight into the database, already due: neither instance has a timer for these.
        ids.push(await addUpdate(a, trajects[i % 3].id, { status: 'SCHEDULED', publishAt: new Date(Date.now() - 1000) }));
      }
      const [fromA, fromB] = await Promise.all([publisher(a).publishDue(), publisher(b).publishDue()]);
      expect(fromA + fromB).toBe(12);
      const events = await publishedEvents(trajects.map((t) => t.id));
      const mine = events.filter((e: { id: string }) => ids.includes(e.id));
      expect(mine).toHaveLength(12);
      expect(mine.every((e: { n: number }) => e.n === 1)).toBe(true);
      const rows = await a.ds.query(`SELECT count(*)::int AS n FROM progress_updates WHERE id = ANY($1) AND status = 'PUBLISHED'`, [ids]);
      expect(rows[0].n).toBe(12);
    }
  });
});
