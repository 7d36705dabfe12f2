import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, isObjectType, parse, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Viewer } from '../../common/viewer.js';
import type { CommentEntity } from './comment.entity.js';
import type { SpaceEventEntity } from './discussion-records.entity.js';
import type { HydratedBatch } from './event-hydration.js';
import { FIELD_RULES, PER_VIEWER, roleKey, shapeOf, SharedDelivery } from './event-sharing.js';
import { NO_ROLE, type RoleTable, type SpaceRole } from './space-access.js';
import type { ThreadEntity } from './thread.entity.js';

const shape = (query: string, variableValues: Record<string, unknown> = {}) => shapeOf({ document: parse(query), variableValues });
const sub = (selection: string, root = 'threadActivity(threadId: $t, after: $a)') =>
  `subscription($t: ID!, $a: String, $x: Boolean = true) { ${root} { ${selection} } }`;

describe('which subscription documents may share one answer per event', () => {
  it('shares a document that selects nothing viewer-dependent among everyone, whatever thread and position they subscribed from', () => {
    const q = sub('position type comment { id author { displayName bestuur { name } } } thread { title space { slug } }');
    const a = shape(q, { t: 'thread-1', a: '10' });
    const b = shape(q, { t: 'thread-2', a: '99' });
    expect(a).toEqual({ document: expect.any(String), byRole: false });
    expect(b!.document).toBe(a!.document);
  });

  it('shares the body, the permissions, "nuttig" and the space role of the event\'s own comment, thread and space only by role, authorship and reaction', () => {
    for (const s of ['comment { body }', 'comment { bodyHtml revisions { body } }', 'comment { viewerCan { edit hide } }', 'comment { viewerFoundUseful }',
      'thread { viewerCan { moderate } }', 'comment { thread { viewerCan { edit } } }', 'thread { space { threadCount viewerCan { member } } }']) {
      expect(shape(sub(s))).toMatchObject({ byRole: true });
    }
  });

  it('runs per subscriber what depends on more than the role: unread state, e-mail, other comments, unknown fields', () => {
    for (const s of ['comment { replies { viewerFoundUseful } }', 'thread { acceptedAnswer { viewerFoundUseful } }', 'thread { unreadCount }', 'thread { lastReadAt }', 'actor { email }',
      'comment { author { email } }', 'thread { comments { edges { node { id } } } }', 'thread { acceptedAnswer { body } }',
      'comment { replies { body } }', 'comment { replies { viewerCan { edit } } }', 'comment { author { bestuur { profile { bestuurId } } } }']) {
      expect(shape(sub(s))).toBeNull();
    }
  });

  it('shares the front end\'s own live documents (as generated from frontend/src/features/werkruimte)', () => {
    const generated = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../../frontend/src/generated/graphql.ts'), 'utf8');
    for (const name of ['WerkruimteThreadActivityDocument', 'WerkruimteSpaceActivityDocument']) {
      const json = new RegExp(`export const ${name} = (\\{.*\\}) as unknown as DocumentNode`).exec(generated)?.[1];
      expect(json).toBeDefined();
      expect(shapeOf({ document: JSON.parse(json!) as DocumentNode, variableValues: {} })).not.toBeNull();
    }
  });

  it('follows fragments and inline fragments, and refuses one that names another type', () => {
    const withFragment = `subscription($t: ID!) { threadActivity(threadId: $t) { ...E } }
      fragment E on DiscussionEvent { position comment { ...C } }
      fragment C on Comment { id ... on Comment { body } }`;
    expect(shape(withFragment)).toMatchObject({ byRole: true });
    const hidden = `subscription($t: ID!) { threadActivity(threadId: $t) { ...E } }
      fragment E on DiscussionEvent { comment { ...C } }
      fragment C on Comment { replies { viewerFoundUseful } }`;
    expect(shape(hidden)).toBeNull();
    expect(shape(`subscription($t: ID!) { threadActivity(threadId: $t) { comment { ... on Thread { title } } } }`)).toBeNull();
  });

  it('puts the variables used below the root field into the key', () => {
    const q = sub('position comment @include(if: $x) { id }');
    expect(shape(q, { x: true })!.document).not.toBe(shape(q, { x: false })!.document);
    expect(shape(q, { x: true, t: 'a' })!.document).toBe(shape(q, { x: true, t: 'b' })!.document);
  });

  it('leaves other operations and root fields alone', () => {
    expect(shape(`query { thread(id: "x") { id } }`)).toBeNull();
    expect(shape(sub('position', 'regionChanged'))).toBeNull();
  });

  it('knows every field of the types it shares: each is either shared or named as per subscriber', () => {
    const schema = buildSchema(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../schema.gql'), 'utf8'));
    for (const [name, rules] of Object.entries(FIELD_RULES)) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type in schema.gql`);
      const known = [...Object.keys(rules), ...(PER_VIEWER[name] ?? [])].sort();
      // If this fails, a field was added or removed: decide whether it depends on the viewer, and list it.
      expect({ [name]: known }).toEqual({ [name]: Object.keys(type.getFields()).sort() });
    }
  });
});

describe('the key of a viewer for an event', () => {
  const thread = { id: 't1', spaceId: 's1', authorId: 'asker' } as ThreadEntity;
  const comment = { id: 'c1', threadId: 't1', authorId: 'writer' } as CommentEntity;
  const row = { position: '5', threadId: 't1', payload: { commentId: 'c1' } } as unknown as SpaceEventEntity;
  const batch = { threads: new Map([['t1', thread]]), comments: new Map([['c1', comment]]), usefulBy: new Map([['c1', new Set(['fan'])]]) } as HydratedBatch;
  const member: SpaceRole = { read: true, post: true, member: true, moderate: false, announce: false };
  const moderator: SpaceRole = { ...member, moderate: true, announce: true };
  const roles: Record<string, SpaceRole> = { ann: member, bob: member, asker: member, writer: member, mod: moderator, fan: member };
  const table = { role: (userId: string, spaceId: string) => (spaceId === 's1' ? roles[userId] ?? NO_ROLE : NO_ROLE) } as RoleTable;

  it('is the same for two people with the same role who wrote neither the thread nor the comment', () => {
    expect(roleKey('ann', row, batch, table)).toBe(roleKey('bob', row, batch, table));
  });

  it('differs for a moderator, the thread\'s author, the comment\'s author, an outsider and someone who found the comment "nuttig"', () => {
    const keys = ['ann', 'mod', 'asker', 'writer', 'stranger', 'fan'].map((u) => roleKey(u, row, batch, table));
    expect(new Set(keys).size).toBe(6);
  });

  it('cannot be told when the batch lacks the comment or the comment belongs to another thread', () => {
    expect(roleKey('ann', row, { ...batch, comments: new Map() }, table)).toBeNull();
    const elsewhere = { ...batch, comments: new Map([['c1', { ...comment, threadId: 't2' } as CommentEntity]]) };
    expect(roleKey('ann', row, elsewhere, table)).toBeNull();
  });

  it('hands one execution to subscribers with the same document and key, and runs the others their own', () => {
    const shared = new SharedDelivery(row, batch, table);
    const doc = parse(sub('comment { id body }'));
    const args = (userId: string) => ({ document: doc, variableValues: {}, contextValue: { viewer: { user: { id: userId } } as Viewer } }) as unknown as ExecutionArgs;
    let runs = 0;
    const run = (): ExecutionResult => ({ data: { n: ++runs } });
    const got = ['ann', 'bob', 'mod', 'ann', 'writer'].map((u) => shared.resultFor(args(u), run));
    expect(got.map((r) => (r as ExecutionResult).data!.n)).toEqual([1, 1, 2, 1, 3]);
    const perViewer = { ...args('ann'), document: parse(sub('thread { unreadCount }')) } as ExecutionArgs;
    expect([shared.resultFor(perViewer, run), shared.resultFor({ ...perViewer }, run)].map((r) => (r as ExecutionResult).data!.n)).toEqual([4, 5]);
  });

  it('hands out the answer itself, no longer its promise, once it has been worked out', async () => {
    const shared = new SharedDelivery(row, batch, table);
    const args = (userId: string) => ({
      document: parse(sub('comment { id body }')), variableValues: {}, contextValue: { viewer: { user: { id: userId } } as Viewer },
    }) as unknown as ExecutionArgs;
    let runs = 0;
    const run = (): Promise<ExecutionResult> => Promise.resolve({ data: { n: ++runs } });
    const first = shared.resultFor(args('ann'), run);
    expect(shared.resultFor(args('bob'), run)).toBe(first);
    const answer = await first;
    expect(shared.resultFor(args('bob'), run)).toBe(answer);
    expect(runs).toBe(1);
  });
});
