import { startTestApp, type TestApp } from '../../test/harness.js';
import {
  cast, endedWith, eventually, lastPosition, newComment, newThread, ok, Q, signIn, sleep, spaceId, subscribe, wsClient, type Cast, type Collected,
} from '../../test/discussions.fixtures.js';

// Subscribers of one event share its answer when it is bound to be the same for them (see
// event-sharing.ts). These tests put people who must see different things on the same thread,
// with the same document, and check that each gets exactly their own answer.

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

function listen(cookie: string | null, query: string, variables: Record<string, unknown>): Collected {
  const c = wsClient(app.url, cookie);
  cleanup.push(() => c.dispose());
  return subscribe(c, query, variables);
}

const BY_ROLE = `subscription($threadId: ID!, $after: String) { threadActivity(threadId: $threadId, after: $after) {
  type comment { body hidden viewerCan { edit hide report } } thread { viewerCan { edit moderate } } } }`;
const PER_VIEWER = `subscription($threadId: ID!, $after: String) { threadActivity(threadId: $threadId, after: $after) {
  type comment { usefulCount viewerFoundUseful } } }`;
const SIMPLE = `subscription($threadId: ID!, $after: String) { threadActivity(threadId: $threadId, after: $after) {
  type comment { body } } }`;

describe('one answer per group of subscribers who are bound to get the same', () => {
  it('gives the author, moderators and other members of a thread each what they may see of a comment that gets hidden', async () => {
    const neighbour = await signIn(app, { bestuurCode: '44021', name: 'Nele Buur' });
    // The writer's colleague has the writer's role in Gent; only the authorship differs.
    const colleague = await signIn(app, { bestuurCode: '11002', name: 'Cas Collega' });
    const t = await newThread(p.member.client, { spaceId: gent });
    const after = await lastPosition(app);
    const who = {
      asker: p.member, neighbour, neighbourAgain: neighbour, writer: p.otherMember, colleague, moderator: p.coordinator, admin: p.admin,
    };
    const got = Object.fromEntries(Object.entries(who).map(([k, v]) => [k, listen(v.client.cookie, BY_ROLE, { threadId: t.id, after })]));
    const bad = await newComment(p.otherMember.client, t.id, 'Mijn rijksregisternummer is 85.07.30-033.61');
    // The event carries the comment as it is when it is sent: hide it only once everyone has had it.
    await eventually('the comment for everyone', () => Object.values(got).every((g) => g.results.length >= 1));
    ok(await p.coordinator.client.gql(Q.hide, { input: { commentId: bad.id, reason: 'Bevat persoonsgegevens' } }), 'hideComment');
    await eventually('two events for everyone', () => Object.values(got).every((g) => g.results.length >= 2));
    await sleep(200);

    const seen = (g: Collected) => g.results.map((r) => {
      const e = r.data.threadActivity;
      return [e.type, e.comment.body, e.comment.viewerCan, e.thread.viewerCan];
    });
    const text = bad.body;
    const none = { edit: false, hide: false, report: false };
    expect(Object.fromEntries(Object.entries(got).map(([k, g]) => [k, seen(g)]))).toEqual({
      asker: [
        ['COMMENT_ADDED', text, { edit: false, hide: false, report: true }, { edit: true, moderate: false }],
        ['COMMENT_HIDDEN', null, none, { edit: true, moderate: false }],
      ],
      neighbour: [
        ['COMMENT_ADDED', text, { edit: false, hide: false, report: true }, { edit: false, moderate: false }],
        ['COMMENT_HIDDEN', null, none, { edit: false, moderate: false }],
      ],
      neighbourAgain: [
        ['COMMENT_ADDED', text, { edit: false, hide: false, report: true }, { edit: false, moderate: false }],
        ['COMMENT_HIDDEN', null, none, { edit: false, moderate: false }],
      ],
      writer: [
        ['COMMENT_ADDED', text, { edit: true, hide: false, report: false }, { edit: false, moderate: false }],
        ['COMMENT_HIDDEN', text, none, { edit: false, moderate: false }],
      ],
      colleague: [
        ['COMMENT_ADDED', text, { edit: false, hide: false, report: true }, { edit: false, moderate: false }],
        ['COMMENT_HIDDEN', null, none, { edit: false, moderate: false }],
      ],
      moderator: [
        ['COMMENT_ADDED', text, { edit: false, hide: true, report: true }, { edit: true, moderate: true }],
        ['COMMENT_HIDDEN', text, { edit: false, hide: true, report: false }, { edit: true, moderate: true }],
      ],
      admin: [
        ['COMMENT_ADDED', text, { edit: false, hide: true, report: true }, { edit: true, moderate: true }],
        ['COMMENT_HIDDEN', text, { edit: false, hide: true, report: false }, { edit: true, moderate: true }],
      ],
    });
    expect(Object.values(got).map((g) => g.error)).toEqual(Object.values(got).map(() => null));
  });

  it('answers a field that is about the viewer for each viewer', async () => {
    const neighbour = await signIn(app, { bestuurCode: '44021' });
    const t = await newThread(p.member.client, { spaceId: gent });
    const c = await newComment(p.coordinator.client, t.id, 'Zo doen wij het.');
    const after = await lastPosition(app);
    const mine = listen(neighbour.client.cookie, PER_VIEWER, { threadId: t.id, after });
    const theirs = listen(p.member.client.cookie, PER_VIEWER, { threadId: t.id, after });
    ok(await neighbour.client.gql(Q.useful, { input: { commentId: c.id } }), 'markCommentUseful');
    await eventually('the reaction for both', () => mine.results.length >= 1 && theirs.results.length >= 1);
    expect(mine.results.map((r) => r.data.threadActivity)).toEqual([{ type: 'REACTION_CHANGED', comment: { usefulCount: 1, viewerFoundUseful: true } }]);
    expect(theirs.results.map((r) => r.data.threadActivity)).toEqual([{ type: 'REACTION_CHANGED', comment: { usefulCount: 1, viewerFoundUseful: false } }]);
  });

  it('keeps several subscriptions on one connection apart, shared answers and per-viewer ones alike, each in order', async () => {
    const [a, b] = [await newThread(p.member.client, { spaceId: gent }), await newThread(p.member.client, { spaceId: gent })];
    const c = wsClient(app.url, p.member.client.cookie);
    cleanup.push(() => c.dispose());
    const after = await lastPosition(app);
    const onA = subscribe(c, SIMPLE, { threadId: a.id, after });
    const onB = subscribe(c, SIMPLE, { threadId: b.id, after });
    const usefulOnA = subscribe(c, PER_VIEWER, { threadId: a.id, after });
    for (const body of ['een', 'twee', 'drie']) await newComment(p.coordinator.client, a.id, `A ${body}`);
    await newComment(p.coordinator.client, b.id, 'B een');
    await eventually('the comments', () => onA.results.length >= 3 && onB.results.length >= 1 && usefulOnA.results.length >= 3);
    await sleep(200);
    expect(onA.results.map((r) => r.data.threadActivity.comment.body)).toEqual(['A een', 'A twee', 'A drie']);
    expect(onB.results.map((r) => r.data.threadActivity.comment.body)).toEqual(['B een']);
    expect(usefulOnA.results.map((r) => r.data.threadActivity)).toEqual(
      [1, 2, 3].map(() => ({ type: 'COMMENT_ADDED', comment: { usefulCount: 0, viewerFoundUseful: false } })),
    );
  });

  it('gets every entry to 250 subscribers of one thread once and in order, each with their own view', async () => {
    const t = await newThread(p.member.client, { spaceId: gent });
    const after = await lastPosition(app);
    // More subscribers than the hub hands an entry to at once (SpaceEventsHub.CHUNK), in three roles.
    const people = [p.member, p.otherMember, p.coordinator];
    const subs = Array.from({ length: 250 }, (_, i) => ({ who: i % 3, got: listen(people[i % 3].client.cookie, SIMPLE, { threadId: t.id, after }) }));
    const bodies = ['een', 'twee', 'drie'];
    const comments = [];
    for (const body of bodies) comments.push(await newComment(p.otherMember.client, t.id, body));
    ok(await p.coordinator.client.gql(Q.hide, { input: { commentId: comments[1].id, reason: 'Niet ter zake' } }), 'hideComment');
    await eventually('four entries for everyone', () => subs.every((s) => s.got.results.length >= 4), 20_000);
    await sleep(200);
    const seen = (s: (typeof subs)[number]) => s.got.results.map((r) => [r.data.threadActivity.type, r.data.threadActivity.comment.body]);
    // A comment is sent as it is when the entry goes out: the hidden one may already be hidden in its COMMENT_ADDED.
    for (const s of subs) {
      const events = seen(s);
      expect(events.map(([type]) => type)).toEqual(['COMMENT_ADDED', 'COMMENT_ADDED', 'COMMENT_ADDED', 'COMMENT_HIDDEN']);
      expect([events[0][1], events[2][1]]).toEqual(['een', 'drie']);
      // The writer (otherMember) and the moderator still read the hidden comment; the member does not.
      expect(events[3][1]).toBe(s.who === 0 ? null : 'twee');
      expect(s.got.error).toBeNull();
    }
  }, 60_000);

  it('cuts off someone who loses access while the others in the same group keep receiving', async () => {
    const t = await newThread(p.coordinator.client, { spaceId: gent, membersOnly: true });
    const [leaver, stayer] = [await signIn(app, { bestuurCode: '44021' }), await signIn(app, { bestuurCode: '44021' })];
    const after = await lastPosition(app);
    const gone = listen(leaver.client.cookie, SIMPLE, { threadId: t.id, after });
    const kept = listen(stayer.client.cookie, SIMPLE, { threadId: t.id, after });
    await newComment(p.coordinator.client, t.id, 'Voor de kring');
    await eventually('the first comment for both', () => gone.results.length === 1 && kept.results.length === 1);
    // The leaver moves to a bestuur in another region, and so leaves the kenniskring of Gent.
    ok(await leaver.client.gql(`mutation { updateProfile(input: { bestuurCode: "11002" }) { id } }`), 'updateProfile');
    await newComment(p.coordinator.client, t.id, 'Nog steeds voor de kring');
    await eventually('the leaver to be cut off', () => endedWith(gone));
    await eventually('the second comment for the stayer', () => kept.results.length === 2);
    expect(endedWith(gone)).toBe('FORBIDDEN');
    expect(gone.results.map((r) => r.data.threadActivity.comment.body)).toEqual(['Voor de kring']);
    expect(kept.results.map((r) => r.data.threadActivity.comment.body)).toEqual(['Voor de kring', 'Nog steeds voor de kring']);
    expect(kept.error).toBeNull();
  });
});
