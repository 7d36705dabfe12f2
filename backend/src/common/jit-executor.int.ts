import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType } from 'graphql';
import { dbUrl } from '../test/db.js';
import { Client, startTestApp, type GqlResult, type TestApp } from '../test/harness.js';
import { newComment, newThread, signIn, spaceId, type Person } from '../test/discussions.fixtures.js';

// Queries run compiled (graphql-jit) by default; GRAPHQL_JIT=false interprets them with graphql-js.
// Both instances share one database: every answer, data and errors alike, must be the same.
let jit: TestApp;
let plain: TestApp;
let person: Person;
let threadId: string;
beforeAll(async () => {
  jit = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  plain = await startTestApp({ MAIL_POLL_SECONDS: '86400', GRAPHQL_JIT: 'false', DATABASE_URL: dbUrl(jit.dbName) }, { dbName: jit.dbName });
  person = await signIn(jit, { bestuurCode: '41002' });
  const thread = await newThread(person.client, { spaceId: await spaceId(jit, 'centraal'), title: 'Wie koppelde de burgerlijke stand al?' });
  threadId = thread.id;
  const first = await newComment(person.client, threadId, 'Bij ons via de leverancier, **in twee weken**.');
  await newComment(person.client, threadId, 'Wij wachten nog op de testomgeving.', first.id);
  await newComment(person.client, threadId, 'Lukt het met @iemand?');
}, 60_000);
afterAll(async () => {
  await plain?.stop();
  await jit?.stop();
});

/** The same request through both instances, as the same person (or anonymously). */
async function both(query: string, variables?: Record<string, unknown>, signedIn = true): Promise<[GqlResult, GqlResult]> {
  const ask = (app: TestApp) => {
    const c = new Client(app.url);
    c.cookie = signedIn ? person.client.cookie : null;
    return c.gql(query, variables);
  };
  return [await ask(jit), await ask(plain)];
}

// Stack traces (outside production only) name different frames: everything else must be equal.
const strip = ({ status, data, errors }: GqlResult) => ({
  status,
  data,
  errors: errors?.map(({ extensions, ...e }) => {
    const { stacktrace: _stack, ...rest } = extensions ?? {};
    return { ...e, extensions: rest };
  }),
});

