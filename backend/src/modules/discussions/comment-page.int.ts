import { startTestApp, type TestApp } from '../../test/harness.js';
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
