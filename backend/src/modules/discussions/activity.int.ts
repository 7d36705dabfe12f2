import { startTestApp, type TestApp } from '../../test/harness.js';
import {
  cast, endedWith, eventually, lastPosition, newComment, newThread, ok, Q, signIn, SPACE_ACTIVITY, spaceId, subscribe, THREAD_ACTIVITY, wsClient, type Cast,
} from '../../test/discussions.fixtures.js';
import { DomainEvents, type DomainEvent } from './domain-events.js';

let app: TestApp;
let p: Cast;
let gent: string;
let central: string;
const cleanup: (() => unknown)[] = [];
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  p = await cast(app);
  gent = await spaceId(app, 'regio-gent');
  central = await spaceId(app, 'centraal');
});
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});
afterAll(() => app.stop());

function live(cookie: string | null) {
  const c = wsClient(app.url, cookie);
  cleanup.push(() => c.dispose());
  return c;
}

describe('threadActivity', () => {
  it('replays what came after the given position, then streams live: in order, none twice', async () => {
    const t = await newThread(p.member.client, { spaceId: gent });
    const from = await lastPosition(app);
    const early = [];
    for (const body of ['een', 'twee', 'drie']) early.push(await newComment(p.coordinator.client, t.id, body));
    const got = subscribe(live(p.member.client.cookie), THREAD_ACTIVITY, { threadId: t.id, after: from });
    await eventually('the replay', () => got.results.length >= 3);
    const late = await newComment(p.otherMember.client, t.id, 'vier');
    ok(await p.member.client.gql(Q.useful, { input: { commentId: late.id } }), 'markCommentUseful');
    ok(await p.coordinator.client.gql(Q.close, { input: { threadId: t.id } }), 'closeThread');
    await eventually('the live events', () => got.results.length >= 6);
    await new Promise((r) => setTimeout(r, 300));

    expect(got.error).toBeNull();
    const events = got.results.map((r) => r.data.threadActivity);
    expect(events.map((e) => [e.type, e.comment?.body ?? null])).toEqual([
      ['COMMENT_ADDED', 'een'], ['COMMENT_ADDED', 'twee'], ['COMMENT_ADDED', 'drie'],
      ['COMMENT_ADDED', 'vier'], ['REACTION_CHANGED', 'vier'], ['THREAD_CLOSED', null],
    ]);
    const positions = events.map((e) => BigInt(e.position));
    expect(positions.every((pos, i) => i === 0 || pos > positions[i - 1])).toBe(true);
    expect(events[0].comment.author.displayName).toBe('Koen Kringleider');
    expect(events[5].thread.status).toBe('CLOSED');
    expect(early.map((c) => c.id)).toEqual(events.slice(0, 3).map((e) => e.comment.id));
  });

  it('does not send mentions or reports, which are not for everyone', async () => {
    const t = await newThread(p.member.client, { spaceId: central });
    const got = subscribe(live(p.otherMember.client.cookie), THREAD_ACTIVITY, { threadId: t.id, after: await lastPosition(app) });
    await newComment(p.coordinator.client, t.id, `Dag @[Marie](user:${p.member.user.id})`);
    ok(await p.admin.client.gql(Q.report, { input: { threadId: t.id, reason: 'Dubbele vraag' } }), 'reportPost');
    await newComment(p.coordinator.client, t.id, 'Einde');
    await eventually('two events', () => got.results.length >= 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(got.results.map((r) => r.data.threadActivity.type)).toEqual(['COMMENT_ADDED', 'COMMENT_ADDED']);
    const types = (await app.ds.query(`SELECT type FROM space_events WHERE thread_id = $1 ORDER BY position`, [t.id])).map((r: any) => r.type);
    expect(types).toEqual(['THREAD_CREATED', 'COMMENT_ADDED', 'MENTIONED', 'POST_REPORTED', 'COMMENT_ADDED']);
  });

  it('refuses to subscribe to a thread one may not see, an unknown thread, or without signing in', async () => {
    const t = await newThread(p.member.client, { spaceId: gent, membersOnly: true });
    const outsider = subscribe(live(p.otherMember.client.cookie), THREAD_ACTIVITY, { threadId: t.id });
    const unknown = subscribe(live(p.member.client.cookie), THREAD_ACTIVITY, { threadId: '00000000-0000-4000-8000-000000000000' });
    const anonymous = subscribe(live(null), THREAD_ACTIVITY, { threadId: t.id });
    await eventually('three refusals', () => endedWith(outsider) && endedWith(unknown) && endedWith(anonymous));
    expect([endedWith(outsider), endedWith(unknown), endedWith(anonymous)]).toEqual(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);
    await newComment(p.coordinator.client, t.id, 'Geheim');
    await new Promise((r) => setTimeout(r, 300));
    expect(outsider.results.filter((r) => r.data)).toEqual([]);
  });

  it('stops someone who loses access: their next event ends the subscription', async () => {
    const t = await newThread(p.coordinator.client, { spaceId: gent, membersOnly: true });
    const leaver = await signIn(app, { bestuurCode: '44021' });
    const got = subscribe(live(leaver.client.cookie), THREAD_ACTIVITY, { threadId: t.id, after: await lastPosition(app) });
    await newComment(p.coordinator.client, t.id, 'Nog voor jou');
    await eventually('the first event', () => got.results.length === 1);
    // The person moves to a bestuur in another region, and so leaves the kenniskring.
    ok(await leaver.client.gql(`mutation { updateProfile(input: { bestuurCode: "11002" }) { id } }`), 'updateProfile');
    await newComment(p.coordinator.client, t.id, 'Niet meer voor jou');
    await eventually('the subscription to end', () => endedWith(got));
    expect(endedWith(got)).toBe('FORBIDDEN');
    expect(got.results.map((r) => r.data.threadActivity.comment.body)).toEqual(['Nog voor jou']);
  });
});

describe('spaceActivity', () => {
  it('tells a space\'s subscribers about new threads and activity, without the threads they may not see', async () => {
    const got = subscribe(live(p.otherMember.client.cookie), SPACE_ACTIVITY, { spaceId: gent, after: await lastPosition(app) });
    const insider = subscribe(live(p.member.client.cookie), SPACE_ACTIVITY, { spaceId: gent, after: await lastPosition(app) });
    const open = await newThread(p.coordinator.client, { spaceId: gent, title: 'Open voor iedereen' });
    const closed = await newThread(p.coordinator.client, { spaceId: gent, title: 'Enkel de kring', membersOnly: true });
    await newComment(p.member.client, closed.id, 'Binnen de kring');
    await newComment(p.member.client, open.id, 'Voor iedereen');
    ok(await p.coordinator.client.gql(Q.move, { input: { threadId: open.id, spaceId: central } }), 'moveThread');
    await eventually('the insider\'s events', () => insider.results.length >= 5);
    await eventually('the outsider\'s events', () => got.results.length >= 3);
    await new Promise((r) => setTimeout(r, 300));
    const seen = (c: typeof got) => c.results.map((r) => [r.data.spaceActivity.type, r.data.spaceActivity.thread.title]);
    expect(seen(got)).toEqual([['THREAD_CREATED', 'Open voor iedereen'], ['COMMENT_ADDED', 'Open voor iedereen'], ['THREAD_MOVED', 'Open voor iedereen']]);
    expect(seen(insider)).toEqual([
      ['THREAD_CREATED', 'Open voor iedereen'], ['THREAD_CREATED', 'Enkel de kring'], ['COMMENT_ADDED', 'Enkel de kring'],
      ['COMMENT_ADDED', 'Open voor iedereen'], ['THREAD_MOVED', 'Open voor iedereen'],
    ]);
    expect(got.error).toBeNull();
  });

  it('refuses an unknown space and anonymous visitors', async () => {
    const unknown = subscribe(live(p.member.client.cookie), SPACE_ACTIVITY, { spaceId: '00000000-0000-4000-8000-000000000000' });
    const anonymous = subscribe(live(null), SPACE_ACTIVITY, { spaceId: central });
    await eventually('two refusals', () => endedWith(unknown) && endedWith(anonymous));
    expect([endedWith(unknown), endedWith(anonymous)]).toEqual(['NOT_FOUND', 'UNAUTHENTICATED']);
  });
});

describe('domain events', () => {
  it('hands every event, after commit and in order, to in-process listeners', async () => {
    const events = app.app.get(DomainEvents);
    const heard: DomainEvent[] = [];
    const stop = events.on('*', (e) => { heard.push(e); });
    cleanup.push(stop);
    const t = await newThread(p.member.client, { spaceId: central });
    const c = await newComment(p.admin.client, t.id, `Zie @[Marie](user:${p.member.user.id})`);
    ok(await p.member.client.gql(Q.accept, { input: { commentId: c.id } }), 'acceptAnswer');
    await eventually('the events', () => heard.filter((e) => e.threadId === t.id).length >= 4);
    expect(heard.filter((e) => e.threadId === t.id).map((e) => [e.type, e.payload])).toEqual([
      ['THREAD_CREATED', {}],
      ['COMMENT_ADDED', { commentId: c.id }],
      ['MENTIONED', { commentId: c.id, userIds: [p.member.user.id] }],
      ['ANSWER_ACCEPTED', { commentId: c.id }],
    ]);
  });

  it('writes no event when the change is refused', async () => {
    const t = await newThread(p.member.client, { spaceId: central });
    ok(await p.admin.client.gql(Q.lock, { input: { threadId: t.id, locked: true } }), 'setThreadLocked');
    const before = await lastPosition(app);
    const r = await p.otherMember.client.gql(Q.addComment, { input: { threadId: t.id, body: 'Mag niet' } });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await lastPosition(app)).toBe(before);
  });
});
