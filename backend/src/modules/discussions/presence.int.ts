import { startTestApp, type TestApp } from '../../test/harness.js';
import { cast, eventually, newThread, signIn, sleep, socketFor, spaceId, type Cast } from '../../test/discussions.fixtures.js';

let app: TestApp;
let p: Cast;
let gent: string;
const cleanup: (() => unknown)[] = [];
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  p = await cast(app);
  gent = await spaceId(app, 'regio-gent');
});
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});
afterAll(() => app.stop());

function open(cookie: string | null) {
  const s = socketFor(app.url, cookie!);
  cleanup.push(() => s.s.disconnect());
  return s;
}
const names = (e: any) => e.viewers.map((v: any) => v.displayName);
const lastViewers = (seen: { viewers: any[] }, threadId: string) => [...seen.viewers].reverse().find((e) => e.threadId === threadId);

describe('who is viewing a thread', () => {
  it('shows everyone in the thread, and drops people who leave or disconnect', async () => {
    const t = await newThread(p.member.client, { spaceId: gent });
    const marie = open(p.member.client.cookie);
    const koen = open(p.coordinator.client.cookie);
    const ahmed = open(p.otherMember.client.cookie);
    expect(await marie.emit('thread:join', { threadId: t.id })).toEqual({ ok: true, viewers: [{ id: p.member.user.id, displayName: 'Marie Gentse' }] });
    expect(names(await koen.emit('thread:join', { threadId: t.id }))).toEqual(['Koen Kringleider', 'Marie Gentse']);
    expect(names(await ahmed.emit('thread:join', { threadId: t.id }))).toEqual(['Ahmed Antwerpenaar', 'Koen Kringleider', 'Marie Gentse']);
    await eventually('Marie to see three viewers', () => lastViewers(marie.seen, t.id)?.viewers.length === 3);

    await koen.emit('thread:leave', { threadId: t.id });
    await eventually('Marie to see Koen go', () => names(lastViewers(marie.seen, t.id)).join() === 'Ahmed Antwerpenaar,Marie Gentse');
    ahmed.s.disconnect();
    await eventually('Marie to see Ahmed go', () => names(lastViewers(marie.seen, t.id)).join() === 'Marie Gentse');
  });

  it('counts a person once, however many tabs they have open', async () => {
    const t = await newThread(p.member.client, { spaceId: gent });
    const tab1 = open(p.member.client.cookie);
    const tab2 = open(p.member.client.cookie);
    await tab1.emit('thread:join', { threadId: t.id });
    expect(names(await tab2.emit('thread:join', { threadId: t.id }))).toEqual(['Marie Gentse']);
  });

  it('refuses a thread the person may not see, an unknown thread and nonsense', async () => {
    const t = await newThread(p.member.client, { spaceId: gent, membersOnly: true });
    const ahmed = open(p.otherMember.client.cookie);
    expect(await ahmed.emit('thread:join', { threadId: t.id })).toEqual({ error: { code: 'FORBIDDEN', message: expect.any(String) } });
    expect((await ahmed.emit('thread:join', { threadId: '00000000-0000-4000-8000-000000000000' })).error.code).toBe('NOT_FOUND');
    expect((await ahmed.emit('thread:join', { threadId: { $gt: '' } })).error.code).toBe('BAD_USER_INPUT');
    const marie = open(p.member.client.cookie);
    expect(names(await marie.emit('thread:join', { threadId: t.id }))).toEqual(['Marie Gentse']);
    // Refused, so not in the room: typing is refused too and reaches nobody.
    expect((await ahmed.emit('thread:typing', { threadId: t.id })).error.code).toBe('FORBIDDEN');
    await sleep(200);
    expect(marie.seen.typing).toEqual([]);
  });
});

describe('"… is aan het typen"', () => {
  it('reaches the others in the thread, at most once per socket every two seconds', async () => {
    const t = await newThread(p.member.client, { spaceId: gent });
    const marie = open(p.member.client.cookie);
    const koen = open(p.coordinator.client.cookie);
    await marie.emit('thread:join', { threadId: t.id });
    await koen.emit('thread:join', { threadId: t.id });
    const acks = [];
    for (let i = 0; i < 5; i++) acks.push(await koen.emit('thread:typing', { threadId: t.id }));
    const sent = acks.filter((a) => a.ok && !a.throttled).length;
    expect(acks.every((a) => a.ok)).toBe(true);
    expect(acks.filter((a) => a.throttled).length).toBeGreaterThan(0);
    await eventually('Marie to see Koen typing', () => marie.seen.typing.length >= sent);
    await sleep(200);
    expect(marie.seen.typing).toEqual(Array(sent).fill({ threadId: t.id, user: { id: p.coordinator.user.id, displayName: 'Koen Kringleider' } }));
    expect(koen.seen.typing).toEqual([]);
  });

  it('rate limits a flood of typing events from one account', async () => {
    const t = await newThread(p.member.client, { spaceId: gent });
    const typist = await signIn(app, { bestuurCode: '44021' });
    const s = open(typist.client.cookie);
    await s.emit('thread:join', { threadId: t.id });
    const acks = await Promise.all(Array.from({ length: 70 }, () => s.emit('thread:typing', { threadId: t.id })));
    expect(acks.filter((a) => a.ok)).toHaveLength(60);
    expect(acks.filter((a) => a.error?.code === 'RATE_LIMITED')).toHaveLength(10);
  });
});
