import { codeOf, startTestApp, type GqlResult, type TestApp } from '../../test/harness.js';
import {
  cast, endedWith, eventually, fingerprint, newComment, newThread, ok, Q, signIn, spaceId, subscribe, THREAD_ACTIVITY, wsClient, type Cast,
} from '../../test/discussions.fixtures.js';

let app: TestApp;
let p: Cast;
let gent: string;
let central: string;
// A question by the member, answered by the coordinator with a reply by the other member; a locked and a closed thread.
let question: any;
let answer: any;
let reply: any;
let locked: any;
let closed: any;
let elsewhere: any;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  p = await cast(app);
  gent = await spaceId(app, 'regio-gent');
  central = await spaceId(app, 'centraal');
  question = await newThread(p.member.client, { spaceId: gent });
  answer = await newComment(p.coordinator.client, question.id, 'Zo doe je dat.');
  reply = await newComment(p.otherMember.client, question.id, 'Dank je.', answer.id);
  ok(await p.member.client.gql(Q.useful, { input: { commentId: answer.id } }), 'markCommentUseful');
  ok(await p.otherMember.client.gql(Q.report, { input: { commentId: answer.id, reason: 'Klopt niet' } }), 'reportPost');
  locked = await newThread(p.member.client, { spaceId: gent, title: 'Vergrendeld' });
  ok(await p.coordinator.client.gql(Q.lock, { input: { threadId: locked.id, locked: true } }), 'setThreadLocked');
  closed = await newThread(p.member.client, { spaceId: gent, title: 'Gesloten' });
  ok(await p.coordinator.client.gql(Q.close, { input: { threadId: closed.id } }), 'closeThread');
  elsewhere = await newComment(p.admin.client, closed.id, 'Een reactie elders');
});
afterAll(() => app.stop());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
type Who = keyof Cast;
// The field is '' when the error names none (every row has five entries, or jest would pass a `done` callback).
type Case = [string, Who, () => [string, Record<string, unknown>], string, string];

const thread = (o: Record<string, unknown> = {}) => ({ spaceId: gent, kind: 'VRAAG', title: 'Een geldige titel', body: 'Een geldige vraag', ...o });
const create = (o: Record<string, unknown>): [string, Record<string, unknown>] => [Q.createThread, { input: thread(o) }];

