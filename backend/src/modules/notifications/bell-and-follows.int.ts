import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import { newComment, newThread, ORIGIN, signIn, spaceId, eventually } from '../../test/discussions.fixtures.js';
import { Client, codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import { makeTraject } from '../../test/trajecten.js';
import { bell, data, follow, Q, settle, snapshot } from './test-helpers.js';

let app: TestApp;
let central: string;
let gent: string;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  central = await spaceId(app, 'centraal');
  gent = await spaceId(app, 'regio-gent');
});
afterAll(() => app.stop());

const person = (name: string, bestuurCode = '44021') => signIn(app, { name, bestuurCode });

/** An asker with `n` replies from someone else in their thread. */
async function askerWithReplies(n: number) {
  const asker = await person('Ann Asker');
  const helper = await person('Hugo Helper');
  const thread = await newThread(asker.client, { spaceId: central });
  for (let i = 0; i < n; i++) await newComment(helper.client, thread.id, `Antwoord ${i + 1}`);
  await settle(app);
  return { asker, helper, thread };
}

describe('the bell', () => {
  it('pages newest first, filters unread, and marks one or all read', async () => {
    const { asker } = await askerWithReplies(3);
    const page1 = data(await asker.client.gql(Q.notifications, { first: 2 }), 'notifications');
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e: any) => e.node.excerpt)).toEqual(['Antwoord 3', 'Antwoord 2']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = data(await asker.client.gql(Q.notifications, { first: 2, after: page1.pageInfo.endCursor }), 'notifications');
    expect(page2.edges.map((e: any) => e.node.excerpt)).toEqual(['Antwoord 1']);

    const oldest = page2.edges[0].node;
    expect(data(await asker.client.gql(Q.markRead, { input: { id: oldest.id } }), 'markNotificationRead')).toMatchObject({ id: oldest.id, read: true });
    expect((await bell(asker.client)).count).toBe(2);
    const unread = data(await asker.client.gql(Q.notifications, { unreadOnly: true }), 'notifications');
    expect(unread.edges.map((e: any) => e.node.excerpt)).toEqual(['Antwoord 3', 'Antwoord 2']);

    expect(data(await asker.client.gql(Q.markAll), 'markAllNotificationsRead')).toBe(2);
    expect((await bell(asker.client)).count).toBe(0);
    expect(data(await asker.client.gql(Q.markAll), 'markAllNotificationsRead')).toBe(0);
  });

  it('pushes the unread count live over socket.io, sends it on connect and answers a sync, so it is right after a reconnect', async () => {
    const asker = await person('Ann Asker');
    const helper = await person('Hugo Helper');
    const thread = await newThread(asker.client, { spaceId: central });
    const connect = () => {
      const s = io(app.url, { path: '/socket.io', transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { origin: ORIGIN, cookie: asker.client.cookie! } });
      const counts: number[] = [];
      const times: number[] = [];
      s.on('notifications:count', (m: { count: number; at: number }) => {
        counts.push(m.count);
        times.push(m.at);
      });
      return { s, counts, times };
    };
    const first = connect();
    await eventually('the count on connect', () => first.counts.length > 0);
    expect(first.counts).toEqual([0]);
    await newComment(helper.client, thread.id, 'Een');
    await settle(app);
    await eventually('the pushed count', () => first.counts.includes(1));
    first.s.disconnect();

    // Missed while disconnected.
    await newComment(helper.client, thread.id, 'Twee');
    await settle(app);
    const second = connect();
    await eventually('the count after reconnecting', () => second.counts.includes(2));
    const ack = await new Promise<{ count: number; at: number }>((resolve) => second.s.emit('notifications:sync', {}, resolve));
    expect(ack.count).toBe(2);
    await asker.client.gql(Q.markAll);
    await eventually('the count after marking all read', () => second.counts[second.counts.length - 1] === 0);
    // Each count says when it was taken (the bell drops one older than what it shows), later ones later.
    const times = [...first.times, ...second.times];
    expect(times.every((t) => Number.isFinite(t) && Math.abs(t - Date.now()) < 60_000)).toBe(true);
    expect(second.times[second.times.length - 1]).toBeGreaterThan(ack.at);
    expect(ack.at).toBeGreaterThan(first.times[0]);
    second.s.disconnect();
  });

  it('refuses the bell to anonymous visitors', async () => {
    const anon = new Client(app.url);
    expect(codeOf(await anon.gql(Q.count))).toBe('UNAUTHENTICATED');
    expect(codeOf(await anon.gql(Q.notifications, {}))).toBe('UNAUTHENTICATED');
  });
});

