import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { dbUrl } from '../../test/db.js';
import { Client, signedIn, startTestApp, type TestApp } from '../../test/harness.js';
import { addMember, addMilestone, eventually, makeTraject, ok, type TrajectRow } from '../../test/trajecten.js';
import { TrajectEventListeners, type TrajectEvent } from './traject-events.js';

// Changes go through instance A, subscribers listen on instance B: the multi-instance path through Redis.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let a: TestApp;
let b: TestApp;
const cleanup: (() => unknown)[] = [];
beforeAll(async () => {
  a = await startTestApp({ REDIS_URL, MAIL_POLL_SECONDS: '86400' });
  b = await startTestApp({ REDIS_URL, MAIL_POLL_SECONDS: '86400', DATABASE_URL: dbUrl(a.dbName) }, { dbName: a.dbName });
});
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

function ws(app: TestApp, cookie: string | null = null): WsClient {
  const headers = { origin: 'http://ketenwerk.test', ...(cookie ? { cookie } : {}) };
  class BrowserLike extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({ url: `${app.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: BrowserLike, retryAttempts: 0 });
  cleanup.push(() => client.dispose());
  return client;
}

function collect(client: WsClient, query: string, variables: Record<string, unknown>) {
  const got = { results: [] as any[], error: null as unknown, done: false };
  client.subscribe({ query, variables }, {
    next: (r) => { got.results.push(r); },
    error: (e) => { got.error = e; },
    complete: () => { got.done = true; },
  });
  return got;
}

const CHANGED = `subscription($id: ID!, $after: String) { trajectChanged(trajectId: $id, after: $after) {
  position type traject { progress } milestone { title status } update { title } } }`;
const PUBLISHED = `subscription($id: ID!, $after: String) { progressUpdatePublished(trajectId: $id, after: $after) {
  position update { title status } traject { slug } } }`;
const CREATE_MS = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateTrajectInput!) { updateTraject(input: $input) { id } }`;

const positionsInLog = async (t: TrajectRow, after = '0'): Promise<string[]> =>
  (await a.ds.query(`SELECT position::text AS p FROM traject_events WHERE traject_id = $1 AND position > $2 ORDER BY position`, [t.id, after]))
    .map((r: { p: string }) => r.p);

async function withLead() {
  const t = await makeTraject(a);
  const lead = await signedIn(a);
  await addMember(a, t.id, lead.user.id, 'LEAD');
  return { t, lead: lead.client };
}

const milestone = (lead: Client, t: TrajectRow, title: string) =>
  lead.gql(CREATE_MS, { input: { trajectId: t.id, title, dueDate: '2026-01-31' } }).then(ok);

describe('trajectChanged', () => {
  it('replays what happened after a position, then streams live: no gap, no duplicate', async () => {
    const { t, lead } = await withLead();
    await milestone(lead, t, 'Eerste mijlpaal');
    await milestone(lead, t, 'Tweede mijlpaal');
    const [first] = await positionsInLog(t);

    const first1 = collect(ws(b), CHANGED, { id: t.id, after: '0' });
    await eventually('the replay', () => (first1.results.length === 2 ? true : undefined));
    await milestone(lead, t, 'Derde mijlpaal');
    await eventually('the live event', () => (first1.results.length === 3 ? true : undefined));
    expect(first1.results.map((r) => r.data.trajectChanged.milestone.title)).toEqual(['Eerste mijlpaal', 'Tweede mijlpaal', 'Derde mijlpaal']);
    expect(first1.results.map((r) => r.data.trajectChanged.position)).toEqual(await positionsInLog(t));

    // Resume from the first event: the two after it come again, then what happens next.
    const resumed = collect(ws(b), CHANGED, { id: t.id, after: first });
    await eventually('the replay after the first event', () => (resumed.results.length === 2 ? true : undefined));
    ok(await lead.gql(UPDATE, { input: { trajectId: t.id, status: 'UITROL' } }));
    await eventually('the live event after the replay', () => (resumed.results.length === 3 ? true : undefined));
    expect(resumed.results.map((r) => r.data.trajectChanged.position)).toEqual(await positionsInLog(t, first));
    expect(resumed.results.map((r) => r.data.trajectChanged.type)).toEqual(['MILESTONE_CHANGED', 'MILESTONE_CHANGED', 'TRAJECT_UPDATED']);
    expect(resumed.error).toBeNull();
  });

  it('misses nothing and repeats nothing while many changes happen during the subscribe', async () => {
    const { t, lead } = await withLead();
    await milestone(lead, t, 'Vooraf');
    const [start] = await positionsInLog(t);
    const burst = Array.from({ length: 20 }, (_, i) => milestone(lead, t, `Mijlpaal ${i}`));
    const got = collect(ws(b), CHANGED, { id: t.id, after: start });
    await Promise.all(burst);
    const expected = await positionsInLog(t, start);
    expect(expected).toHaveLength(20);
    await eventually('all 20 events', () => (got.results.length >= 20 ? true : undefined));
    expect(got.results.map((r) => r.data.trajectChanged.position)).toEqual(expected);
  });

  it('streams a milestone reached by a published update, with the new progress', async () => {
    const { t, lead } = await withLead();
    const ms = await addMilestone(a, t.id);
    const [{ p }] = await a.ds.query(`SELECT coalesce(max(position), 0)::text AS p FROM traject_events`);
    const got = collect(ws(b), CHANGED, { id: t.id, after: p });
    const draft = ok(await lead.gql(`mutation($input: CreateProgressUpdateInput!) { createProgressUpdate(input: $input) { id } }`, {
      input: { trajectId: t.id, title: 'Mijlpaal behaald', body: 'Gelukt!', milestoneChanges: [{ milestoneId: ms, status: 'BEHAALD' }] },
    })).createProgressUpdate;
    ok(await lead.gql(`mutation($input: ProgressUpdateIdInput!) { publishProgressUpdate(input: $input) { id } }`, { input: { updateId: draft.id } }));
    await eventually('four events', () => (got.results.length >= 4 ? true : undefined));
    expect(got.results.map((r) => r.data.trajectChanged)).toEqual([
      expect.objectContaining({ type: 'UPDATE_PUBLISHED', update: { title: 'Mijlpaal behaald' }, traject: { progress: 100 } }),
      expect.objectContaining({ type: 'MILESTONE_CHANGED', milestone: { title: 'Mijlpaal', status: 'BEHAALD' } }),
      expect.objectContaining({ type: 'MILESTONE_REACHED', milestone: { title: 'Mijlpaal', status: 'BEHAALD' } }),
      expect.objectContaining({ type: 'PROGRESS_CHANGED', traject: { progress: 100 } }),
    ]);
  });

  it('refuses a members-only traject to an anonymous subscriber, as if it did not exist', async () => {
    const hidden = await makeTraject(a, { visibility: 'MEMBERS' });
    const anon = collect(ws(b), CHANGED, { id: hidden.id });
    const unknown = collect(ws(b), CHANGED, { id: '00000000-0000-4000-8000-000000000000' });
    await eventually('both answers', () => (anon.done && unknown.done ? true : undefined));
    expect(anon.results).toEqual(unknown.results);
    expect(anon.results[0].errors[0].extensions.code).toBe('NOT_FOUND');
    const member = await signedIn(a);
    const allowed = collect(ws(b, member.client.cookie), CHANGED, { id: hidden.id, after: '0' });
    const lead = await signedIn(a);
    await addMember(a, hidden.id, lead.user.id, 'LEAD');
    await milestone(lead.client, hidden, 'Voor leden');
    await eventually('the member to hear it', () => (allowed.results.length ? true : undefined));
    expect(allowed.results[0].data.trajectChanged.milestone.title).toBe('Voor leden');
  });

  it('ends an anonymous subscription with NOT_FOUND once the traject becomes members-only', async () => {
    const { t, lead } = await withLead();
    const got = collect(ws(b), CHANGED, { id: t.id, after: '0' });
    await milestone(lead, t, 'Nog openbaar');
    await eventually('the public event', () => (got.results.length ? true : undefined));
    ok(await lead.gql(UPDATE, { input: { trajectId: t.id, visibility: 'MEMBERS' } }));
    await milestone(lead, t, 'Nu besloten');
    await eventually('the end of the stream', () => (got.done ? true : undefined));
    expect(got.results).toHaveLength(2);
    expect(got.results[1].data).toBeNull();
    expect(got.results[1].errors[0].extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(got.results)).not.toContain('Nu besloten');
  });

  it('answers BAD_USER_INPUT for a position that is not one', async () => {
    const t = await makeTraject(a);
    const got = collect(ws(b), CHANGED, { id: t.id, after: 'gisteren' });
    await eventually('the answer', () => (got.done || got.error ? true : undefined));
    expect(got.results[0].errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: 'Ongeldige positie.' } });
  });
});

describe('progressUpdatePublished', () => {
  it('replays only published updates after a position, then the next one live', async () => {
    const { t, lead } = await withLead();
    const create = (title: string) => lead.gql(`mutation($input: CreateProgressUpdateInput!) { createProgressUpdate(input: $input) { id } }`,
      { input: { trajectId: t.id, title, body: 'Tekst' } }).then(ok).then((d) => d.createProgressUpdate.id);
    const publish = (id: string) => lead.gql(`mutation($input: ProgressUpdateIdInput!) { publishProgressUpdate(input: $input) { id } }`, { input: { updateId: id } }).then(ok);
    await publish(await create('Eén'));
    await milestone(lead, t, 'Tussendoor');
    await publish(await create('Twee'));
    await create('Concept blijft stil');
    const got = collect(ws(b), PUBLISHED, { id: t.id, after: '0' });
    await eventually('the replay', () => (got.results.length === 2 ? true : undefined));
    const resumeAfter = got.results[0].data.progressUpdatePublished.position;
    await publish(await create('Drie'));
    await eventually('the live update', () => (got.results.length === 3 ? true : undefined));
    expect(got.results.map((r) => r.data.progressUpdatePublished.update)).toEqual([
      { title: 'Eén', status: 'PUBLISHED' }, { title: 'Twee', status: 'PUBLISHED' }, { title: 'Drie', status: 'PUBLISHED' },
    ]);
    const resumed = collect(ws(b), PUBLISHED, { id: t.id, after: resumeAfter });
    await eventually('the resumed replay', () => (resumed.results.length === 2 ? true : undefined));
    expect(resumed.results.map((r) => r.data.progressUpdatePublished.update.title)).toEqual(['Twee', 'Drie']);
  });
});

describe('in-process listeners', () => {
  it('hear each committed event once, with its payload, on the instance that made the change', async () => {
    const { t, lead } = await withLead();
    const heard: TrajectEvent[] = [];
    const stop = a.app.get(TrajectEventListeners).register((e) => { if (e.trajectId === t.id) heard.push(e); });
    cleanup.push(stop);
    const failing = a.app.get(TrajectEventListeners).register(() => { throw new Error('een luisteraar faalt'); });
    cleanup.push(failing);
    await milestone(lead, t, 'Gehoord');
    const refused = await lead.gql(CREATE_MS, { input: { trajectId: t.id, title: 'x', dueDate: '2026-02-30' } });
    expect(refused.errors).toBeDefined();
    expect(heard.map((e) => [e.type, e.payload.status])).toEqual([['MILESTONE_CHANGED', 'GEPLAND']]);
    expect(heard[0].position).toBe((await positionsInLog(t))[0]);
  });
});
