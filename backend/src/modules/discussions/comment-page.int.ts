import { countQueries, startTestApp, type TestApp } from '../../test/harness.js';
import { columnCount, hydrateJsonAt, jsonColumns, jsonRows } from '../../database/rows.js';
import { UserEntity } from '../accounts/user.entity.js';
import { CommentEntity } from './comment.entity.js';
import { newComment, newThread, ok, Q, signIn, spaceId, type Person } from '../../test/discussions.fixtures.js';

// A page of comments reads fewer columns when the query asks only for the usual fields
// (comment-page.ts); what it answers must not change, in the page or elsewhere in the request.
let app: TestApp;
let asker: Person;
let answerer: Person;
let threadId: string;
let editedId: string;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  asker = await signIn(app, { bestuurCode: '41002' });
  answerer = await signIn(app, { bestuurCode: '44021' });
  threadId = (await newThread(asker.client, { spaceId: await spaceId(app, 'centraal'), title: 'Welke leverancier voor de DABS-koppeling?' })).id;
  const answer = await newComment(answerer.client, threadId, 'Wij werken met **leverancier A**.');
  ok(await asker.client.gql(Q.accept, { input: { commentId: answer.id } }), 'acceptAnswer');
  editedId = (await newComment(asker.client, threadId, 'Eerste versie.')).id;
  ok(await asker.client.gql(Q.editComment, { input: { commentId: editedId, body: 'Tweede versie.' } }), 'editComment');
}, 60_000);
afterAll(() => app.stop());

const PAGE = `query($id: ID!) { thread(id: $id) { comments(first: 10) { edges { node { id bodyHtml createdAt author { id displayName } } } } } }`;

describe('a page of comments', () => {
  it('answers the usual fields in full', async () => {
    const edges = ok(await asker.client.gql(PAGE, { id: threadId }), 'thread').comments.edges;
    expect(edges.map((e: any) => [e.node.author.id, e.node.bodyHtml])).toEqual([
      [answerer.user.id, '<p>Wij werken met <strong>leverancier A</strong>.</p>'],
      [asker.user.id, '<p>Tweede versie.</p>'],
    ]);
    expect(edges.every((e: any) => Number.isFinite(Date.parse(e.node.createdAt)))).toBe(true);
  });

  it('still knows which comment was edited, and the authors\' other fields, when they are asked for', async () => {
    const r = ok(await asker.client.gql(`query($id: ID!) { thread(id: $id) { comments(first: 10) { edges { node { id edited mentions { id }
      author { id email createdAt } } } } } }`, { id: threadId }), 'thread');
    const byId = new Map(r.comments.edges.map((e: any) => [e.node.id, e.node]));
    expect((byId.get(editedId) as any).edited).toBe(true);
    expect(r.comments.edges.filter((e: any) => e.node.edited)).toHaveLength(1);
    // Your own address is visible to you; someone else's is not.
    expect((byId.get(editedId) as any).author.email).toBe(asker.user.email);
    expect(r.comments.edges.every((e: any) => Number.isFinite(Date.parse(e.node.author.createdAt)))).toBe(true);
  });

  it('does not hand its partial authors to other fields of the same request', async () => {
    // The accepted answer's author comes from the request's user loader, after the page was read.
    const r = ok(await asker.client.gql(`query($id: ID!) { thread(id: $id) {
      comments(first: 10) { edges { node { id author { id displayName } } } }
      acceptedAnswer { id author { id displayName createdAt emailVerified } }
      participants { id displayName createdAt emailVerified } } }`, { id: threadId }), 'thread');
    expect(r.acceptedAnswer.author.id).toBe(answerer.user.id);
    expect(Number.isFinite(Date.parse(r.acceptedAnswer.author.createdAt))).toBe(true);
    expect(r.acceptedAnswer.author.emailVerified).toBe(true);
    const people = new Map(r.participants.map((p: any) => [p.id, p]));
    expect([...people.keys()].sort()).toEqual([asker.user.id, answerer.user.id].sort());
    for (const p of people.values() as Iterable<any>) {
      expect(Number.isFinite(Date.parse(p.createdAt))).toBe(true);
      expect(p.emailVerified).toBe(true);
    }
  });
});