const CASES: Case[] = [
  ['an empty title', 'member', () => create({ title: '' }), 'BAD_USER_INPUT', 'title'],
  ['a title of two characters and spaces', 'member', () => create({ title: '  ab   ' }), 'BAD_USER_INPUT', 'title'],
  ['a title of 201 characters', 'member', () => create({ title: 'x'.repeat(201) }), 'BAD_USER_INPUT', 'title'],
  ['an empty body', 'member', () => create({ body: '' }), 'BAD_USER_INPUT', 'body'],
  ['a body of only spaces and newlines', 'member', () => create({ body: ' \n\t ' }), 'BAD_USER_INPUT', 'body'],
  ['a body of 20,001 characters', 'member', () => create({ body: 'x'.repeat(20_001) }), 'BAD_USER_INPUT', 'body'],
  ['six tags', 'member', () => create({ tags: ['a', 'b', 'c', 'd', 'e', 'f'] }), 'BAD_USER_INPUT', 'tags'],
  ['a tag with markup', 'member', () => create({ tags: ['<script>'] }), 'BAD_USER_INPUT', 'tags'],
  ['an unknown space', 'member', () => create({ spaceId: UNKNOWN }), 'NOT_FOUND', ''],
  ['a malformed space id', 'member', () => create({ spaceId: 'regio-gent' }), 'BAD_USER_INPUT', 'spaceId'],
  ['"alleen kenniskring" in the central space', 'member', () => create({ spaceId: central, membersOnly: true }), 'BAD_USER_INPUT', 'membersOnly'],
  ['a MEDEDELING by a member', 'member', () => create({ kind: 'MEDEDELING' }), 'FORBIDDEN', ''],
  ['a MEDEDELING by the coordinator of another region', 'otherCoordinator', () => create({ kind: 'MEDEDELING' }), 'FORBIDDEN', ''],
  ['a comment on an unknown thread', 'member', () => [Q.addComment, { input: { threadId: UNKNOWN, body: 'Hallo' } }], 'NOT_FOUND', ''],
  ['an empty comment', 'member', () => [Q.addComment, { input: { threadId: question.id, body: '' } }], 'BAD_USER_INPUT', 'body'],
  ['a comment of 10,001 characters', 'member', () => [Q.addComment, { input: { threadId: question.id, body: 'x'.repeat(10_001) } }], 'BAD_USER_INPUT', 'body'],
  ['a comment in a locked thread', 'member', () => [Q.addComment, { input: { threadId: locked.id, body: 'Toch nog iets' } }], 'FORBIDDEN', ''],
  ['a comment in a closed thread', 'otherMember', () => [Q.addComment, { input: { threadId: closed.id, body: 'Toch nog iets' } }], 'FORBIDDEN', ''],
  ['a reply to a reply', 'member', () => [Q.addComment, { input: { threadId: question.id, body: 'Dieper', parentId: reply.id } }], 'BAD_USER_INPUT', 'parentId'],
  ['a reply to a comment of another thread', 'member', () => [Q.addComment, { input: { threadId: question.id, body: 'Mis', parentId: elsewhere.id } }], 'BAD_USER_INPUT', 'parentId'],
  ['a reply to an unknown comment', 'member', () => [Q.addComment, { input: { threadId: question.id, body: 'Mis', parentId: UNKNOWN } }], 'NOT_FOUND', ''],
  ['editing an unknown comment', 'member', () => [Q.editComment, { input: { commentId: UNKNOWN, body: 'Nieuw' } }], 'NOT_FOUND', ''],
  ['editing someone else\'s comment', 'member', () => [Q.editComment, { input: { commentId: answer.id, body: 'Overschreven' } }], 'FORBIDDEN', ''],
  ['editing someone else\'s comment as a moderator', 'admin', () => [Q.editComment, { input: { commentId: answer.id, body: 'Overschreven' } }], 'FORBIDDEN', ''],
  ['deleting someone else\'s comment', 'member', () => [Q.deleteComment, { input: { commentId: answer.id } }], 'FORBIDDEN', ''],
  ['marking the answer of someone else\'s question', 'otherMember', () => [Q.accept, { input: { commentId: answer.id } }], 'FORBIDDEN', ''],
  ['marking an answer in an unknown comment', 'member', () => [Q.accept, { input: { commentId: UNKNOWN } }], 'NOT_FOUND', ''],
  ['reacting twice', 'member', () => [Q.useful, { input: { commentId: answer.id } }], 'CONFLICT', ''],
  ['reacting to one\'s own comment', 'coordinator', () => [Q.useful, { input: { commentId: answer.id } }], 'FORBIDDEN', ''],
  ['taking back a reaction never given', 'admin', () => [Q.notUseful, { input: { commentId: answer.id } }], 'CONFLICT', ''],
  ['reporting the same comment twice', 'otherMember', () => [Q.report, { input: { commentId: answer.id, reason: 'Nog steeds fout' } }], 'CONFLICT', ''],
  ['a report naming both a thread and a comment', 'member', () => [Q.report, { input: { threadId: question.id, commentId: answer.id, reason: 'Fout' } }], 'BAD_USER_INPUT', 'commentId'],
  ['a report without a reason', 'member', () => [Q.report, { input: { commentId: answer.id, reason: ' ' } }], 'BAD_USER_INPUT', 'reason'],
  ['resolving a report as OPEN', 'coordinator', () => [Q.resolveReport, { input: { reportId: UNKNOWN, status: 'OPEN' } }], 'BAD_USER_INPUT', 'status'],
  ['resolving an unknown report', 'coordinator', () => [Q.resolveReport, { input: { reportId: UNKNOWN, status: 'RESOLVED' } }], 'NOT_FOUND', ''],
  ['moving a thread to an unknown space', 'coordinator', () => [Q.move, { input: { threadId: question.id, spaceId: UNKNOWN } }], 'NOT_FOUND', ''],
  ['hiding a comment without a reason', 'coordinator', () => [Q.hide, { input: { commentId: answer.id, reason: '' } }], 'BAD_USER_INPUT', 'reason'],
  ['a search of one character', 'member', () => [`query($q: String!) { searchDiscussions(query: $q) { rank } }`, { q: 'a' }], 'BAD_USER_INPUT', 'query'],
  ['a forged list cursor', 'member', () => [`query($a: String) { threads(after: $a) { totalCount } }`, { a: 'bm9wZQ' }], 'BAD_USER_INPUT', 'after'],
];

describe('bad input: a clear error, and nothing changed', () => {
  it.each(CASES)('%s', async (_name, who, build, code, field) => {
    const [query, variables] = build();
    const before = await fingerprint(app);
    const r: GqlResult = await p[who].client.gql(query, variables);
    expect(codeOf(r)).toBe(code);
    expect(r.errors?.[0].message).toEqual(expect.any(String));
    if (field) expect(Object.keys(r.errors?.[0].extensions?.fields ?? {})).toContain(field);
    expect(await fingerprint(app)).toEqual(before);
  });

  it('refuses a subscription with a malformed position', async () => {
    const c = wsClient(app.url, p.member.client.cookie);
    const got = subscribe(c, THREAD_ACTIVITY, { threadId: question.id, after: 'gisteren' });
    await eventually('the refusal', () => endedWith(got));
    expect(endedWith(got)).toBe('BAD_USER_INPUT');
    await c.dispose();
  });
});

describe('floods from one account are rate limited', () => {
  it('refuses the 21st comment within a minute and stores nothing of it', async () => {
    const flooder = await signIn(app, { bestuurCode: '44021' });
    for (let i = 1; i <= 20; i++) await newComment(flooder.client, question.id, `Bericht ${i}`);
    const before = await fingerprint(app);
    const r = await flooder.client.gql(Q.addComment, { input: { threadId: question.id, body: 'Bericht 21' } });
    expect(codeOf(r)).toBe('RATE_LIMITED');
    expect(r.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await fingerprint(app)).toEqual(before);
    // Others are not affected.
    await newComment(p.otherMember.client, question.id, 'Ik mag nog');
  });

  it('refuses the 11th thread within ten minutes', async () => {
    const flooder = await signIn(app, { bestuurCode: '44021' });
    for (let i = 1; i <= 10; i++) await newThread(flooder.client, { spaceId: central, title: `Vraag nummer ${i}` });
    const before = await fingerprint(app);
    const r = await flooder.client.gql(Q.createThread, { input: thread({ spaceId: central, title: 'Vraag nummer 11' }) });
    expect(codeOf(r)).toBe('RATE_LIMITED');
    expect(await fingerprint(app)).toEqual(before);
  });
});