describe('compiled queries (graphql-jit) answer exactly as graphql-js does', () => {
  it.each([
    ['a thread page with replies, fragments, aliases and __typename', `query($id: ID!, $n: Int) {
      thread(id: $id) { __typename id title bodyHtml status replyCount author { ...who }
        comments(first: $n) { totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { id bodyHtml createdAt deleted edited usefulCount isAcceptedAnswer viewerFoundUseful
            author { ...who } replies { id body parentId author { displayName } } viewerCan { edit delete } } } } }
    } fragment who on User { id displayName jobTitle }`, () => ({ id: threadId, n: 2 })],
    ['@include and @skip driven by variables', `query($id: ID!, $with: Boolean!, $without: Boolean!) {
      thread(id: $id) { id title @include(if: $with) body @skip(if: $without) kind @include(if: $without) } }`, () => ({ id: threadId, with: true, without: false })],
    ['a list with a default page size and nested objects', `{ besturen(first: 3) { edges { node { nisCode name region { slug name } } } totalCount } }`, () => undefined],
    ['a thread that does not exist (an error with a path)', `query($id: ID!) { thread(id: $id) { id title } }`, () => ({ id: '00000000-0000-4000-8000-000000000000' })],
    ['a variable of the wrong type (refused before anything runs)', `query($n: Int) { besturen(first: $n) { totalCount } }`, () => ({ n: 'veel' })],
    ['a missing required variable', `query($id: ID!) { thread(id: $id) { id } }`, () => ({})],
    ['introspection (outside production)', `{ __schema { queryType { name } types { name kind } } __type(name: "Comment") { fields { name type { name kind ofType { name } } } } }`, () => undefined],
    ['an argument that fails validation', `{ besturen(first: 1000) { totalCount } }`, () => undefined],
  ])('%s', async (_name, query, variables) => {
    const [compiled, interpreted] = await both(query, variables());
    expect(strip(compiled)).toEqual(strip(interpreted));
  });

  it('answers alike for every field read inline (INLINE_FIELDS): a thread list, pages with cursors, a reply, edited', async () => {
    const reply = (await both(`query($id: ID!) { thread(id: $id) { comments(first: 1) { edges { node { replies { id } } } } } }`, { id: threadId }))[0]
      .data!.thread.comments.edges[0].node.replies[0].id;
    const edited = await person.client.gql(`mutation($input: EditCommentInput!) { editComment(input: $input) { id edited } }`, { input: { commentId: reply, body: 'Wij wachten nog op de testomgeving van de leverancier.' } });
    expect(edited.data?.editComment.edited).toBe(true);
    const query = `query($id: ID!) {
      threads(first: 2) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id title body kind status tags pinned locked membersOnly replyCount createdAt editedAt lastActivityAt
          author { id displayName jobTitle createdAt } } } }
      thread(id: $id) { id createdAt lastActivityAt comments(first: 1) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id parentId createdAt editedAt author { id createdAt } replies { id parentId editedAt createdAt } } } } } }`;
    const [compiled, interpreted] = await both(query, { id: threadId });
    expect(compiled.errors).toBeUndefined();
    expect(compiled.data!.threads.edges.length).toBeGreaterThan(0);
    const page = compiled.data!.thread.comments;
    expect(page.totalCount).toBe(2);
    expect(page.edges[0].cursor).toBe(page.pageInfo.endCursor);
    expect(page.edges[0].node.replies[0].editedAt).toEqual(expect.any(String));
    expect(strip(compiled)).toEqual(strip(interpreted));
  });

  it('reads plain properties inline, and keeps every resolver that does more', () => {
    const schema = jit.app.get(GraphQLSchemaHost).schema;
    const resolverOf = (type: string, field: string) => (schema.getType(type) as GraphQLObjectType).getFields()[field].resolve;
    for (const [type, field] of [['Comment', 'id'], ['Comment', 'createdAt'], ['User', 'displayName'], ['CommentEdge', 'node'], ['CommentConnection', 'edges'], ['Thread', 'title']]) {
      expect(resolverOf(type, field)).toBeUndefined();
    }
    // A lazy count (a promise), access checks and loaders keep their resolvers.
    for (const [type, field] of [['CommentConnection', 'totalCount'], ['Comment', 'bodyHtml'], ['Comment', 'author'], ['User', 'email'], ['Thread', 'comments'], ['Space', 'id']]) {
      expect(resolverOf(type, field)).toEqual(expect.any(Function));
    }
    // The instance without compilation keeps Nest's resolvers everywhere.
    expect((plain.app.get(GraphQLSchemaHost).schema.getType('Comment') as GraphQLObjectType).getFields().id.resolve).toEqual(expect.any(Function));
  });

  it('nulls the answer when one of two non-null root fields fails, with the error at its path', async () => {
    const query = `query($a: ID!, $b: ID!) { here: thread(id: $a) { id title } gone: thread(id: $b) { id } }`;
    const [compiled, interpreted] = await both(query, { a: threadId, b: '00000000-0000-4000-8000-000000000001' });
    expect(compiled.data ?? null).toBeNull();
    expect(compiled.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(compiled.errors?.[0]?.path).toEqual(['gone']);
    expect(strip(compiled)).toEqual(strip(interpreted));
  });

  it('refuses an anonymous visitor the same way', async () => {
    const [compiled, interpreted] = await both(`query($id: ID!) { thread(id: $id) { id } }`, { id: threadId }, false);
    expect(compiled.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(strip(compiled)).toEqual(strip(interpreted));
  });

  it('picks the named operation of a document with several', async () => {
    const query = `query Een { besturen(first: 1) { totalCount } } query Twee($id: ID!) { thread(id: $id) { title } }`;
    const c = new Client(jit.url);
    c.cookie = person.client.cookie;
    const r = await c.gql(query, { id: threadId }, {});
    expect(r.errors?.[0]?.message).toMatch(/operation name/i);
    const res = await fetch(`${jit.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://ketenwerk.test', cookie: person.client.cookie! },
      body: JSON.stringify({ query, variables: { id: threadId }, operationName: 'Twee' }),
    });
    expect(((await res.json()) as GqlResult).data).toEqual({ thread: { title: 'Wie koppelde de burgerlijke stand al?' } });
  });

  it('sees what changed since the query was compiled (nothing but the plan is kept)', async () => {
    const query = `query($id: ID!) { thread(id: $id) { replyCount comments(first: 10) { edges { node { bodyHtml } } } } }`;
    const before = (await both(query, { id: threadId }))[0].data!.thread;
    await newComment(person.client, threadId, 'Nog een aanvulling.');
    const [compiled, interpreted] = await both(query, { id: threadId });
    expect(compiled.data!.thread.replyCount).toBe(before.replyCount + 1);
    expect(compiled.data!.thread.comments.edges).toHaveLength(before.comments.edges.length + 1);
    expect(strip(compiled)).toEqual(strip(interpreted));
  });
});