describe('the first page, read in the same statement as its thread', () => {
  const NODE = 'id bodyHtml createdAt author { id displayName jobTitle }';
  const FIRST = `query($id: ID!, $n: Int, $after: String) { thread(id: $id) { id title author { id displayName }
    comments(first: $n, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${NODE} } } } } }`;
  const COUNTED = FIRST.replace('pageInfo {', 'totalCount pageInfo {');
  // Two pages in one query are each read on their own: the answer to compare with.
  const SEPARATE = `query($id: ID!) { thread(id: $id) { id title author { id displayName }
    one: comments(first: 1) { pageInfo { hasNextPage endCursor } edges { node { ${NODE} } } }
    all: comments(first: 10) { pageInfo { hasNextPage endCursor } edges { node { ${NODE} } } } } }`;

  it('answers as pages read on their own do, and the next page follows on', async () => {
    const separate = ok(await asker.client.gql(SEPARATE, { id: threadId }), 'thread');
    const first = ok(await asker.client.gql(FIRST, { id: threadId, n: 1, after: null }), 'thread');
    const all = ok(await asker.client.gql(FIRST, { id: threadId, n: 10 }), 'thread');
    expect(first.comments).toEqual(separate.one);
    expect(all.comments).toEqual(separate.all);
    expect([first.id, first.title, first.author]).toEqual([separate.id, separate.title, separate.author]);
    expect(first.comments.pageInfo.hasNextPage).toBe(true);
    const next = ok(await asker.client.gql(FIRST, { id: threadId, n: 10, after: first.comments.pageInfo.endCursor }), 'thread');
    expect(next.comments.edges.map((e: any) => e.node.id)).toEqual(all.comments.edges.slice(1).map((e: any) => e.node.id));
    expect(next.comments.pageInfo.hasNextPage).toBe(false);
    // With the count, read in the same statement.
    const counted = ok(await asker.client.gql(COUNTED, { id: threadId, n: 1 }), 'thread');
    expect(counted.comments.totalCount).toBe(2);
    expect(counted.comments.edges).toEqual(first.comments.edges);
  });

  it('takes one statement fewer than the thread and its page asked for apart', async () => {
    const together = await countQueries(app, () => asker.client.gql(FIRST, { id: threadId, n: 10 }));
    // A later page is read on its own.
    const cursor = ok(await asker.client.gql(FIRST, { id: threadId, n: 1 }), 'thread').comments.pageInfo.endCursor;
    const apart = await countQueries(app, () => asker.client.gql(FIRST, { id: threadId, n: 10, after: cursor }));
    expect(together).toBe(apart - 1);
    // The count too: the page's totalCount is a query of its own for a later page.
    const countedTogether = await countQueries(app, () => asker.client.gql(COUNTED, { id: threadId, n: 10 }));
    const countedApart = await countQueries(app, () => asker.client.gql(COUNTED, { id: threadId, n: 10, after: cursor }));
    expect(countedTogether).toBe(together);
    expect(countedApart).toBe(apart + 1);
  });

  it('gives nobody the comments of a thread they may not read', async () => {
    const gent = await spaceId(app, 'regio-gent');
    const closed = await newThread(answerer.client, { spaceId: gent, membersOnly: true, title: 'Enkel voor de kenniskring Gent' });
    await newComment(answerer.client, closed.id, 'Interne afspraak: niet delen.');
    const r = await asker.client.gql(FIRST, { id: closed.id, n: 10 });
    expect(r.errors?.[0].message).toBe('Deze discussie is enkel zichtbaar voor de leden van de kenniskring.');
    expect(r.data?.thread ?? null).toBeNull();
    expect(JSON.stringify(r)).not.toContain('Interne afspraak');
    // Unknown, and read with a page too: "not found".
    const unknown = await asker.client.gql(FIRST, { id: '00000000-0000-4000-8000-000000000000', n: 10 });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // The member of the kenniskring reads it, with its comment.
    const member = ok(await answerer.client.gql(FIRST, { id: closed.id, n: 10 }), 'thread');
    expect(member.comments.edges.map((e: any) => e.node.bodyHtml)).toEqual(['<p>Interne afspraak: niet delen.</p>']);
  });
});

describe('JSON rows (how a page travels from PostgreSQL)', () => {
  it('turn into the very entities TypeORM itself reads, every column and type', async () => {
    const thread = await newThread(asker.client, { spaceId: await spaceId(app, 'centraal'), title: 'Rijen als JSON, kolom voor kolom' });
    const plain = await newComment(answerer.client, thread.id, 'Een gewoon antwoord.');
    const marked = await newComment(asker.client, thread.id, 'Een antwoord met "aanhalingstekens", een \\ en een tab\t, ëéè — 👍');
    // Every optional column filled in, with microseconds that both readings must drop alike.
    await app.ds.query(
      `UPDATE comments SET mentioned_user_ids = ARRAY[$2, $3]::uuid[], edited_at = '2026-03-01 10:11:12.345678+01', hidden_at = now(),
         hidden_by = $2, hidden_reason = 'Buiten het onderwerp', deleted_at = '1999-12-31 23:59:59.9999+00', deleted_by = $3 WHERE id = $1`,
      [marked.id, asker.user.id, answerer.user.id],
    );
    await app.ds.query(`UPDATE users SET job_title = NULL WHERE id = $1`, [answerer.user.id]);
    const [{ page }] = await app.ds.query(
      `SELECT json_agg(json_build_array(${jsonColumns(app.ds, CommentEntity, 'c')}, ${jsonColumns(app.ds, UserEntity, 'a')}) ORDER BY c.seq) AS page
       FROM comments c LEFT JOIN users a ON a.id = c.author_id WHERE c.thread_id = $1`,
      [thread.id],
    );
    const rows = jsonRows(page);
    const at = columnCount(app.ds, CommentEntity);
    const comments = rows.map((r) => hydrateJsonAt(app.ds, CommentEntity, r, 0));
    const authors = rows.map((r) => hydrateJsonAt(app.ds, UserEntity, r, at));
    const expected = await app.ds.getRepository(CommentEntity).find({ where: { threadId: thread.id }, order: { seq: 'ASC' } });
    expect(comments.map((c) => c!.id)).toEqual([plain.id, marked.id]);
    expect(comments).toEqual(expected);
    expect(comments.every((c) => c instanceof CommentEntity)).toBe(true);
    expect(typeof comments[0]!.seq).toBe('string');
    expect(comments[1]!.editedAt!.toISOString()).toBe('2026-03-01T09:11:12.345Z');
    expect(authors).toEqual(await Promise.all([answerer, asker].map((p) => app.ds.getRepository(UserEntity).findOneByOrFail({ id: p.user.id }))));
  });

  it('refuse a column type they would not carry faithfully', () => {
    const meta = app.ds.getMetadata(CommentEntity);
    const column = meta.columns.find((c) => c.databaseName === 'created_at')!;
    const type = column.type;
    try {
      (column as { type: unknown }).type = 'timestamp without time zone';
      expect(() => jsonColumns(app.ds, CommentEntity, 'x', new Set(['never']))).toThrow('JSON rows do not carry timestamp without time zone (comments.created_at)');
    } finally {
      (column as { type: unknown }).type = type;
    }
  });
});
