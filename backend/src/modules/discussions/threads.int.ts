import { randomBytes } from 'node:crypto';
import { countQueries, startTestApp, type TestApp } from '../../test/harness.js';
import { cast, newComment, newThread, ok, Q, signIn, spaceId, type Cast } from '../../test/discussions.fixtures.js';

let app: TestApp;
let p: Cast;
let gent: string;
let central: string;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  p = await cast(app);
  gent = await spaceId(app, 'regio-gent');
  central = await spaceId(app, 'centraal');
});
afterAll(() => app.stop());

const tag = () => `t${randomBytes(4).toString('hex')}`;
const LIST = `query($tag: String, $sort: ThreadSort, $first: Int, $after: String, $unread: Boolean, $mine: Boolean, $kind: ThreadKind, $status: ThreadStatus, $spaceId: ID) {
  threads(tag: $tag, sort: $sort, first: $first, after: $after, unread: $unread, mine: $mine, kind: $kind, status: $status, spaceId: $spaceId) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title pinned unreadCount } }
  }
}`;
const titles = (connection: any) => connection.edges.map((e: any) => e.node.title);

describe('a question and its answers', () => {
  it('walks a question from asking to "beantwoord", with replies, edits, deletion and "nuttig"', async () => {
    const t = await newThread(p.member.client, {
      spaceId: gent, title: '  Koppeling burgerlijke stand  ', body: 'Wie koppelde **DABS** al?', tags: ['Overlijden', 'overlijden ', 'DABS'],
    });
    expect(t).toMatchObject({
      kind: 'VRAAG', title: 'Koppeling burgerlijke stand', bodyHtml: '<p>Wie koppelde <strong>DABS</strong> al?</p>',
      tags: ['overlijden', 'dabs'], status: 'OPEN', replyCount: 0, space: { slug: 'regio-gent' }, author: { id: p.member.user.id },
    });

    const answer = await newComment(p.otherMember.client, t.id, 'Wij gebruiken de connector van onze leverancier.');
    const reply = await newComment(p.member.client, t.id, 'Welke leverancier?', answer.id);
    expect(reply.parentId).toBe(answer.id);

    const edited = ok(await p.otherMember.client.gql(Q.editComment, { input: { commentId: answer.id, body: 'Wij gebruiken de connector van Cevi.' } }), 'editComment');
    expect(edited).toMatchObject({ edited: true, body: 'Wij gebruiken de connector van Cevi.' });
    expect(edited.revisions).toEqual([{ body: 'Wij gebruiken de connector van onze leverancier.', writtenAt: expect.any(String), editor: { id: p.otherMember.user.id } }]);

    expect(ok(await p.member.client.gql(Q.useful, { input: { commentId: answer.id } }), 'markCommentUseful')).toMatchObject({ usefulCount: 1, viewerFoundUseful: true });
    expect(ok(await p.coordinator.client.gql(Q.useful, { input: { commentId: answer.id } }), 'markCommentUseful').usefulCount).toBe(2);
    expect(ok(await p.coordinator.client.gql(Q.notUseful, { input: { commentId: answer.id } }), 'unmarkCommentUseful')).toMatchObject({ usefulCount: 1, viewerFoundUseful: false });

    const accepted = ok(await p.member.client.gql(Q.accept, { input: { commentId: answer.id } }), 'acceptAnswer');
    expect(accepted).toEqual({ id: t.id, status: 'ANSWERED', acceptedAnswer: { id: answer.id } });

    const gone = ok(await p.member.client.gql(Q.deleteComment, { input: { commentId: reply.id } }), 'deleteComment');
    expect(gone).toMatchObject({ deleted: true, body: null, bodyHtml: null });

    const page = ok(await p.coordinator.client.gql(`query($id: ID!) { thread(id: $id) {
      status replyCount participantCount participants { displayName }
      comments { totalCount edges { node { id body isAcceptedAnswer usefulCount replyCount replies { id deleted body } } } }
    } }`, { id: t.id }), 'thread');
    expect(page).toMatchObject({ status: 'ANSWERED', replyCount: 1, participantCount: 2, participants: [{ displayName: 'Marie Gentse' }, { displayName: 'Ahmed Antwerpenaar' }] });
    expect(page.comments.totalCount).toBe(1);
    expect(page.comments.edges[0].node).toEqual({
      id: answer.id, body: 'Wij gebruiken de connector van Cevi.', isAcceptedAnswer: true, usefulCount: 1, replyCount: 0,
      replies: [{ id: reply.id, deleted: true, body: null }],
    });
  });

  it('keeps the answer accepted only while it exists: deleting it reopens the question', async () => {
    const t = await newThread(p.member.client, { spaceId: central });
    const a = await newComment(p.admin.client, t.id, 'Via het lokaal beheer.');
    ok(await p.member.client.gql(Q.accept, { input: { commentId: a.id } }), 'acceptAnswer');
    ok(await p.admin.client.gql(Q.deleteComment, { input: { commentId: a.id } }), 'deleteComment');
    expect(ok(await p.member.client.gql(Q.thread, { id: t.id }), 'thread').status).toBe('OPEN');
  });

  it('stores mentions of people who can read the thread, and renders them', async () => {
    const t = await newThread(p.member.client, { spaceId: gent, membersOnly: true });
    const body = `Vraag het aan @[Koen](user:${p.coordinator.user.id}) of @[Ahmed](user:${p.otherMember.user.id}).`;
    const c = ok(await p.member.client.gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { bodyHtml mentions { id } } }`,
      { input: { threadId: t.id, body } }), 'addComment');
    // Ahmed is not in the kenniskring, so cannot read this thread: not mentioned, not told.
    expect(c.mentions).toEqual([{ id: p.coordinator.user.id }]);
    expect(c.bodyHtml).toContain(`<span class="mention" data-user-id="${p.coordinator.user.id}">@Koen</span>`);
    const [event] = await app.ds.query(`SELECT payload FROM space_events WHERE type = 'MENTIONED' AND thread_id = $1`, [t.id]);
    expect(event.payload.userIds).toEqual([p.coordinator.user.id]);

    const candidates = ok(await p.member.client.gql(`query($t: ID!) { mentionCandidates(search: "Koen K", threadId: $t) { id displayName } }`, { t: t.id }), 'mentionCandidates');
    expect(candidates).toEqual([{ id: p.coordinator.user.id, displayName: 'Koen Kringleider' }]);
    const ahmed = ok(await p.member.client.gql(`query($t: ID!) { mentionCandidates(search: "ahm", threadId: $t) { id } }`, { t: t.id }), 'mentionCandidates');
    expect(ahmed).toEqual([]);
  });

  it('renders Markdown with links marked nofollow ugc noopener and scripts removed', async () => {
    const t = await newThread(p.member.client, { spaceId: central, body: '[Handleiding](https://www.vlaanderen.be) <script>alert(1)</script><img src=x onerror=alert(1)>' });
    expect(t.bodyHtml).toBe('<p><a href="https://www.vlaanderen.be" rel="nofollow ugc noopener">Handleiding</a> <img src="x" loading="lazy" referrerpolicy="no-referrer" /></p>');
    expect(t.body).toContain('<script>');
  });

  it('keeps the history of an edited opening post', async () => {
    const t = await newThread(p.member.client, { spaceId: central, title: 'Eerste titel', body: 'Eerste versie' });
    const u = ok(await p.member.client.gql(Q.updateThread, { input: { threadId: t.id, title: 'Betere titel', body: 'Tweede versie' } }), 'updateThread');
    expect(u).toMatchObject({ title: 'Betere titel', body: 'Tweede versie', editedAt: expect.any(String), revisions: [{ title: 'Eerste titel', body: 'Eerste versie' }] });
  });
});

describe('read tracking', () => {
  it('counts comments by others since the last visit and moves the divider when read', async () => {
    const marker = tag();
    const t = await newThread(p.member.client, { spaceId: gent, tags: [marker] });
    const readState = async () => ok(await p.member.client.gql(`query($id: ID!) { thread(id: $id) { unreadCount lastReadAt } }`, { id: t.id }), 'thread');
    const before = await readState();
    expect(before.unreadCount).toBe(0);
    expect(before.lastReadAt).toEqual(expect.any(String));

    await newComment(p.coordinator.client, t.id, 'Eerste');
    await newComment(p.otherMember.client, t.id, 'Tweede');
    await newComment(p.member.client, t.id, 'Mijn eigen reactie');
    // My own comment marks the thread read: the two before it are read now.
    expect((await readState()).unreadCount).toBe(0);
    await newComment(p.coordinator.client, t.id, 'Derde');
    expect((await readState()).unreadCount).toBe(1);
    const unread = ok(await p.member.client.gql(LIST, { tag: marker, unread: true }), 'threads');
    expect(unread.edges.map((e: any) => e.node.unreadCount)).toEqual([1]);

    const read = ok(await p.member.client.gql(Q.markRead, { input: { threadId: t.id } }), 'markThreadRead');
    expect(read.unreadCount).toBe(0);
    expect(new Date(read.lastReadAt).getTime()).toBeGreaterThan(new Date(before.lastReadAt).getTime());
    expect(ok(await p.member.client.gql(LIST, { tag: marker, unread: true }), 'threads').totalCount).toBe(0);
    // Someone who never opened it sees all four as unread.
    const fresh = await signIn(app, { bestuurCode: '44021' });
    expect(ok(await fresh.client.gql(`query($id: ID!) { thread(id: $id) { unreadCount lastReadAt } }`, { id: t.id }), 'thread')).toEqual({ unreadCount: 4, lastReadAt: null });
  });
});

describe('lists', () => {
  it('sorts by last activity, newest or unanswered first, always with pinned threads on top, and pages without gaps', async () => {
    const marker = tag();
    const asker = await signIn(app, { bestuurCode: '44021' });
    const coordinator = await signIn(app, { coordinates: 'regio-gent' });
    const a = await newThread(coordinator.client, { spaceId: gent, tags: [marker], title: 'A oudste, vastgepind', kind: 'MEDEDELING' });
    const b = await newThread(asker.client, { spaceId: gent, tags: [marker], title: 'B beantwoorde vraag' });
    await newThread(asker.client, { spaceId: gent, tags: [marker], title: 'C discussie', kind: 'DISCUSSIE' });
    await newThread(asker.client, { spaceId: gent, tags: [marker], title: 'D open vraag' });
    ok(await coordinator.client.gql(Q.pin, { input: { threadId: a.id, pinned: true } }), 'setThreadPinned');
    const answer = await newComment(coordinator.client, b.id, 'Antwoord');
    ok(await asker.client.gql(Q.accept, { input: { commentId: answer.id } }), 'acceptAnswer');

    const list = async (vars: Record<string, unknown>) => titles(ok(await asker.client.gql(LIST, { tag: marker, ...vars }), 'threads'));
    expect(await list({})).toEqual(['A oudste, vastgepind', 'B beantwoorde vraag', 'D open vraag', 'C discussie']);
    expect(await list({ sort: 'NEWEST' })).toEqual(['A oudste, vastgepind', 'D open vraag', 'C discussie', 'B beantwoorde vraag']);
    expect(await list({ sort: 'UNANSWERED' })).toEqual(['A oudste, vastgepind', 'D open vraag', 'B beantwoorde vraag', 'C discussie']);
    expect(await list({ kind: 'VRAAG', status: 'OPEN' })).toEqual(['D open vraag']);
    expect(await list({ mine: true })).toEqual(['B beantwoorde vraag', 'D open vraag', 'C discussie']);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = ok(await asker.client.gql(LIST, { tag: marker, first: 1, after }), 'threads');
      seen.push(...titles(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['A oudste, vastgepind', 'B beantwoorde vraag', 'D open vraag', 'C discussie']);
  });

  it('filters by space and shows "alleen kenniskring" threads only to the kenniskring', async () => {
    const marker = tag();
    const author = await signIn(app, { bestuurCode: '44021' });
    await newThread(author.client, { spaceId: gent, tags: [marker], title: 'Voor iedereen' });
    await newThread(author.client, { spaceId: gent, tags: [marker], title: 'Alleen de kring', membersOnly: true });
    await newThread(author.client, { spaceId: central, tags: [marker], title: 'Centraal' });
    const seenBy = async (c: Cast[keyof Cast], vars: Record<string, unknown> = {}) => titles(ok(await c.client.gql(LIST, { tag: marker, ...vars }), 'threads')).sort();
    expect(await seenBy(p.member)).toEqual(['Alleen de kring', 'Centraal', 'Voor iedereen']);
    expect(await seenBy(p.coordinator, { spaceId: gent })).toEqual(['Alleen de kring', 'Voor iedereen']);
    expect(await seenBy(p.otherMember)).toEqual(['Centraal', 'Voor iedereen']);
    expect(await seenBy(p.otherCoordinator, { spaceId: gent })).toEqual(['Voor iedereen']);
    expect(await seenBy(p.admin)).toEqual(['Alleen de kring', 'Centraal', 'Voor iedereen']);
  });
});

describe('cost of a thread page', () => {
  const PAGE = `query($id: ID!, $n: Int) { thread(id: $id) {
    title bodyHtml replyCount unreadCount lastReadAt viewerCan { comment moderate } author { displayName bestuur { name region { name } } }
    participants { displayName } participantCount acceptedAnswer { id } space { name viewerCan { moderate } }
    comments(first: $n) { totalCount edges { node {
      id body bodyHtml createdAt edited deleted usefulCount viewerFoundUseful replyCount isAcceptedAnswer viewerCan { edit delete react }
      author { displayName jobTitle bestuur { name } } revisions { body }
      replies { id body usefulCount viewerFoundUseful author { displayName bestuur { name } } }
    } } }
  } }`;

  it('costs the same number of SQL queries for 50 comments as for 5', async () => {
    const t = await newThread((await signIn(app, { bestuurCode: '44021' })).client, { spaceId: gent });
    const writers = await Promise.all(['11002', '44021', '24062', '12025', '41002', '44083', '46021', '71016', '13040', '31005'].map((b) => signIn(app, { bestuurCode: b })));
    const add = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const w = writers[i % writers.length];
        const c = await newComment(w.client, t.id, `Reactie ${i} met **opmaak**`);
        if (i % 3 === 0) await newComment(writers[(i + 1) % writers.length].client, t.id, `Antwoord op ${i}`, c.id);
        if (i % 2 === 0) ok(await p.coordinator.client.gql(Q.useful, { input: { commentId: c.id } }), 'markCommentUseful');
        if (i % 4 === 0) await w.client.gql(Q.editComment, { input: { commentId: c.id, body: `Reactie ${i}, bewerkt` } });
      }
    };
    const measure = async () => {
      let r: any;
      const n = await countQueries(app, async () => { r = await p.coordinator.client.gql(PAGE, { id: t.id, n: 100 }); });
      expect(r.errors).toBeUndefined();
      return { n, comments: r.data.thread.comments.totalCount };
    };
    await add(5);
    const five = await measure();
    await add(45);
    const fifty = await measure();
    expect([five.comments, fifty.comments]).toEqual([5, 50]);
    expect(fifty.n).toBe(five.n);
  });
});
