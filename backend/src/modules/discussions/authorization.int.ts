import { Client, codeOf, startTestApp, type GqlResult, type TestApp } from '../../test/harness.js';
import {
  cast, endedWith, eventually, lastPosition, newComment, newThread, ok, Q, ROLES, signIn, SPACE_ACTIVITY, spaceId, subscribe, THREAD_ACTIVITY,
  wsClient, type Cast, type Person, type Role,
} from '../../test/discussions.fixtures.js';

// Every mutation, query and subscription of the werkruimte, for: anonymous, a member of Regio Gent,
// a member of another region, the coordinator of Regio Gent, the coordinator of another region, an admin.
// Fixtures live in Regio Gent and are made fresh for each role by people who are none of the six.

let app: TestApp;
let p: Cast;
let gent: string;
let central: string;
let authors: Person[] = [];
let turn = 0;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  p = await cast(app);
  gent = await spaceId(app, 'regio-gent');
  central = await spaceId(app, 'centraal');
  authors = await Promise.all(Array.from({ length: 40 }, () => signIn(app, { bestuurCode: '44021' })));
});
afterAll(() => app.stop());

const author = () => authors[turn++ % authors.length];
const moderator = () => signIn(app, { coordinates: 'regio-gent' });
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';
const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
//                          anonymous member otherMember coordinator otherCoordinator admin
const EVERYONE: Outcome[] = [U, 'ok', 'ok', 'ok', 'ok', 'ok'];
const KRING: Outcome[] = [U, 'ok', F, 'ok', F, 'ok'];
const MODERATORS: Outcome[] = [U, F, F, 'ok', F, 'ok'];
const ADMINS: Outcome[] = [U, F, F, F, F, 'ok'];
const NOBODY: Outcome[] = [U, F, F, F, F, F];

interface Fixture { thread: any; comment: any; report?: any }
async function question(o: Record<string, unknown> = {}): Promise<Fixture> {
  const asker = author();
  const thread = await newThread(asker.client, { spaceId: gent, ...o });
  const comment = await newComment(author().client, thread.id, 'Een antwoord');
  return { thread, comment };
}

interface Op {
  setup: () => Promise<Fixture | null>;
  run: (c: Client, f: Fixture) => Promise<GqlResult>;
  expect: Outcome[];
}
const m = (query: string, input: (f: Fixture) => Record<string, unknown>) => (c: Client, f: Fixture) => c.gql(query, { input: input(f) });

