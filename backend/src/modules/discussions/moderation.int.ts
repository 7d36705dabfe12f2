import { codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import { cast, newComment, newThread, ok, Q, spaceId, type Cast } from '../../test/discussions.fixtures.js';

let app: TestApp;
let p: Cast;
let gent: string;
let antwerpen: string;
let central: string;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  p = await cast(app);
  gent = await spaceId(app, 'regio-gent');
  antwerpen = await spaceId(app, 'regio-antwerpen');
  central = await spaceId(app, 'centraal');
});
afterAll(() => app.stop());

const LOG = `{ moderationLog(first: 50) { edges { node { action subjectType subjectId before after actor { id } createdAt } } } }`;
const logFor = async (subjectId: string) =>
  ok(await p.admin.client.gql(LOG), 'moderationLog').edges.map((e: any) => e.node).filter((n: any) => n.subjectId === subjectId);

describe('moderating a thread', () => {
  it('pins, locks, closes, reopens and moves, each written to the audit log with before and after', async () => {
    const t = await newThread(p.member.client, { spaceId: gent, title: 'Te modereren' });
    const c = p.coordinator.client;
    expect(ok(await c.gql(Q.pin, { input: { threadId: t.id, pinned: true } }), 'setThreadPinned').pinned).toBe(true);
    expect(ok(await c.gql(Q.lock, { input: { threadId: t.id, locked: true } }), 'setThreadLocked').locked).toBe(true);
    // Locked: members may no longer comment, moderators still may.
    expect(codeOf(await p.member.client.gql(Q.addComment, { input: { threadId: t.id, body: 'Nog iets' } }))).toBe('FORBIDDEN');
    await newComment(c, t.id, 'Ik sluit dit af: zie de handleiding.');
    expect(ok(await c.gql(Q.close, { input: { threadId: t.id } }), 'closeThread').status).toBe('CLOSED');
    expect(ok(await c.gql(Q.reopen, { input: { threadId: t.id } }), 'reopenThread').status).toBe('OPEN');
    expect(ok(await c.gql(Q.move, { input: { threadId: t.id, spaceId: antwerpen } }), 'moveThread').space.slug).toBe('regio-antwerpen');
    // Moved out of Regio Gent, its coordinator no longer moderates it.
    expect(codeOf(await c.gql(Q.pin, { input: { threadId: t.id, pinned: false } }))).toBe('FORBIDDEN');
    expect(ok(await p.otherCoordinator.client.gql(Q.pin, { input: { threadId: t.id, pinned: false } }), 'setThreadPinned').pinned).toBe(false);

    const log = await logFor(t.id);
    expect(log.map((e: any) => [e.action, JSON.parse(e.before), JSON.parse(e.after)]).reverse()).toEqual([
      ['thread.pinned', { pinned: false }, { pinned: true }],
      ['thread.locked', { locked: false }, { locked: true }],
      ['thread.closed', { status: 'OPEN' }, { status: 'CLOSED' }],
      ['thread.reopened', { status: 'CLOSED' }, { status: 'OPEN' }],
      ['thread.moved', { spaceId: gent }, { spaceId: antwerpen }],
      ['thread.unpinned', { pinned: true }, { pinned: false }],
    ]);
    expect(log[0].actor.id).toBe(p.otherCoordinator.user.id);
    expect(log[5].actor.id).toBe(p.coordinator.user.id);
  });

  it('does not move an "alleen kenniskring" thread out of the kenniskringen, where it would become public', async () => {
    const t = await newThread(p.member.client, { spaceId: gent, membersOnly: true });
    const r = await p.admin.client.gql(Q.move, { input: { threadId: t.id, spaceId: central } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(ok(await p.admin.client.gql(Q.thread, { id: t.id }), 'thread').space.slug).toBe('regio-gent');
  });
});

describe('hiding a comment', () => {
  it('shows the reason to everyone, and the text only to moderators and the author', async () => {
    const t = await newThread(p.member.client, { spaceId: gent });
    const bad = await newComment(p.otherMember.client, t.id, 'Mijn rijksregisternummer is 85.07.30-033.61');
    const hidden = ok(await p.coordinator.client.gql(Q.hide, { input: { commentId: bad.id, reason: 'Bevat persoonsgegevens' } }), 'hideComment');
    expect(hidden).toMatchObject({ hidden: true, hiddenReason: 'Bevat persoonsgegevens' });
    const seenBy = async (who: keyof Cast) =>
      ok(await p[who].client.gql(`query($id: ID!) { comment(id: $id) { body bodyHtml hidden hiddenReason viewerCan { edit react } } }`, { id: bad.id }), 'comment');
    expect(await seenBy('member')).toEqual({ body: null, bodyHtml: null, hidden: true, hiddenReason: 'Bevat persoonsgegevens', viewerCan: { edit: false, react: false } });
    expect((await seenBy('otherMember')).body).toContain('rijksregisternummer');
    expect((await seenBy('coordinator')).body).toContain('rijksregisternummer');
    expect(codeOf(await p.otherMember.client.gql(Q.editComment, { input: { commentId: bad.id, body: 'Opgekuist' } }))).toBe('FORBIDDEN');

    expect(ok(await p.coordinator.client.gql(Q.unhide, { input: { commentId: bad.id } }), 'unhideComment')).toEqual({ id: bad.id, hidden: false, body: bad.body });
    expect((await logFor(bad.id)).map((e: any) => e.action)).toEqual(['comment.unhidden', 'comment.hidden']);
  });

  it('audits a moderator deleting someone else\'s comment, not an author deleting their own', async () => {
    const t = await newThread(p.member.client, { spaceId: gent });
    const mine = await newComment(p.member.client, t.id, 'Van mij');
    const theirs = await newComment(p.otherMember.client, t.id, 'Van een ander');
    ok(await p.member.client.gql(Q.deleteComment, { input: { commentId: mine.id } }), 'deleteComment');
    ok(await p.coordinator.client.gql(Q.deleteComment, { input: { commentId: theirs.id } }), 'deleteComment');
    expect(await logFor(mine.id)).toEqual([]);
    expect((await logFor(theirs.id)).map((e: any) => [e.action, JSON.parse(e.before).body])).toEqual([['comment.deleted', 'Van een ander']]);
  });
});

describe('reports', () => {
  const QUEUE = `query($s: ID, $status: ReportStatus) { discussionReports(spaceId: $s, status: $status) {
    totalCount edges { node { id reason status reporter { id } thread { id } comment { id } } }
  } }`;

  it('land in the queue of the space\'s moderators, and leave it when handled', async () => {
    const t = await newThread(p.member.client, { spaceId: gent, title: 'Met een melding' });
    const c = await newComment(p.otherMember.client, t.id, 'Koop nu goedkope software!');
    const report = ok(await p.member.client.gql(Q.report, { input: { commentId: c.id, reason: 'Reclame' } }), 'reportPost');
    const threadReport = ok(await p.otherMember.client.gql(Q.report, { input: { threadId: t.id, reason: 'Dubbel' } }), 'reportPost');
    const elsewhere = await newThread(p.otherMember.client, { spaceId: antwerpen });
    ok(await p.member.client.gql(Q.report, { input: { threadId: elsewhere.id, reason: 'Verkeerde regio' } }), 'reportPost');

    const queue = ok(await p.coordinator.client.gql(QUEUE, {}), 'discussionReports');
    expect(queue.edges.map((e: any) => e.node)).toEqual([
      { id: report.id, reason: 'Reclame', status: 'OPEN', reporter: { id: p.member.user.id }, thread: { id: t.id }, comment: { id: c.id } },
      { id: threadReport.id, reason: 'Dubbel', status: 'OPEN', reporter: { id: p.otherMember.user.id }, thread: { id: t.id }, comment: null },
    ]);
    // The coordinator of Regio Antwerpen sees only the report in their own space.
    expect(ok(await p.otherCoordinator.client.gql(QUEUE, {}), 'discussionReports').totalCount).toBe(1);
    expect(codeOf(await p.otherCoordinator.client.gql(QUEUE, { s: gent }))).toBe('FORBIDDEN');
    expect(ok(await p.admin.client.gql(QUEUE, {}), 'discussionReports').totalCount).toBeGreaterThanOrEqual(3);

    const done = ok(await p.coordinator.client.gql(Q.resolveReport, { input: { reportId: report.id, status: 'RESOLVED' } }), 'resolveReport');
    expect(done).toEqual({ id: report.id, status: 'RESOLVED', resolvedBy: { id: p.coordinator.user.id } });
    expect(codeOf(await p.coordinator.client.gql(Q.resolveReport, { input: { reportId: report.id, status: 'DISMISSED' } }))).toBe('CONFLICT');
    const open = ok(await p.coordinator.client.gql(QUEUE, {}), 'discussionReports');
    expect(open.edges.map((e: any) => e.node.id)).toEqual([threadReport.id]);
    const resolved = ok(await p.coordinator.client.gql(QUEUE, { status: 'RESOLVED' }), 'discussionReports');
    expect(resolved.edges.map((e: any) => e.node.id)).toEqual([report.id]);
    expect((await logFor(report.id)).map((e: any) => [e.action, JSON.parse(e.after)])).toEqual([['report.resolved', { status: 'RESOLVED' }]]);
    // The member may report the same comment again once the first report is handled.
    ok(await p.member.client.gql(Q.report, { input: { commentId: c.id, reason: 'Weer reclame' } }), 'reportPost');
  });
});