describe('follows', () => {
  it('follows, shows how a thread is followed through its space, and changes and ends a follow', async () => {
    const reader = await person('Rob Lezer');
    const thread = await newThread((await person('Sam Starter')).client, { spaceId: gent, title: 'Een onderwerp' });
    expect(data(await reader.client.gql(Q.status, { t: 'THREAD', id: thread.id }), 'followStatus')).toEqual({ level: null, via: 'NONE', follow: null });
    const f = await follow(reader.client, 'SPACE', gent, 'NIEUWE_ONDERWERPEN');
    expect(f).toMatchObject({ targetType: 'SPACE', targetId: gent, level: 'NIEUWE_ONDERWERPEN', auto: false, target: { title: 'Regio Gent', link: '/werkruimte/regio-gent' } });
    expect(data(await reader.client.gql(Q.status, { t: 'THREAD', id: thread.id }), 'followStatus')).toEqual({ level: 'NIEUWE_ONDERWERPEN', via: 'SPACE', follow: null });
    const own = await follow(reader.client, 'THREAD', thread.id, 'NORMAAL');
    expect(data(await reader.client.gql(Q.status, { t: 'THREAD', id: thread.id }), 'followStatus')).toEqual({ level: 'NORMAAL', via: 'EXPLICIT', follow: { id: own.id, auto: false } });
    expect(data(await reader.client.gql(Q.myFollows, { type: 'THREAD' }), 'myFollows').edges.map((e: any) => e.node.target)).toEqual([
      { title: 'Een onderwerp', link: `/werkruimte/discussies/${thread.id}` },
    ]);
    expect(data(await reader.client.gql(Q.unfollow, { input: { targetType: 'THREAD', targetId: thread.id } }), 'unfollowTarget'))
      .toEqual({ targetType: 'THREAD', targetId: thread.id, level: 'NIEUWE_ONDERWERPEN', via: 'SPACE', follow: null });
  });

  it('lists e-mail preferences with their defaults and changes them', async () => {
    const p = await person('Pia Voorkeur');
    const before = data<any[]>(await p.client.gql(Q.preferences), 'notificationPreferences');
    expect(before).toHaveLength(14);
    expect(before.find((x) => x.type === 'MENTION')).toEqual({ type: 'MENTION', label: 'Vermelding', delivery: 'DIRECT', isDefault: true });
    expect(before.find((x) => x.type === 'PROGRESS_UPDATE')).toMatchObject({ delivery: 'DAGELIJKS', isDefault: true });
    const after = data<any[]>(await p.client.gql(Q.setPreferences, { input: { items: [{ type: 'PROGRESS_UPDATE', delivery: 'WEKELIJKS' }, { type: 'MENTION', delivery: 'NOOIT' }] } }), 'updateNotificationPreferences');
    expect(after.find((x) => x.type === 'PROGRESS_UPDATE')).toEqual({ type: 'PROGRESS_UPDATE', delivery: 'WEKELIJKS', isDefault: false });
    expect(after.find((x) => x.type === 'MENTION')).toEqual({ type: 'MENTION', delivery: 'NOOIT', isDefault: false });
  });
});

describe('bad input: a clear error and nothing changed', () => {
  it('refuses to follow a members-only thread of another region, and something that does not exist', async () => {
    const coordinator = await signIn(app, { name: 'Koen Kring', bestuurCode: '44021', coordinates: 'regio-gent' });
    const thread = await newThread(coordinator.client, { spaceId: gent, kind: 'DISCUSSIE', membersOnly: true });
    const outsider = await person('Olaf Buiten', '11002');
    // The new thread's own follow and notifications are made by the consumer, after the request.
    await settle(app);
    const before = await snapshot(app);
    const r = await outsider.client.gql(Q.follow, { input: { targetType: 'THREAD', targetId: thread.id } });
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors![0].message).toBe('Deze discussie is enkel zichtbaar voor de leden van de kenniskring.');
    expect(codeOf(await outsider.client.gql(Q.follow, { input: { targetType: 'TRAJECT', targetId: randomUUID() } }))).toBe('NOT_FOUND');
    expect(codeOf(await outsider.client.gql(Q.follow, { input: { targetType: 'SPACE', targetId: randomUUID() } }))).toBe('NOT_FOUND');
    expect(await snapshot(app)).toEqual(before);
  });

  it('refuses an unknown level, and "nieuwe onderwerpen" for a single thread', async () => {
    const p = await person('Lena Level');
    const t = await makeTraject(app);
    const thread = await newThread(p.client, { spaceId: central });
    await settle(app);
    const before = await snapshot(app);
    const unknown = await p.client.gql(Q.follow, { input: { targetType: 'TRAJECT', targetId: t.id, level: 'SOMS' } });
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].message).toMatch(/"SOMS" at "input\.level"/);
    const wrong = await p.client.gql(Q.follow, { input: { targetType: 'THREAD', targetId: thread.id, level: 'NIEUWE_ONDERWERPEN' } });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions!.fields).toEqual({ level: expect.stringMatching(/^Een onderwerp volg je met alles, normaal of gedempt/) });
    expect(await snapshot(app)).toEqual(before);
  });

  it('does not let anyone mark someone else\'s notification read', async () => {
    const { asker } = await askerWithReplies(1);
    const [{ id }] = (await bell(asker.client)).items;
    const other = await person('Nosy Nina');
    const before = await snapshot(app);
    const r = await other.client.gql(Q.markRead, { input: { id } });
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(r.errors![0].message).toBe('Melding niet gevonden.');
    expect(codeOf(await other.client.gql(Q.markRead, { input: { id: 'geen-id' } }))).toBe('BAD_USER_INPUT');
    expect(await snapshot(app)).toEqual(before);
    expect((await bell(asker.client)).count).toBe(1);
  });

  it('refuses a preferences update with an unknown type, a type given twice, or an unknown delivery', async () => {
    const p = await person('Pia Voorkeur');
    const before = await snapshot(app);
    const unknown = await p.client.gql(Q.setPreferences, { input: { items: [{ type: 'NIEUWSBRIEF', delivery: 'NOOIT' }] } });
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].message).toMatch(/"NIEUWSBRIEF" at "input\.items\[0\]\.type"/);
    const twice = await p.client.gql(Q.setPreferences, { input: { items: [{ type: 'MENTION', delivery: 'NOOIT' }, { type: 'MENTION', delivery: 'DIRECT' }] } });
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    expect(twice.errors![0].extensions!.fields).toEqual({ items: 'Elk soort melding komt hoogstens één keer voor.' });
    expect(codeOf(await p.client.gql(Q.setPreferences, { input: { items: [{ type: 'MENTION', delivery: 'SOMS' }] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await p.client.gql(Q.setPreferences, { input: { items: [] } }))).toBe('BAD_USER_INPUT');
    expect(await snapshot(app)).toEqual(before);
  });
});