const OPS: Record<string, Op> = {
  'createThread (VRAAG)': { setup: async () => null, run: m(Q.createThread, () => ({ spaceId: gent, kind: 'VRAAG', title: 'Een vraag', body: 'Tekst' })), expect: EVERYONE },
  'createThread (MEDEDELING)': { setup: async () => null, run: m(Q.createThread, () => ({ spaceId: gent, kind: 'MEDEDELING', title: 'Mededeling', body: 'Tekst' })), expect: MODERATORS },
  'createThread (alleen kenniskring)': {
    setup: async () => null, run: m(Q.createThread, () => ({ spaceId: gent, kind: 'VRAAG', title: 'Binnen de kring', body: 'Tekst', membersOnly: true })), expect: KRING,
  },
  'updateThread (someone else\'s)': { setup: question, run: m(Q.updateThread, (f) => ({ threadId: f.thread.id, title: 'Nieuwe titel' })), expect: MODERATORS },
  'addComment': { setup: question, run: m(Q.addComment, (f) => ({ threadId: f.thread.id, body: 'Ik ook' })), expect: EVERYONE },
  'addComment (alleen kenniskring)': { setup: () => question({ membersOnly: true }), run: m(Q.addComment, (f) => ({ threadId: f.thread.id, body: 'Ik ook' })), expect: KRING },
  'addComment (locked thread)': {
    setup: async () => {
      const f = await question();
      ok(await (await moderator()).client.gql(Q.lock, { input: { threadId: f.thread.id, locked: true } }), 'setThreadLocked');
      return f;
    },
    run: m(Q.addComment, (f) => ({ threadId: f.thread.id, body: 'Ik ook' })),
    expect: MODERATORS,
  },
  'editComment (someone else\'s)': { setup: question, run: m(Q.editComment, (f) => ({ commentId: f.comment.id, body: 'Anders' })), expect: NOBODY },
  'deleteComment (someone else\'s)': { setup: question, run: m(Q.deleteComment, (f) => ({ commentId: f.comment.id })), expect: MODERATORS },
  'markCommentUseful': { setup: question, run: m(Q.useful, (f) => ({ commentId: f.comment.id })), expect: EVERYONE },
  'markCommentUseful (alleen kenniskring)': { setup: () => question({ membersOnly: true }), run: m(Q.useful, (f) => ({ commentId: f.comment.id })), expect: KRING },
  'acceptAnswer (someone else\'s question)': { setup: question, run: m(Q.accept, (f) => ({ commentId: f.comment.id })), expect: MODERATORS },
  'unacceptAnswer (someone else\'s question)': {
    setup: async () => {
      const f = await question();
      ok(await (await moderator()).client.gql(Q.accept, { input: { commentId: f.comment.id } }), 'acceptAnswer');
      return f;
    },
    run: m(Q.unaccept, (f) => ({ threadId: f.thread.id })),
    expect: MODERATORS,
  },
  'markThreadRead': { setup: question, run: m(Q.markRead, (f) => ({ threadId: f.thread.id })), expect: EVERYONE },
  'setThreadPinned': { setup: question, run: m(Q.pin, (f) => ({ threadId: f.thread.id, pinned: true })), expect: MODERATORS },
  'setThreadPinned (central space)': {
    setup: async () => ({ thread: await newThread(author().client, { spaceId: central }), comment: null }),
    run: m(Q.pin, (f) => ({ threadId: f.thread.id, pinned: true })),
    expect: ADMINS,
  },
  'setThreadLocked': { setup: question, run: m(Q.lock, (f) => ({ threadId: f.thread.id, locked: true })), expect: MODERATORS },
  'closeThread': { setup: question, run: m(Q.close, (f) => ({ threadId: f.thread.id })), expect: MODERATORS },
  'reopenThread': {
    setup: async () => {
      const f = await question();
      ok(await (await moderator()).client.gql(Q.close, { input: { threadId: f.thread.id } }), 'closeThread');
      return f;
    },
    run: m(Q.reopen, (f) => ({ threadId: f.thread.id })),
    expect: MODERATORS,
  },
  'moveThread (to the central space)': { setup: question, run: m(Q.move, (f) => ({ threadId: f.thread.id, spaceId: central })), expect: MODERATORS },
  'hideComment': { setup: question, run: m(Q.hide, (f) => ({ commentId: f.comment.id, reason: 'Persoonsgegevens' })), expect: MODERATORS },
  'unhideComment': {
    setup: async () => {
      const f = await question();
      ok(await (await moderator()).client.gql(Q.hide, { input: { commentId: f.comment.id, reason: 'Tijdelijk' } }), 'hideComment');
      return f;
    },
    run: m(Q.unhide, (f) => ({ commentId: f.comment.id })),
    expect: MODERATORS,
  },
  'reportPost': { setup: question, run: m(Q.report, (f) => ({ commentId: f.comment.id, reason: 'Niet correct' })), expect: EVERYONE },
  'resolveReport': {
    setup: async () => {
      const f = await question();
      f.report = ok(await author().client.gql(Q.report, { input: { commentId: f.comment.id, reason: 'Spam' } }), 'reportPost');
      return f;
    },
    run: m(Q.resolveReport, (f) => ({ reportId: f.report.id, status: 'RESOLVED' })),
    expect: MODERATORS,
  },
  'thread (alleen kenniskring)': { setup: () => question({ membersOnly: true }), run: (c, f) => c.gql(Q.thread, { id: f.thread.id }), expect: KRING },
  'threads': { setup: async () => null, run: (c) => c.gql(`{ threads(first: 1) { totalCount } }`), expect: EVERYONE },
  'spaces': { setup: async () => null, run: (c) => c.gql(`{ spaces { id } }`), expect: EVERYONE },
  'searchDiscussions': { setup: async () => null, run: (c) => c.gql(`{ searchDiscussions(query: "magda") { rank } }`), expect: EVERYONE },
  'discussionReports (Regio Gent)': { setup: async () => null, run: (c) => c.gql(`query($s: ID) { discussionReports(spaceId: $s) { totalCount } }`, { s: gent }), expect: MODERATORS },
  'moderationLog': { setup: async () => null, run: (c) => c.gql(`{ moderationLog { totalCount } }`), expect: ADMINS },
  'markdownPreview': { setup: async () => null, run: (c) => c.gql(`{ markdownPreview(markdown: "**Vet**") }`), expect: EVERYONE },
};

const outcome = (r: GqlResult): string => (r.errors ? String(codeOf(r)) : 'ok');

describe.each(Object.entries(OPS))('%s', (_name, op) => {
  it.each(ROLES.map((role, i) => [role, op.expect[i]] as [Role, Outcome]))('as %s: %s', async (role, expected) => {
    const fixture = await op.setup();
    const r = await op.run(p[role].client, fixture as Fixture);
    expect(outcome(r)).toBe(expected);
  });
});

const SUBSCRIPTIONS: Record<string, { setup: () => Promise<{ query: string; variables: Record<string, unknown> }>; expect: Outcome[] }> = {
  'threadActivity': {
    setup: async () => {
      const f = await question();
      return { query: THREAD_ACTIVITY, variables: { threadId: f.thread.id, after: '0' } };
    },
    expect: EVERYONE,
  },
  'threadActivity (alleen kenniskring)': {
    setup: async () => {
      const f = await question({ membersOnly: true });
      return { query: THREAD_ACTIVITY, variables: { threadId: f.thread.id, after: '0' } };
    },
    expect: KRING,
  },
  'spaceActivity (Regio Gent)': {
    setup: async () => {
      const after = await lastPosition(app);
      await question();
      return { query: SPACE_ACTIVITY, variables: { spaceId: gent, after } };
    },
    expect: EVERYONE,
  },
};

describe.each(Object.entries(SUBSCRIPTIONS))('%s', (_name, sub) => {
  it.each(ROLES.map((role, i) => [role, sub.expect[i]] as [Role, Outcome]))('as %s: %s', async (role, expected) => {
    const { query, variables } = await sub.setup();
    const c = wsClient(app.url, p[role].client.cookie);
    try {
      const got = subscribe(c, query, variables);
      // Accepted: the events since `after` are replayed at once. Refused: the error ends it.
      await eventually('an event or a refusal', () => got.results.some((r) => r.data) || endedWith(got));
      expect(got.results.some((r) => r.data) ? 'ok' : endedWith(got)).toBe(expected);
    } finally {
      await c.dispose();
    }
  });
});
